#pragma once

#include <QKeySequence>
#include <QMenu>
#include <QPointer>

class QAction;

namespace commdesk {

class Account;
class DiagnosticLogDialog;
class SecretStore;
class SignInDialog;

// The window's Account menu: Sign out, Switch profile…, Network settings…, Diagnostic log, and the re-sign-in
// over the window when the session runs out with no secret at hand (Account::signInRequired). Everything open
// stays open; the calls that waited are sent once the user has signed in again, and fail with a clear error if
// the user gives up.
class AccountMenu : public QMenu
{
    Q_OBJECT

public:
    AccountMenu(Account *account, QWidget *window);

    // Where remembered secrets are; the OS keychain unless a test puts in another.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

    void signOut();
    void switchProfile();
    // Signs out and opens the sign-in dialog for `server` (another start of the app asked for it).
    void signInTo(const QString &server);
    void showDiagnosticLog();
    void showNetworkSettings(const QString &note = {});

    // For tests: the sign-in dialog shown over the window, if any.
    SignInDialog *signInDialog() const;
    DiagnosticLogDialog *diagnosticLogDialog() const;

Q_SIGNALS:
    // Signed in after Sign out or Switch profile: the window loads its data anew.
    void signedIn();

private:
    QAction *addNamedAction(const QString &name, const QString &text, const QKeySequence &shortcut);
    void askToSignInAgain();
    void openSignIn(bool sessionExpired, const QString &server = {});

    Account *m_account;
    QWidget *m_window;
    SecretStore *m_secrets = nullptr;
    QPointer<SignInDialog> m_dialog;
    QPointer<DiagnosticLogDialog> m_logDialog;
    bool m_proxyDialogOpen = false;
};

} // namespace commdesk
