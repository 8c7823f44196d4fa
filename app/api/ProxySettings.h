#pragma once

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace commdesk {

// How the client reaches the server: the system's proxy (the default), none, or a manual HTTP or
// SOCKS5 proxy. The proxy password is held in memory only (asked for when the proxy wants it).
struct ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(ProxySettings)

public:
    enum class Mode { System, None, Http, Socks5 };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // never written to the settings

    static Mode modeFromName(const QString &name); // "system", "none", "http", "socks5"
    static QString modeName(Mode mode);
    // `http://[user[:password]@]host:port`, `socks5://...`, `none` or `system`, as commdesk-cli's
    // --proxy takes it; nullopt and one sentence when it is none of these.
    static std::optional<ProxySettings> fromUrl(const QString &text, QString *error);

    // The HTTP proxy with credentials that a plain-HTTP request to `url` goes through, if any: the
    // manual one, or the system's (which reads http_proxy and no_proxy on Linux).
    QNetworkProxy httpProxyWithCredentialsFor(const QUrl &url) const;

    // The QNetworkProxy a manual mode stands for; DefaultProxy for System, NoProxy for None.
    QNetworkProxy proxy() const;
    // Sets the proxy of this manager. System mode uses the platform's configuration
    // (QNetworkProxyFactory::setUseSystemConfiguration) through the application proxy.
    void applyTo(QNetworkAccessManager *network) const;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

} // namespace commdesk
