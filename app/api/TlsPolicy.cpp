#include "TlsPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace commdesk {

QString TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex(':');
    return QString::fromLatin1(hex).toLower();
}

QStringList TlsPolicy::describe(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        if (!texts.contains(error.errorString()))
            texts.append(error.errorString());
    }
    return texts;
}

void TlsPolicy::setPinnedFingerprints(const QStringList &fingerprints)
{
    m_pinned.clear();
    for (const QString &f : fingerprints)
        m_pinned.append(f.trimmed().toLower());
}

bool TlsPolicy::isPinned(const QSslCertificate &certificate) const
{
    return !certificate.isNull() && m_pinned.contains(fingerprint(certificate));
}

bool TlsPolicy::setCaBundle(const QString &path, QString *error)
{
    m_caBundlePath = path.trimmed();
    m_caCertificates.clear();
    if (m_caBundlePath.isEmpty())
        return true;
    QFile file(m_caBundlePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("TlsPolicy", "The CA bundle %1 cannot be read: %2")
                         .arg(m_caBundlePath, file.errorString());
        return false;
    }
    m_caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (m_caCertificates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("TlsPolicy", "The CA bundle %1 holds no PEM certificate.")
                         .arg(m_caBundlePath);
        return false;
    }
    return true;
}

void TlsPolicy::apply(QNetworkRequest &request) const
{
    if (m_caCertificates.isEmpty())
        return;
    QSslConfiguration configuration = request.sslConfiguration();
    configuration.addCaCertificates(m_caCertificates);
    request.setSslConfiguration(configuration);
}

bool TlsPolicy::accepts(const QList<QSslError> &errors, const QSslCertificate &leaf) const
{
    if (errors.isEmpty() || !isPinned(leaf))
        return false;
    // Only problems of the pinned certificate itself; anything about another one asks again.
    return std::all_of(errors.begin(), errors.end(), [&leaf](const QSslError &error) {
        return error.certificate().isNull() || error.certificate() == leaf;
    });
}

} // namespace commdesk
