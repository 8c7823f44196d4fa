#include "SignInForm.h"

#include "ApiClient.h"
#include "Session.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace commdesk {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QLabel *signInNoteLabel(QWidget *parent, std::optional<tones::Tone> tone)
{
    auto *label = new QLabel(parent);
    theme::setTextTone(label, tone);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLabel *signInErrorLabel(QWidget *parent)
{
    return signInNoteLabel(parent, tones::Tone::Error);
}

SignInForm::SignInForm(QWidget *parent)
    : QWidget(parent)
    , m_profile(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_useApiKey(new QCheckBox(tr("Sign in with a web &API key instead"), this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_caBundle(new QLineEdit(this))
    , m_browseCaBundle(new QPushButton(tr("Bro&wse…"), this))
    , m_warning(signInNoteLabel(this, tones::Tone::Warning))
    , m_rememberNotice(signInNoteLabel(this, tones::Tone::Warning))
    , m_serverError(signInErrorLabel(this))
    , m_passwordError(signInErrorLabel(this))
    , m_apiKeyError(signInErrorLabel(this))
{
    build();
    updateMode();
    updateWarning();
}

void SignInForm::build()
{
    m_profile->setEditable(true);
    m_profile->lineEdit()->setAccessibleName(tr("Profile"));
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->lineEdit()->setPlaceholderText(tr("a name for this server and account"));
    m_server->setPlaceholderText(QStringLiteral("https://crm.example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_unit->setPlaceholderText(tr("optional"));
    m_caBundle->setPlaceholderText(tr("optional: a PEM file of your organisation's certificate authorities"));

    const std::pair<QWidget *, QString> names[] = {{m_profile, tr("Server profile")},
                                                   {m_server, tr("Server address")},
                                                   {m_username, tr("Username")},
                                                   {m_password, tr("Password")},
                                                   {m_organisation, tr("Organisation")},
                                                   {m_unit, tr("Business unit")},
                                                   {m_apiKey, tr("Web API key")},
                                                   {m_useApiKey, tr("Sign in with a web API key")},
                                                   {m_remember, tr("Remember in the system keychain")},
                                                   {m_caBundle, tr("Certificate authority bundle")},
                                                   {m_browseCaBundle, tr("Choose a certificate authority bundle")},
                                                   {m_warning, tr("Security warning")},
                                                   {m_rememberNotice, tr("About remembering")},
                                                   {m_serverError, tr("Problem with the server")},
                                                   {m_passwordError, tr("Problem with the sign-in")},
                                                   {m_apiKeyError, tr("Problem with the API key")}};
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);
    m_serverError->setObjectName(QStringLiteral("serverError"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_apiKeyError->setObjectName(QStringLiteral("apiKeyError"));
    m_browseCaBundle->setObjectName(QStringLiteral("browseCaBundle"));
    m_browseCaBundle->setToolTip(tr("Choose the PEM file of your organisation's certificate authorities"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins({}); // the dialog's layout provides the margins
    // Mnemonics are unique in the dialog, its buttons included (SignInDialog).
    form->addRow(tr("Pro&file:"), m_profile);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), m_warning);
    form->addRow(QString(), m_serverError);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordError); // under the field the mode asks for, never a disabled one
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Business u&nit:"), m_unit);
    form->addRow(QString(), m_useApiKey);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_apiKeyError);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_rememberNotice);
    auto *caBundleLabel = new QLabel(tr("CA &bundle:"), this);
    caBundleLabel->setBuddy(m_caBundle);
    auto *caBundleRow = new QHBoxLayout;
    caBundleRow->addWidget(m_caBundle, 1);
    caBundleRow->addWidget(m_browseCaBundle);
    form->addRow(caBundleLabel, caBundleRow);

    connect(m_browseCaBundle, &QPushButton::clicked, this, &SignInForm::browseCaBundle);
    connect(m_useApiKey, &QCheckBox::toggled, this, &SignInForm::updateMode);
    connect(m_server, &QLineEdit::textChanged, this, &SignInForm::updateWarning);
    connect(m_profile, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(m_profile->itemText(index)); });
}

bool SignInForm::usesApiKey() const
{
    return m_useApiKey->isChecked();
}

QLineEdit *SignInForm::secretField() const
{
    return usesApiKey() ? m_apiKey : m_password;
}

void SignInForm::setProfileNames(const QStringList &names)
{
    m_profile->addItems(names);
}

void SignInForm::setProfile(const ServerProfile &profile)
{
    m_profile->setCurrentText(profile.name);
    m_server->setText(profile.serverUrl);
    m_username->setText(profile.username);
    m_organisation->setText(profile.organisation);
    m_unit->setText(profile.unit);
    m_useApiKey->setChecked(profile.useApiKey);
    m_caBundle->setText(profile.caBundlePath);
    m_remember->setChecked(profile.rememberSecret);
    m_pins = profile.pinnedCertificates;
    m_password->clear();
    m_apiKey->clear();
}

ServerProfile SignInForm::currentProfile() const
{
    ServerProfile profile;
    profile.serverUrl = m_server->text().trimmed();
    profile.name = m_profile->currentText().trimmed();
    if (profile.name.isEmpty())
        profile.name = QUrl::fromUserInput(profile.serverUrl).host();
    profile.useApiKey = m_useApiKey->isChecked();
    if (!profile.useApiKey) {
        profile.username = m_username->text().trimmed();
        profile.organisation = m_organisation->text().trimmed();
    }
    profile.unit = m_unit->text().trimmed();
    profile.rememberSecret = m_remember->isChecked();
    profile.pinnedCertificates = m_pins;
    profile.caBundlePath = m_caBundle->text().trimmed();
    return profile;
}

Credentials SignInForm::enteredCredentials() const
{
    Credentials credentials;
    if (usesApiKey()) {
        credentials.apiKey = m_apiKey->text().trimmed();
    } else {
        credentials.username = m_username->text().trimmed();
        credentials.password = m_password->text(); // spaces may belong to a password
        credentials.organisation = m_organisation->text().trimmed();
    }
    credentials.unit = m_unit->text().trimmed();
    return credentials;
}

void SignInForm::showSessionAccount(const QString &server, const Credentials &credentials, const QStringList &pins)
{
    if (!server.isEmpty())
        m_server->setText(server);
    m_username->setText(credentials.username);
    m_organisation->setText(credentials.organisation);
    m_unit->setText(credentials.unit);
    m_useApiKey->setChecked(credentials.usesApiKey() || (m_useApiKey->isChecked() && credentials.username.isEmpty()));
    for (QWidget *fixed :
         std::initializer_list<QWidget *> {m_profile, m_server, m_useApiKey, m_caBundle, m_browseCaBundle})
        fixed->setEnabled(false);
    m_password->clear();
    m_apiKey->clear();
    m_pins = pins;
    updateMode();
    secretField()->setFocus();
}

void SignInForm::updateMode()
{
    const bool apiKey = m_useApiKey->isChecked();
    for (QLineEdit *field : {m_username, m_password, m_organisation})
        field->setEnabled(!apiKey);
    m_apiKey->setEnabled(apiKey);
    m_remember->setText(apiKey ? tr("&Remember the API key in the system keychain")
                               : tr("&Remember the password in the system keychain"));
    // An error about the credentials follows the field that is now enabled.
    for (QLabel *shown : {m_passwordError, m_apiKeyError}) {
        if (!shown->isHidden() && shown != credentialsErrorLabel()) {
            showCredentialsError(shown->text());
            break;
        }
    }
}

void SignInForm::updateWarning()
{
    const QUrl url = ApiClient::normaliseBaseUrl(m_server->text());
    if (url.isValid() && url.scheme() == QLatin1StringView("http") && !isLoopback(url.host())) {
        m_warning->setText(tr("Warning: this address starts with http://, so your password or API key and "
                              "everything you read would travel unencrypted. Use https:// unless your IT "
                              "department says otherwise."));
        m_warning->show();
    } else {
        m_warning->hide();
    }
    Q_EMIT notesChanged();
}

void SignInForm::browseCaBundle()
{
    // Opened without a nested event loop; the path lands in the field when the user picks a file.
    const QFileInfo current(m_caBundle->text().trimmed());
    const QString folder = current.isFile() ? current.absolutePath() : QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Certificate authority bundle"), folder,
                                   tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(QStringLiteral("caBundleFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_caBundle->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void SignInForm::showServerError(const QString &text)
{
    m_serverError->setText(text);
    m_serverError->show();
    Q_EMIT notesChanged();
}

QLabel *SignInForm::credentialsErrorLabel() const
{
    return usesApiKey() ? m_apiKeyError : m_passwordError;
}

void SignInForm::showCredentialsError(const QString &text)
{
    m_passwordError->hide();
    m_apiKeyError->hide();
    credentialsErrorLabel()->setText(text);
    credentialsErrorLabel()->show();
    Q_EMIT notesChanged();
}

void SignInForm::clearErrors()
{
    m_serverError->hide();
    m_passwordError->hide();
    m_apiKeyError->hide();
    Q_EMIT notesChanged();
}

QStringList SignInForm::errorTexts() const
{
    QStringList texts;
    for (QLabel *label : {m_serverError, m_passwordError, m_apiKeyError}) {
        if (!label->isHidden())
            texts.append(label->text());
    }
    return texts;
}

void SignInForm::showKeychainUnavailable(const QString &reason)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    showRememberNotice(
        tr("Passwords and API keys cannot be remembered: this system has no keychain (%1).").arg(reason));
}

void SignInForm::showRememberNotice(const QString &text)
{
    m_rememberNotice->setText(text);
    m_rememberNotice->show();
    Q_EMIT notesChanged();
}

QString SignInForm::rememberNotice() const
{
    return m_rememberNotice->isHidden() ? QString() : m_rememberNotice->text();
}

QString SignInForm::securityWarning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

} // namespace commdesk
