#include "SavedProxySettings.h"

#include "Settings.h"

#include <algorithm>

namespace commdesk {

ProxySettings SavedProxySettings::load(const Settings &settings)
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::modeFromName(settings.value(setting::proxyMode));
    proxy.host = settings.value(setting::proxyHost);
    proxy.port = quint16(std::clamp(settings.value(setting::proxyPort), 0, 65535));
    proxy.user = settings.value(setting::proxyUser);
    return proxy;
}

void SavedProxySettings::save(Settings &settings, const ProxySettings &proxy)
{
    settings.setValue(setting::proxyMode, ProxySettings::modeName(proxy.mode));
    settings.setValue(setting::proxyHost, proxy.host);
    settings.setValue(setting::proxyPort, int(proxy.port));
    settings.setValue(setting::proxyUser, proxy.user);
}

} // namespace commdesk
