#pragma once

#include "ServerProfile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace commdesk {

class ApiError;
class CrmConnection;
class ProfileStore;
class SecretStore;
class Settings;
struct SecretOutcome;

// Signs in to a CRM.COM server with a username and password, or with a web API key, from a server
// profile the user picks or makes. What went wrong reads differently for a malformed address, an
// unreachable server, something that is not a CRM.COM server, refused credentials and an
// untrusted certificate (which opens CertificateDialog), and is shown beside the field concerned.
// "Remember" keeps the secret in the OS keychain only; where there is none the dialog says why.
// In session-expired mode it is the re-sign-in over the window: same server and account, and the
// calls that waited go out once it succeeds.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Secrets in the OS keychain.
    SignInDialog(CrmConnection *connection, Settings *settings, QWidget *parent = nullptr);
    SignInDialog(CrmConnection *connection, Settings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // For tests and for pre-filling.
    QComboBox *profileField() const { return m_profile; }
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *organisationField() const { return m_organisation; }
    QLineEdit *unitField() const { return m_unit; }
    QLineEdit *apiKeyField() const { return m_apiKey; }
    QCheckBox *useApiKeyBox() const { return m_useApiKey; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLineEdit *caBundleField() const { return m_caBundle; }
    QString errorText() const;
    QString rememberNotice() const; // why nothing is (or can be) remembered; empty otherwise
    QString securityWarning() const; // e.g. plain http to a remote server; empty otherwise

    // The re-sign-in of a running session: server and account fixed, only the secret asked for.
    void setSessionExpired();
    bool isSessionExpired() const { return m_sessionExpired; }
    // The profile the fields describe (never a secret).
    ServerProfile currentProfile() const;

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

private:
    void build();
    void loadProfiles();
    void selectProfile(const QString &name);
    void readRememberedSecret();
    void continueWithoutAsking();
    void showError(QLabel *beside, const QString &text);
    void clearErrors();
    void onFailed(const ApiError &error);
    void askAboutCertificate(const ApiError &error);
    void onSignedIn();
    void finishRemembering(const SecretOutcome &outcome, ServerProfile profile);
    void showKeychainUnavailable(const QString &reason);
    void updateMode();
    void updateWarning();
    void setBusy(bool busy);

    CrmConnection *m_connection;
    Settings *m_settings;
    SecretStore *m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    QComboBox *m_profile;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_organisation;
    QLineEdit *m_unit;
    QLineEdit *m_apiKey;
    QCheckBox *m_useApiKey;
    QCheckBox *m_remember;
    QLineEdit *m_caBundle;
    QLabel *m_intro;
    QLabel *m_warning;
    QLabel *m_rememberNotice;
    QLabel *m_serverError;
    QLabel *m_credentialsError;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QPushButton *m_workOffline = nullptr;
    bool m_worksOffline = false;
    bool m_withoutAsking = false; // signInWithRememberedSecret() under way, the dialog hidden
    bool m_secretRead = false; // the remembered secret of the profile shown has been looked up
    QObject *m_request = nullptr;
    QStringList m_pins; // of the profile being signed in to
    bool m_sessionExpired = false;
    bool m_signedInAwaitingContinue = false; // signed in, showing why nothing was remembered
};

} // namespace commdesk
