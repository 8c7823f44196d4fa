#include "AccountMenu.h"

#include "Account.h"
#include "ApiError.h"
#include "DiagnosticLogDialog.h"
#include "ProxySettingsDialog.h"
#include "SecretStore.h"
#include "SignInDialog.h"

#include <QAction>
#include <QLineEdit>

namespace commdesk {

AccountMenu::AccountMenu(Account *account, QWidget *window)
    : QMenu(tr("&Account"), window)
    , m_account(account)
    , m_window(window)
{
    setObjectName(QStringLiteral("accountMenu"));
    connect(addNamedAction(QStringLiteral("signOut"), tr("Sign &out"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)),
            &QAction::triggered, this, &AccountMenu::signOut);
    connect(addNamedAction(QStringLiteral("switchProfile"), tr("S&witch profile…"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)),
            &QAction::triggered, this, &AccountMenu::switchProfile);
    addSeparator();
    connect(addNamedAction(QStringLiteral("networkSettings"), tr("Ne&twork settings…"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)),
            &QAction::triggered, this, [this] { showNetworkSettings(); });
    connect(addNamedAction(QStringLiteral("diagnosticLog"), tr("&Diagnostic log"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)),
            &QAction::triggered, this, &AccountMenu::showDiagnosticLog);
    connect(account, &Account::signInRequired, this, &AccountMenu::askToSignInAgain);
    connect(account, &Account::proxyCredentialsRequired, this, [this](const QString &host) {
        showNetworkSettings(tr("The proxy %1 asks for a user name and password.").arg(host));
    });
}

QAction *AccountMenu::addNamedAction(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    QAction *action = addAction(text);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    return action;
}

SignInDialog *AccountMenu::signInDialog() const
{
    return m_dialog.data();
}

DiagnosticLogDialog *AccountMenu::diagnosticLogDialog() const
{
    return m_logDialog.data();
}

void AccountMenu::askToSignInAgain()
{
    if (m_dialog)
        return; // a sign-in is already on screen; its success sends what waited
    openSignIn(true);
}

void AccountMenu::openSignIn(bool sessionExpired, const QString &server)
{
    if (!m_secrets)
        m_secrets = new SecretStore({}, this);
    auto *dialog = new SignInDialog(m_account->connection(), m_account->settings(), m_secrets, m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (sessionExpired)
        dialog->setSessionExpired();
    if (!server.isEmpty())
        dialog->serverField()->setText(server);
    connect(dialog, &QDialog::accepted, this, [this, sessionExpired] {
        if (!sessionExpired)
            Q_EMIT signedIn();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_account->abandonWaitingCalls(ApiError(ApiError::Kind::Usage,
                                                tr("You are not signed in. Sign in again (Account > Switch profile…) "
                                                   "to carry on.")));
    });
    dialog->open(); // window-modal over the main window, without a nested event loop
}

void AccountMenu::signOut()
{
    m_account->signOut();
    if (!m_dialog)
        openSignIn(false);
}

void AccountMenu::switchProfile()
{
    signOut();
}

void AccountMenu::signInTo(const QString &server)
{
    m_account->signOut();
    if (m_dialog)
        m_dialog->serverField()->setText(server);
    else
        openSignIn(false, server);
}

void AccountMenu::showDiagnosticLog()
{
    if (!m_logDialog) {
        m_logDialog = new DiagnosticLogDialog(m_account->diagnosticLog(), m_window);
        m_logDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logDialog->show();
    m_logDialog->raise();
}

void AccountMenu::showNetworkSettings(const QString &note)
{
    if (m_proxyDialogOpen)
        return;
    m_proxyDialogOpen = true;
    auto *dialog = new ProxySettingsDialog(m_account->proxy(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNote(note);
    connect(dialog, &QDialog::finished, this, [this] { m_proxyDialogOpen = false; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_account->setProxy(dialog->proxySettings()); });
    dialog->open();
}

} // namespace commdesk
