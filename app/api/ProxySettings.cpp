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

std::optional<ProxySettings> ProxySettings::fromUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    ProxySettings settings;
    if (trimmed.compare(u"none", Qt::CaseInsensitive) == 0) {
        settings.mode = Mode::None;
        return settings;
    }
    if (trimmed.compare(u"system", Qt::CaseInsensitive) == 0)
        return settings;
    const QUrl url(trimmed.contains(u"://") ? trimmed : u"http://" + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http")
        settings.mode = Mode::Http;
    else if (scheme == u"socks5" || scheme == u"socks5h")
        settings.mode = Mode::Socks5;
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || settings.mode == Mode::System) {
        if (error)
            *error = tr("\"%1\" is no proxy: give http://HOST:PORT or socks5://HOST:PORT (with USER:PASSWORD@ "
                        "before the host when the proxy wants them), none or system.")
                         .arg(text);
        return std::nullopt;
    }
    settings.host = url.host();
    settings.port = quint16(url.port());
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    return settings;
}

QNetworkProxy ProxySettings::httpProxyWithCredentialsFor(const QUrl &url) const
{
    if (url.scheme() != u"http")
        return QNetworkProxy(QNetworkProxy::NoProxy); // HTTPS goes through CONNECT, which Qt authenticates
    QNetworkProxy chosen = proxy();
    if (mode == Mode::System) {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        chosen = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
    }
    if (chosen.type() != QNetworkProxy::HttpProxy || chosen.user().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return chosen;
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
