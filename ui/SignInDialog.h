#pragma once

#include "ServerProfile.h"
#include "SignInForm.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace commdesk {

class ApiError;
class CrmConnection;
class SignIn;
class SecretStore;
class Settings;
struct SecretOutcome;

// Signs in to a CRM.COM server with a username and password, or with a web API key, from a server
// profile the user picks or makes. What went wrong reads differently for a malformed address, an
// unreachable server, something that is not a CRM.COM server, refused credentials and an
// untrusted certificate (which opens CertificateDialog), and is shown beside the field concerned.
// "Remember" keeps the secret in the OS keychain only; where there is none the dialog says why.
// In session-expired mode it is the re-sign-in over the window: same server and account, and the
// calls that waited go out once it succeeds. The fields and the notes beside them are SignInForm.
// Where the program has the embedded sandbox, "Try the demo" signs in to it instead (offerDemo).
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts the built-in practice server and points the connection at it as the demo user, then
    // calls `done` (on the GUI thread, while `context` lives) with no error, or with why not.
    using DemoStarter = std::function<void(QObject *context, std::function<void(const QString &error)> done)>;

    // Secrets in the OS keychain.
    SignInDialog(CrmConnection *connection, Settings *settings, QWidget *parent = nullptr);
    SignInDialog(CrmConnection *connection, Settings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // For tests and for pre-filling.
    QComboBox *profileField() const { return m_form->profileField(); }
    QLineEdit *serverField() const { return m_form->serverField(); }
    QLineEdit *usernameField() const { return m_form->usernameField(); }
    QLineEdit *passwordField() const { return m_form->passwordField(); }
    QLineEdit *organisationField() const { return m_form->organisationField(); }
    QLineEdit *unitField() const { return m_form->unitField(); }
    QLineEdit *apiKeyField() const { return m_form->apiKeyField(); }
    QCheckBox *useApiKeyBox() const { return m_form->useApiKeyBox(); }
    QCheckBox *rememberBox() const { return m_form->rememberBox(); }
    QLineEdit *caBundleField() const { return m_form->caBundleField(); }
    QString errorText() const;
    QLabel *generalErrorLabel() const { return m_generalError; }
    SignInForm *form() const { return m_form; }
    QString rememberNotice() const { return m_form->rememberNotice(); } // why nothing is (or can be) remembered
    QString securityWarning() const { return m_form->securityWarning(); } // e.g. plain http to a remote server

    // The re-sign-in of a running session: server and account fixed, only the secret asked for.
    void setSessionExpired();
    bool isSessionExpired() const { return m_sessionExpired; }
    // The profile the fields describe (never a secret).
    ServerProfile currentProfile() const { return m_form->currentProfile(); }

    void signIn();
    // At start: signs in with the last profile when its secret is remembered, without showing the
    // dialog. The dialog shows only when there is no such secret or the server refuses it; when no
    // server answers, it is accepted as working offline (the window shows its copy and signs in
    // by itself later).
    void signInWithRememberedSecret();
    // The user chose to work offline after the server did not answer: the credentials are set on
    // the session, nobody is signed in yet.
    bool worksOffline() const { return m_worksOffline; }
    QPushButton *workOfflineButton() const { return m_workOffline; }

    // Offers "Try the demo" beside signing in to a real server (not in session-expired mode).
    void offerDemo(DemoStarter start);
    void tryDemo();
    QPushButton *tryDemoButton() const { return m_tryDemo; }
    // Signed in to the practice server: nothing about it is kept as a profile.
    bool usesDemo() const { return m_usesDemo; }

Q_SIGNALS:
    // signInWithRememberedSecret() is signing in without showing the dialog (say so somewhere).
    void signingInWithoutAsking(const QString &server);
    // The dialog is on screen: whatever said "signing in" no longer holds.
    void askingUser();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void loadProfiles();
    void selectProfile(const QString &name);
    void readRememberedSecret();
    void continueWithoutAsking();
    void clearErrors();
    void onFailed(const ApiError &error);
    void askAboutCertificate(const ApiError &error);
    void onSignedIn();
    void finishRemembering(const SecretOutcome &outcome, ServerProfile profile);
    void setBusy(bool busy);
    void endRequest();
    void offerWorkOfflineIfCopied();
    void showPlainHttpHint();
    void lookForPlainHttp(const ApiError &error);
    void fitToContents();

    Settings *m_settings;
    SignIn *m_signIn; // what signing in does; this dialog shows and asks
    SignInForm *m_form;
    QLabel *m_intro;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QPushButton *m_workOffline = nullptr;
    QWidget *m_demoRow;
    QPushButton *m_tryDemo;
    DemoStarter m_startDemo;
    bool m_usesDemo = false;
    bool m_worksOffline = false;
    int m_attempt = 0; // counts sign-ins, so that a late answer about an earlier one is ignored
    bool m_withoutAsking = false; // signInWithRememberedSecret() under way, the dialog hidden
    bool m_secretRead = false; // the remembered secret of the profile shown has been looked up
    QObject *m_request = nullptr;
    bool m_sessionExpired = false;
    bool m_signedInAwaitingContinue = false; // signed in, showing why nothing was remembered
};

} // namespace commdesk
