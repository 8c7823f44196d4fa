#include "CertificateDialog.h"

#include "ApiError.h"
#include "DisplayText.h"
#include "TlsPolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QString names(const QSslCertificate &certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field)).join(QStringLiteral(", "));
    };
    QStringList parts;
    for (const auto field : {QSslCertificate::CommonName, QSslCertificate::Organization,
                             QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName}) {
        const QString text = info(field);
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QStringLiteral(" / "));
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const ApiError &error, QWidget *parent)
    : QDialog(parent)
    , m_certificate(error.certificate())
    , m_fingerprint(TlsPolicy::fingerprint(error.certificate()))
    , m_trust(new QPushButton(tr("&Trust this certificate for this server"), this))
{
    setWindowTitle(tr("Untrusted certificate"));
    setAccessibleName(tr("Untrusted certificate"));
    const QString subject = names(m_certificate, false);
    const QString issuer = names(m_certificate, true);
    const QString validity = tr("%1 to %2")
                                 .arg(DisplayText::listDateTime(m_certificate.effectiveDate()),
                                      DisplayText::listDateTime(m_certificate.expiryDate()));
    QStringList problems = error.certificateProblems();
    if (problems.isEmpty())
        problems.append(error.detail());

    auto *intro = valueLabel(tr("The certificate of %1 could not be verified. Someone may be intercepting the "
                                "connection, or the server uses a certificate your system does not know. Compare "
                                "the fingerprint with the one your IT department gives you before trusting it.")
                                 .arg(error.host()),
                             this);
    auto *form = new QFormLayout;
    const std::pair<QString, QString> rows[] = {{tr("Problem:"), problems.join(QLatin1Char('\n'))},
                                                {tr("Subject:"), subject},
                                                {tr("Issuer:"), issuer},
                                                {tr("Valid:"), validity},
                                                {tr("SHA-256 fingerprint:"), m_fingerprint}};
    QStringList details {intro->text()};
    for (const auto &[name, value] : rows) {
        QLabel *label = valueLabel(value, this);
        label->setAccessibleName(QString(name).remove(QLatin1Char(':')));
        form->addRow(name, label);
        details.append(name + QLatin1Char(' ') + value);
    }
    m_details = details.join(QLatin1Char('\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    m_trust->setAccessibleName(tr("Trust this certificate for this server"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // the safe choice is the default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace commdesk
