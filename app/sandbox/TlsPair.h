#pragma once

#include <QSslConfiguration>
#include <QString>

namespace commdesk {

// The certificate and private key the sandbox serves HTTPS with (--tls-cert, --tls-key), read and
// checked before anything listens, so that a wrong file stops the start with one sentence instead
// of failing every handshake later.
class TlsPair
{
public:
    // A server configuration from the two PEM files; false with one sentence in error when a file
    // cannot be read, holds no PEM certificate or key, the key does not belong to the certificate
    // (their public keys differ), or the TLS backend refuses the pair anyway (a key too short).
    static bool load(const QString &certificatePath, const QString &keyPath, QSslConfiguration *tls, QString *error);

    // Whether Qt's TLS backend can serve with the configuration's certificate and key: false with
    // the backend's reason in error.
    static bool backendAccepts(const QSslConfiguration &tls, QString *error);
};

} // namespace commdesk
