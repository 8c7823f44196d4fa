#pragma once

#include "ProxySettings.h"

namespace commdesk {

class Settings;

// The proxy the user chose in the app, as the typed settings keep it (the password never: it is
// asked for when the proxy wants it). The app and `commdesk-cli --profile` read the same keys.
class SavedProxySettings
{
public:
    static ProxySettings load(const Settings &settings);
    static void save(Settings &settings, const ProxySettings &proxy);
};

} // namespace commdesk
