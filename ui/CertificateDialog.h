#pragma once

#include <QDialog>
#include <QSslCertificate>

class QLabel;
class QPushButton;

namespace commdesk {

class ApiError;

// Shown when a server's certificate fails verification: who it names, who issued it, when it is
// valid, its SHA-256 fingerprint and what is wrong. The user cancels, or trusts exactly this
// certificate for this server (accepted(); the caller pins the fingerprint in the profile).
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const ApiError &error, QWidget *parent = nullptr);

    QSslCertificate certificate() const { return m_certificate; }
    QString fingerprint() const { return m_fingerprint; }
    // Everything shown, as plain text (for tests and for copying into a ticket).
    QString detailsText() const { return m_details; }
    QPushButton *trustButton() const { return m_trust; }

private:
    QSslCertificate m_certificate;
    QString m_fingerprint;
    QString m_details;
    QPushButton *m_trust;
};

} // namespace commdesk
