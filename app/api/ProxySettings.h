#pragma once

#include <QNetworkProxy>
#include <QString>

class QNetworkAccessManager;

namespace commdesk {

// How the client reaches the server: the system's proxy (the default), none, or a manual HTTP or
// SOCKS5 proxy. The proxy password is held in memory only (asked for when the proxy wants it).
struct ProxySettings
{
    enum class Mode { System, None, Http, Socks5 };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // never written to the settings

    static Mode modeFromName(const QString &name); // "system", "none", "http", "socks5"
    static QString modeName(Mode mode);

    // The QNetworkProxy a manual mode stands for; DefaultProxy for System, NoProxy for None.
    QNetworkProxy proxy() const;
    // Sets the proxy of this manager. System mode uses the platform's configuration
    // (QNetworkProxyFactory::setUseSystemConfiguration) through the application proxy.
    void applyTo(QNetworkAccessManager *network) const;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

} // namespace commdesk
