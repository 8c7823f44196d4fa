#include "SignInDialog.h"

#include "CertificateDialog.h"
#include "CrmConnection.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QLabel *noteLabel(QWidget *parent, const QString &color)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    return noteLabel(parent, QStringLiteral("#b00020"));
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

SignInDialog::SignInDialog(CrmConnection *connection, Settings *settings, QWidget *parent)
    : SignInDialog(connection, settings, nullptr, parent)
{ }

SignInDialog::SignInDialog(CrmConnection *connection, Settings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_secrets(secrets ? secrets : new SecretStore({}, this))
    , m_profiles(std::make_unique<ProfileStore>(settings))
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
    , m_intro(noteLabel(this, QStringLiteral("palette(text)")))
    , m_warning(noteLabel(this, QStringLiteral("#8a5a00")))
    , m_rememberNotice(noteLabel(this, QStringLiteral("#8a5a00")))
    , m_serverError(errorLabel(this))
    , m_credentialsError(errorLabel(this))
    , m_generalError(errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    build();
    loadProfiles();
    updateMode();
    updateWarning();
    readRememberedSecret();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::build()
{
    setWindowTitle(tr("Sign in to CRM.COM"));
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->lineEdit()->setPlaceholderText(tr("a name for this server and account"));
    m_server->setPlaceholderText(QStringLiteral("https://crm.example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_unit->setPlaceholderText(tr("optional"));
    m_caBundle->setPlaceholderText(tr("optional: a PEM file of your organisation's certificate authorities"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    const std::pair<QWidget *, QString> names[] = {{m_profile, tr("Server profile")},
                                                   {m_server, tr("Server address")},
                                                   {m_username, tr("Username")},
                                                   {m_password, tr("Password")},
                                                   {m_organisation, tr("Organisation")},
                                                   {m_unit, tr("Business unit")},
                                                   {m_apiKey, tr("Web API key")},
                                                   {m_useApiKey, tr("Sign in with a web API key")},
                                                   {m_remember, tr("Remember in the system keychain")},
                                                   {m_caBundle, tr("Certificate authority bundle")}};
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);

    auto *form = new QFormLayout;
    form->addRow(tr("P&rofile:"), m_profile);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), m_warning);
    form->addRow(QString(), m_serverError);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Business &unit:"), m_unit);
    form->addRow(QString(), m_useApiKey);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_credentialsError);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_rememberNotice);
    form->addRow(tr("CA &bundle:"), m_caBundle);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    connect(m_useApiKey, &QCheckBox::toggled, this, &SignInDialog::updateMode);
    connect(m_server, &QLineEdit::textChanged, this, &SignInDialog::updateWarning);
    connect(m_profile, &QComboBox::activated, this, [this](int index) { selectProfile(m_profile->itemText(index)); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Offered once the server did not answer: the window then shows what it last loaded from this
    // account and signs in by itself when the server is back (OfflineWorkspace).
    m_workOffline = m_buttons->addButton(tr("Work &offline"), QDialogButtonBox::ActionRole);
    m_workOffline->setObjectName(QStringLiteral("workOffline"));
    m_workOffline->setToolTip(tr("Show what was last loaded from this server, and connect when it answers again"));
    m_workOffline->hide();
    connect(m_workOffline, &QPushButton::clicked, this, [this] {
        m_worksOffline = true;
        if (!m_remember->isChecked())
            m_connection->session()->forgetSecretOnceSignedIn(); // as a sign-in here would have
        accept();
    });
    setMinimumWidth(460);
}

void SignInDialog::loadProfiles()
{
    for (const ServerProfile &profile : m_profiles->profiles())
        m_profile->addItem(profile.name);
    const QString last = m_profiles->lastUsed();
    if (!last.isEmpty() && m_profiles->find(last)) {
        selectProfile(last);
        return;
    }
    // Before profiles existed, the sign-in fields were remembered one by one.
    m_server->setText(m_settings->value(setting::serverUrl));
    m_username->setText(m_settings->value(setting::username));
    m_organisation->setText(m_settings->value(setting::organisation));
    m_unit->setText(m_settings->value(setting::unit));
    m_useApiKey->setChecked(m_settings->value(setting::useApiKey));
    m_profile->setCurrentText(QString());
}

void SignInDialog::selectProfile(const QString &name)
{
    const std::optional<ServerProfile> profile = m_profiles->find(name);
    if (!profile)
        return;
    m_profile->setCurrentText(profile->name);
    m_server->setText(profile->serverUrl);
    m_username->setText(profile->username);
    m_organisation->setText(profile->organisation);
    m_unit->setText(profile->unit);
    m_useApiKey->setChecked(profile->useApiKey);
    m_caBundle->setText(profile->caBundlePath);
    m_remember->setChecked(profile->rememberSecret);
    m_pins = profile->pinnedCertificates;
    m_password->clear();
    m_apiKey->clear();
    readRememberedSecret();
}

void SignInDialog::readRememberedSecret()
{
    // Also tells whether there is a keychain at all, before the user ticks "Remember".
    const ServerProfile profile = currentProfile();
    const bool wanted = m_remember->isChecked() && m_profiles->find(profile.name).has_value();
    m_secretRead = false;
    m_secrets->read(this, profile.secretKey(), [this, key = profile.secretKey(), wanted](const SecretOutcome &outcome) {
        m_secretRead = true;
        if (outcome.status == SecretOutcome::Status::Unavailable) {
            showKeychainUnavailable(outcome.reason);
        } else {
            m_remember->setEnabled(true);
            if (outcome.ok() && wanted && key == currentProfile().secretKey())
                (m_useApiKey->isChecked() ? m_apiKey : m_password)->setText(outcome.secret);
        }
        continueWithoutAsking();
    });
}

void SignInDialog::signInWithRememberedSecret()
{
    m_withoutAsking = true;
    if (m_secretRead)
        continueWithoutAsking(); // otherwise the keychain's answer continues
}

void SignInDialog::continueWithoutAsking()
{
    if (!m_withoutAsking || m_request)
        return; // not asked to, or signing in already
    const bool remembered = m_remember->isChecked() && !m_profile->currentText().isEmpty()
        && !(m_useApiKey->isChecked() ? m_apiKey : m_password)->text().isEmpty();
    if (!remembered) {
        m_withoutAsking = false;
        open(); // nothing to sign in with: ask
        return;
    }
    signIn();
}

void SignInDialog::showKeychainUnavailable(const QString &reason)
{
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_rememberNotice->setText(
        tr("Passwords and API keys cannot be remembered: this system has no keychain (%1).").arg(reason));
    m_rememberNotice->show();
}

ServerProfile SignInDialog::currentProfile() const
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

void SignInDialog::setSessionExpired()
{
    m_sessionExpired = true;
    setWindowTitle(tr("Session expired"));
    m_intro->setText(tr("Your session with the server has ended. Sign in again to carry on: everything you have "
                        "open stays as it is, and what could not be done is tried again."));
    m_intro->show();
    const Credentials &credentials = m_connection->session()->credentials();
    const QString server = m_connection->client()->baseUrl().adjusted(QUrl::RemovePath).toString();
    if (!server.isEmpty())
        m_server->setText(server);
    m_username->setText(credentials.username);
    m_organisation->setText(credentials.organisation);
    m_unit->setText(credentials.unit);
    m_useApiKey->setChecked(credentials.usesApiKey() || (m_useApiKey->isChecked() && credentials.username.isEmpty()));
    for (QWidget *fixed : std::initializer_list<QWidget *> {m_profile, m_server, m_useApiKey, m_caBundle})
        fixed->setEnabled(false);
    m_password->clear();
    m_apiKey->clear();
    m_pins = m_connection->client()->tlsPolicy().pinnedFingerprints();
    updateMode();
    (m_useApiKey->isChecked() ? m_apiKey : m_password)->setFocus();
}

void SignInDialog::updateMode()
{
    const bool apiKey = m_useApiKey->isChecked();
    for (QLineEdit *field : {m_username, m_password, m_organisation})
        field->setEnabled(!apiKey);
    m_apiKey->setEnabled(apiKey);
    m_remember->setText(apiKey ? tr("&Remember the API key in the system keychain")
                               : tr("&Remember the password in the system keychain"));
}

void SignInDialog::updateWarning()
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
}

QString SignInDialog::errorText() const
{
    QStringList texts;
    for (QLabel *label : {m_serverError, m_credentialsError, m_generalError}) {
        if (!label->isHidden())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

QString SignInDialog::rememberNotice() const
{
    return m_rememberNotice->isHidden() ? QString() : m_rememberNotice->text();
}

QString SignInDialog::securityWarning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void SignInDialog::clearErrors()
{
    for (QLabel *label : {m_serverError, m_credentialsError, m_generalError})
        label->hide();
    m_workOffline->hide();
}

void SignInDialog::showError(QLabel *beside, const QString &text)
{
    beside->setText(text);
    beside->show();
}

void SignInDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Signing in…") : tr("Sign in"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void SignInDialog::signIn()
{
    if (m_signedInAwaitingContinue)
        return accept(); // the user has read why nothing was remembered
    clearErrors();
    QString problem;
    if (!m_sessionExpired && !m_connection->client()->setServer(m_server->text(), &problem)) {
        showError(m_serverError, problem);
        m_server->setFocus();
        return;
    }
    Credentials credentials;
    if (m_useApiKey->isChecked()) {
        credentials.apiKey = m_apiKey->text().trimmed();
        if (credentials.apiKey.isEmpty()) {
            showError(m_credentialsError, tr("Enter the web API key."));
            return;
        }
    } else {
        credentials.username = m_username->text().trimmed();
        credentials.password = m_password->text();
        credentials.organisation = m_organisation->text().trimmed();
        if (credentials.username.isEmpty() || credentials.password.isEmpty() || credentials.organisation.isEmpty()) {
            showError(m_credentialsError, tr("Enter your username, password and organisation."));
            return;
        }
    }
    credentials.unit = m_unit->text().trimmed();
    if (!m_sessionExpired) {
        TlsPolicy &tls = m_connection->client()->tlsPolicy();
        tls.setPinnedFingerprints(m_pins);
        if (!tls.setCaBundle(m_caBundle->text(), &problem)) {
            showError(m_serverError, problem);
            m_caBundle->setFocus();
            return;
        }
    }
    m_connection->session()->setCredentials(credentials);

    delete m_request;
    m_request = new QObject(this);
    setBusy(true);
    m_connection->session()->login(m_request, [this](const Result<Done> &result) {
        setBusy(false);
        m_request->deleteLater();
        m_request = nullptr;
        if (!result.ok())
            return onFailed(result.error());
        onSignedIn();
    });
}

void SignInDialog::onSignedIn()
{
    ServerProfile profile = currentProfile();
    if (!m_sessionExpired) {
        // Only what identifies the account is remembered; secrets never reach the settings.
        m_settings->setValue(setting::serverUrl, profile.serverUrl);
        m_settings->setValue(setting::username, profile.username);
        m_settings->setValue(setting::organisation, profile.organisation);
        m_settings->setValue(setting::unit, profile.unit);
        m_settings->setValue(setting::useApiKey, profile.useApiKey);
        m_profiles->setLastUsed(profile.name);
    }
    if (std::exchange(m_withoutAsking, false)) {
        m_profiles->save(profile); // the secret is in the keychain already
        accept();
        return;
    }
    const Credentials &credentials = m_connection->session()->credentials();
    const QString secret = credentials.usesApiKey() ? credentials.apiKey : credentials.password;
    if (!profile.rememberSecret) {
        m_profiles->save(profile);
        m_secrets->remove(nullptr, profile.secretKey(), [](const SecretOutcome &) {});
        // Without a remembered secret the token is not renewed silently: when it runs out, the
        // user is asked again (DESIGN.md §3: the secret lives only in the keychain).
        m_connection->session()->forgetSecret();
        accept();
        return;
    }
    m_secrets->write(this, profile.secretKey(), secret,
                     [this, profile](const SecretOutcome &outcome) { finishRemembering(outcome, profile); });
}

void SignInDialog::finishRemembering(const SecretOutcome &outcome, ServerProfile profile)
{
    if (outcome.ok()) {
        m_profiles->save(profile);
        accept();
        return;
    }
    // Nothing is remembered, and the user is told why before the dialog closes.
    profile.rememberSecret = false;
    m_profiles->save(profile);
    m_connection->session()->forgetSecret();
    if (outcome.status == SecretOutcome::Status::Unavailable)
        showKeychainUnavailable(outcome.reason);
    m_rememberNotice->setText(SecretStore::notRememberedText(outcome));
    m_rememberNotice->show();
    m_signedInAwaitingContinue = true;
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
}

void SignInDialog::askAboutCertificate(const ApiError &error)
{
    showError(m_serverError, error.userText());
    auto *dialog = new CertificateDialog(error, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, fingerprint = dialog->fingerprint()] {
        // Pinned for this server only; a later, different certificate asks again.
        m_pins = {fingerprint};
        signIn();
    });
    dialog->open();
}

void SignInDialog::onFailed(const ApiError &error)
{
    if (std::exchange(m_withoutAsking, false)) {
        if (error.meansUnreachable()) {
            m_worksOffline = true; // the window shows what it last loaded and signs in later
            accept();
            return;
        }
        open(); // refused, or something else: the user sees why below
    }
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        showError(m_serverError,
                  tr("No CRM.COM server answered at this address. Check the address and your "
                     "network connection. (%1)")
                      .arg(error.userText()));
        m_workOffline->setVisible(!m_sessionExpired);
        m_server->setFocus();
        return;
    case ApiError::Kind::Tls:
        if (error.isUntrustedCertificate())
            return askAboutCertificate(error);
        showError(m_serverError, error.userText());
        return;
    case ApiError::Kind::Http:
    case ApiError::Kind::Protocol:
        showError(m_serverError,
                  tr("Something answered at this address, but it does not look like a CRM.COM "
                     "server. (%1)")
                      .arg(error.userText()));
        m_server->setFocus();
        return;
    case ApiError::Kind::Api:
        if (error.code() == QLatin1StringView("INVALID_CREDENTIALS")
            || error.code() == QLatin1StringView("INVALID_TOKEN")) {
            showError(m_credentialsError,
                      m_useApiKey->isChecked() ? tr("The server refused this API key.") : error.userText());
            (m_useApiKey->isChecked() ? m_apiKey : m_password)->setFocus();
            return;
        }
        break;
    case ApiError::Kind::Usage:
        break;
    }
    showError(m_generalError, error.userText());
}

} // namespace commdesk
