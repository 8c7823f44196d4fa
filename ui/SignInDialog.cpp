#include "SignInDialog.h"

#include "CertificateDialog.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "SignIn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace commdesk {

SignInDialog::SignInDialog(CrmConnection *connection, Settings *settings, QWidget *parent)
    : SignInDialog(connection, settings, nullptr, parent)
{ }

SignInDialog::SignInDialog(CrmConnection *connection, Settings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_signIn(new SignIn(connection, settings, secrets, this))
    , m_form(new SignInForm(this))
    , m_intro(signInNoteLabel(this, std::nullopt))
    , m_generalError(signInErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_demoRow(new QWidget(this))
    , m_tryDemo(new QPushButton(tr("Try the &demo"), m_demoRow))
{
    build();
    loadProfiles();
    readRememberedSecret();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::build()
{
    setWindowTitle(tr("Sign in to CRM.COM"));
    m_form->setObjectName(QStringLiteral("signInForm"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setAccessibleName(tr("Problem"));

    // "Try the demo", beside signing in to a real server, when the program has the sandbox.
    auto *line = new QFrame(m_demoRow);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *demoNote = new QLabel(tr("Try CommDesk with demo data on a built-in practice server; nothing reaches a "
                                   "real CRM.COM."),
                                m_demoRow);
    demoNote->setObjectName(QStringLiteral("demoNote"));
    demoNote->setWordWrap(true);
    demoNote->setBuddy(m_tryDemo);
    m_tryDemo->setObjectName(QStringLiteral("tryDemo"));
    m_tryDemo->setAccessibleName(tr("Try the demo"));
    m_tryDemo->setAccessibleDescription(demoNote->text());
    m_tryDemo->setAutoDefault(false); // Return in a field still signs in
    auto *demoLayout = new QGridLayout(m_demoRow);
    demoLayout->setContentsMargins(0, 0, 0, 0);
    demoLayout->addWidget(line, 0, 0, 1, 2);
    demoLayout->addWidget(demoNote, 1, 0);
    demoLayout->addWidget(m_tryDemo, 1, 1, Qt::AlignVCenter);
    demoLayout->setColumnStretch(0, 1);
    m_demoRow->setObjectName(QStringLiteral("demoRow"));
    m_demoRow->hide();
    connect(m_tryDemo, &QPushButton::clicked, this, &SignInDialog::tryDemo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_demoRow);
    layout->addWidget(m_buttons);

    connect(m_form, &SignInForm::notesChanged, this, &SignInDialog::fitToContents);
    connect(m_form, &SignInForm::profileChosen, this, &SignInDialog::selectProfile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Offered once the server did not answer and there is a local copy of this account: the window
    // then shows what it last loaded and signs in by itself when the server is back (OfflineWorkspace).
    m_workOffline = m_buttons->addButton(tr("Work off&line"), QDialogButtonBox::ActionRole);
    m_workOffline->setObjectName(QStringLiteral("workOffline"));
    m_workOffline->setAccessibleName(tr("Work offline"));
    m_workOffline->setToolTip(tr("Show what was last loaded from this server, and connect when it answers again"));
    m_workOffline->hide();
    connect(m_workOffline, &QPushButton::clicked, this, [this] {
        m_worksOffline = true;
        if (!m_form->rememberBox()->isChecked())
            m_signIn->forgetSecretOnceSignedIn(); // as a sign-in here would have
        accept();
    });
    setMinimumWidth(460);
}

void SignInDialog::loadProfiles()
{
    QStringList names;
    for (const ServerProfile &profile : m_signIn->profiles())
        names.append(profile.name);
    m_form->setProfileNames(names);
    const QString last = m_signIn->lastUsedProfile();
    if (!last.isEmpty() && m_signIn->profile(last)) {
        selectProfile(last);
        return;
    }
    // Before profiles existed, the sign-in fields were remembered one by one.
    ServerProfile legacy;
    legacy.serverUrl = m_settings->value(setting::serverUrl);
    legacy.username = m_settings->value(setting::username);
    legacy.organisation = m_settings->value(setting::organisation);
    legacy.unit = m_settings->value(setting::unit);
    legacy.useApiKey = m_settings->value(setting::useApiKey);
    m_form->setProfile(legacy);
}

void SignInDialog::selectProfile(const QString &name)
{
    const std::optional<ServerProfile> profile = m_signIn->profile(name);
    if (!profile)
        return;
    m_form->setProfile(*profile);
    readRememberedSecret();
}

void SignInDialog::readRememberedSecret()
{
    // Also tells whether there is a keychain at all, before the user ticks "Remember".
    const ServerProfile profile = currentProfile();
    const bool wanted = m_form->rememberBox()->isChecked() && m_signIn->profile(profile.name).has_value();
    m_secretRead = false;
    m_signIn->readSecret(this, profile.secretKey(),
                         [this, key = profile.secretKey(), wanted](const SecretOutcome &outcome) {
                             m_secretRead = true;
                             if (outcome.status == SecretOutcome::Status::Unavailable) {
                                 m_form->showKeychainUnavailable(outcome.reason);
                             } else {
                                 m_form->rememberBox()->setEnabled(true);
                                 if (outcome.ok() && wanted && key == currentProfile().secretKey())
                                     m_form->secretField()->setText(outcome.secret);
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
    const bool remembered = m_form->rememberBox()->isChecked() && !m_form->profileField()->currentText().isEmpty()
        && !m_form->secretField()->text().isEmpty();
    if (!remembered) {
        m_withoutAsking = false;
        open(); // nothing to sign in with: ask
        return;
    }
    Q_EMIT signingInWithoutAsking(m_form->serverField()->text());
    signIn();
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!event->spontaneous())
        fitToContents();
    Q_EMIT askingUser();
}

void SignInDialog::fitToContents()
{
    // Every note and error shows in full: the window grows for it, within the screen.
    if (isVisible())
        ScreenFit::growToContents(this);
}

void SignInDialog::offerDemo(DemoStarter start)
{
    m_startDemo = std::move(start);
    m_demoRow->setVisible(m_startDemo && !m_sessionExpired);
    fitToContents();
}

void SignInDialog::tryDemo()
{
    if (!m_startDemo || m_request)
        return;
    clearErrors();
    m_request = new QObject(this);
    setBusy(true);
    m_tryDemo->setText(tr("Starting the demo…"));
    m_startDemo(m_request, [this](const QString &error) {
        if (!error.isEmpty()) {
            endRequest();
            m_generalError->setText(tr("The practice server could not start: %1").arg(error));
            m_generalError->show();
            fitToContents();
            return;
        }
        // The connection now points at the practice server, as its demo user.
        m_signIn->login(m_request, [this](const Result<Done> &result) {
            endRequest();
            if (!result.ok()) {
                m_generalError->setText(result.error().userText());
                m_generalError->show();
                fitToContents();
                return;
            }
            m_usesDemo = true;
            accept();
        });
    });
}

void SignInDialog::endRequest()
{
    setBusy(false);
    m_tryDemo->setText(tr("Try the &demo"));
    if (m_request)
        m_request->deleteLater();
    m_request = nullptr;
}

void SignInDialog::showPlainHttpHint()
{
    m_form->showServerError(tr("Something answered at this address, but in plain HTTP rather than HTTPS. If this "
                               "server is meant to be used without encryption, try the address with http:// instead "
                               "of https://."));
    m_form->serverField()->setFocus();
}

void SignInDialog::lookForPlainHttp(const ApiError &error)
{
    if (!m_signIn->mayBePlainHttp(error))
        return;
    m_signIn->probePlainHttp(this, [this, attempt = m_attempt] {
        if (attempt == m_attempt && !m_request)
            showPlainHttpHint();
    });
}

void SignInDialog::offerWorkOfflineIfCopied()
{
    if (m_sessionExpired)
        return;
    // Offered only when there is something to work with: the copy of this account's last session.
    m_signIn->findOfflineCopy(this, [this, attempt = m_attempt](bool found) {
        if (found && attempt == m_attempt && !m_request)
            m_workOffline->show();
    });
}

void SignInDialog::setSessionExpired()
{
    m_sessionExpired = true;
    setWindowTitle(tr("Session expired"));
    m_intro->setText(tr("Your session with the server has ended. Sign in again to carry on: everything you have "
                        "open stays as it is, and what could not be done is tried again."));
    m_intro->show();
    m_demoRow->hide();
    const QString server = m_signIn->server().adjusted(QUrl::RemovePath).toString();
    m_form->showSessionAccount(server, m_signIn->credentials(), m_signIn->tls().pinnedFingerprints());
}

QString SignInDialog::errorText() const
{
    QStringList texts = m_form->errorTexts();
    if (!m_generalError->isHidden())
        texts.append(m_generalError->text());
    return texts.join(QLatin1Char('\n'));
}

void SignInDialog::clearErrors()
{
    ++m_attempt;
    m_form->clearErrors();
    m_generalError->hide();
    m_workOffline->hide();
}

void SignInDialog::setBusy(bool busy)
{
    m_tryDemo->setEnabled(!busy);
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
    if (!m_sessionExpired && !m_signIn->setServer(m_form->serverField()->text(), &problem)) {
        m_form->showServerError(problem);
        m_form->serverField()->setFocus();
        return;
    }
    const Credentials credentials = m_form->enteredCredentials();
    if (m_form->usesApiKey()) {
        if (credentials.apiKey.isEmpty()) {
            m_form->showCredentialsError(tr("Enter the web API key."));
            return;
        }
    } else if (credentials.username.isEmpty() || credentials.password.isEmpty() || credentials.organisation.isEmpty()) {
        m_form->showCredentialsError(tr("Enter your username, password and organisation."));
        return;
    }
    if (!m_sessionExpired) {
        TlsPolicy &tls = m_signIn->tls();
        tls.setPinnedFingerprints(m_form->pinnedCertificates());
        if (!tls.setCaBundle(m_form->caBundleField()->text(), &problem)) {
            m_form->showServerError(problem);
            m_form->caBundleField()->setFocus();
            return;
        }
    }
    m_signIn->setCredentials(credentials);

    delete m_request;
    m_request = new QObject(this);
    setBusy(true);
    m_signIn->login(m_request, [this](const Result<Done> &result) {
        endRequest();
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
        m_signIn->setLastUsedProfile(profile.name);
    }
    if (std::exchange(m_withoutAsking, false)) {
        m_signIn->saveProfile(profile); // the secret is in the keychain already
        accept();
        return;
    }
    const Credentials &credentials = m_signIn->credentials();
    const QString secret = credentials.usesApiKey() ? credentials.apiKey : credentials.password;
    if (!profile.rememberSecret) {
        m_signIn->saveProfile(profile);
        m_signIn->removeSecret(profile.secretKey());
        // Without a remembered secret the token is not renewed silently: when it runs out, the
        // user is asked again (docs/architecture.md "Rules of the house": the secret lives only in the keychain).
        m_signIn->forgetSecret();
        accept();
        return;
    }
    m_signIn->writeSecret(this, profile.secretKey(), secret,
                          [this, profile](const SecretOutcome &outcome) { finishRemembering(outcome, profile); });
}

void SignInDialog::finishRemembering(const SecretOutcome &outcome, ServerProfile profile)
{
    if (outcome.ok()) {
        m_signIn->saveProfile(profile);
        accept();
        return;
    }
    // Nothing is remembered, and the user is told why before the dialog closes.
    profile.rememberSecret = false;
    m_signIn->saveProfile(profile);
    m_signIn->forgetSecret();
    if (outcome.status == SecretOutcome::Status::Unavailable)
        m_form->showKeychainUnavailable(outcome.reason);
    m_form->showRememberNotice(SecretStore::notRememberedText(outcome));
    m_signedInAwaitingContinue = true;
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
}

void SignInDialog::askAboutCertificate(const ApiError &error)
{
    m_form->showServerError(error.userText());
    auto *dialog = new CertificateDialog(error, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, fingerprint = dialog->fingerprint()] {
        // Pinned for this server only; a later, different certificate asks again.
        m_form->setPinnedCertificates({fingerprint});
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
        m_form->showServerError(tr("No CRM.COM server answered at this address. Check the address and your "
                                   "network connection. (%1)")
                                    .arg(error.userText()));
        offerWorkOfflineIfCopied();
        lookForPlainHttp(error); // some plain HTTP servers just close the connection on a TLS greeting
        m_form->serverField()->setFocus();
        return;
    case ApiError::Kind::Tls:
        if (error.isUntrustedCertificate())
            return askAboutCertificate(error);
        if (m_signIn->isEvidentlyPlainHttp(error))
            return showPlainHttpHint();
        m_form->showServerError(error.userText());
        lookForPlainHttp(error);
        return;
    case ApiError::Kind::Http:
    case ApiError::Kind::Protocol:
        m_form->showServerError(tr("Something answered at this address, but it does not look like a CRM.COM "
                                   "server. (%1)")
                                    .arg(error.userText()));
        m_form->serverField()->setFocus();
        return;
    case ApiError::Kind::Api:
        if (error.code() == QLatin1StringView("INVALID_CREDENTIALS")
            || error.code() == QLatin1StringView("INVALID_TOKEN")) {
            m_form->showCredentialsError(m_form->usesApiKey() ? tr("The server refused this API key.")
                                                              : error.userText());
            m_form->secretField()->setFocus();
            return;
        }
        break;
    case ApiError::Kind::Usage:
        break;
    }
    m_generalError->setText(error.userText());
    m_generalError->show();
    fitToContents();
}

} // namespace commdesk
