#include "ProxySettings.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace commdesk {

ProxySettings::Mode ProxySettings::modeFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1StringView("none"))
        return Mode::None;
    if (lower == QLatin1StringView("http"))
        return Mode::Http;
    if (lower == QLatin1StringView("socks5"))
        return Mode::Socks5;
    return Mode::System;
}

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Http:
        return QStringLiteral("http");
    case Mode::Socks5:
        return QStringLiteral("socks5");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

QNetworkProxy ProxySettings::proxy() const
{
    switch (mode) {
    case Mode::System:
        return QNetworkProxy(QNetworkProxy::DefaultProxy);
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Http:
        return QNetworkProxy(QNetworkProxy::HttpProxy, host, port, user, password);
    case Mode::Socks5:
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, host, port, user, password);
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void ProxySettings::applyTo(QNetworkAccessManager *network) const
{
    if (mode == Mode::System)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    network->setProxy(proxy());
}

} // namespace commdesk
