#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

class QNetworkRequest;

namespace commdesk {

// What this client trusts beyond the system's certificate authorities, per server profile:
// certificates pinned by their SHA-256 fingerprint after the user looked at them, and a custom CA
// bundle. A TLS error is never ignored silently: only errors of a pinned certificate are.
class TlsPolicy
{
public:
    // Lower-case hex of the SHA-256 digest of the DER certificate, colon-separated pairs.
    static QString fingerprint(const QSslCertificate &certificate);
    // One short sentence per problem, e.g. "The certificate is self-signed, and untrusted".
    static QStringList describe(const QList<QSslError> &errors);

    void setPinnedFingerprints(const QStringList &fingerprints);
    QStringList pinnedFingerprints() const { return m_pinned; }
    bool isPinned(const QSslCertificate &certificate) const;

    // Loads the PEM file; an empty path clears the bundle. False and a reason when unreadable.
    bool setCaBundle(const QString &path, QString *error = nullptr);
    QString caBundlePath() const { return m_caBundlePath; }
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }

    // Adds the CA bundle to the request's TLS configuration.
    void apply(QNetworkRequest &request) const;
    // True when these errors may be ignored: they all concern a pinned leaf certificate.
    bool accepts(const QList<QSslError> &errors, const QSslCertificate &leaf) const;

private:
    QStringList m_pinned;
    QString m_caBundlePath;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace commdesk
