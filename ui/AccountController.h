#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace commdesk {

class CrmConnection;
class DiagnosticLogDialog;
class SecretStore;
class Settings;
class SignInDialog;

// The account side of the main window: Sign out, Switch profile…, Network settings…, Help >
// Diagnostic log, and the re-sign-in over the window when the session runs out with no secret at
// hand (Session::signInRequired). Everything open stays open; the calls that waited are sent once
// the user has signed in again, and fail with a clear error if the user gives up.
class AccountController : public QObject
{
    Q_OBJECT

public:
    AccountController(CrmConnection *connection, Settings *settings, QWidget *window);

    // Adds the actions to the window's File menu (before `before`) and Help menu.
    void addTo(QMenu *file, QAction *before, QMenu *help);
    // Where remembered secrets are; the OS keychain unless a test puts in another.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

    void signOut();
    void switchProfile();
    void showDiagnosticLog();
    void showNetworkSettings(const QString &note = {});

    // For tests: the sign-in dialog shown over the window, if any.
    SignInDialog *signInDialog() const;
    DiagnosticLogDialog *diagnosticLogDialog() const;

Q_SIGNALS:
    // Signed in after Sign out or Switch profile: the window loads its data anew.
    void signedIn();
    // The user signed out (or is switching profiles): the window drops what it keeps of the account.
    void signedOut();

private:
    void askToSignInAgain();
    void openSignIn(bool sessionExpired);

    CrmConnection *m_connection;
    Settings *m_settings;
    QWidget *m_window;
    SecretStore *m_secrets = nullptr;
    QAction *m_signOut;
    QAction *m_switchProfile;
    QAction *m_networkSettings;
    QAction *m_diagnosticLog;
    QPointer<SignInDialog> m_dialog;
    QPointer<DiagnosticLogDialog> m_logDialog;
    bool m_proxyDialogOpen = false;
};

} // namespace commdesk
