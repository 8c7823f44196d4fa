#include "AccountController.h"

#include "CrmConnection.h"
#include "DiagnosticLogDialog.h"
#include "ProxySettingsDialog.h"
#include "SavedProxySettings.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignInDialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace commdesk {

AccountController::AccountController(CrmConnection *connection, Settings *settings, QWidget *window)
    : QObject(window)
    , m_connection(connection)
    , m_settings(settings)
    , m_window(window)
    , m_signOut(new QAction(tr("Sign &out"), this))
    , m_switchProfile(new QAction(tr("S&witch profile…"), this))
    , m_networkSettings(new QAction(tr("Ne&twork settings…"), this))
    , m_diagnosticLog(new QAction(tr("&Diagnostic log"), this))
{
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_switchProfile->setObjectName(QStringLiteral("switchProfile"));
    m_networkSettings->setObjectName(QStringLiteral("networkSettings"));
    m_diagnosticLog->setObjectName(QStringLiteral("diagnosticLog"));
    connect(m_signOut, &QAction::triggered, this, &AccountController::signOut);
    connect(m_switchProfile, &QAction::triggered, this, &AccountController::switchProfile);
    connect(m_networkSettings, &QAction::triggered, this, [this] { showNetworkSettings(); });
    connect(m_diagnosticLog, &QAction::triggered, this, &AccountController::showDiagnosticLog);
    connection->session()->setInteractiveSignIn(true);
    connect(connection->session(), &Session::signInRequired, this, &AccountController::askToSignInAgain);
    connect(connection->client(), &ApiClient::proxyCredentialsRequired, this, [this](const QString &host) {
        showNetworkSettings(tr("The proxy %1 asks for a user name and password.").arg(host));
    });
}

SignInDialog *AccountController::signInDialog() const
{
    return m_dialog.data();
}

DiagnosticLogDialog *AccountController::diagnosticLogDialog() const
{
    return m_logDialog.data();
}

void AccountController::addTo(QMenu *file, QAction *before, QMenu *help)
{
    file->insertActions(before, {m_signOut, m_switchProfile, m_networkSettings});
    file->insertSeparator(before);
    help->addAction(m_diagnosticLog);
}

void AccountController::askToSignInAgain()
{
    if (m_dialog)
        return; // a sign-in is already on screen; its success sends what waited
    openSignIn(true);
}

void AccountController::openSignIn(bool sessionExpired)
{
    if (!m_secrets)
        m_secrets = new SecretStore({}, this);
    auto *dialog = new SignInDialog(m_connection, m_settings, m_secrets, m_window);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (sessionExpired)
        dialog->setSessionExpired();
    connect(dialog, &QDialog::accepted, this, [this, sessionExpired] {
        if (!sessionExpired)
            Q_EMIT signedIn();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_connection->session()->abandonWaitingCalls(
            ApiError(ApiError::Kind::Usage,
                     tr("You are not signed in. Sign in again (File > Switch profile…) to "
                        "carry on.")));
    });
    dialog->open(); // window-modal over the main window, without a nested event loop
}

void AccountController::signOut()
{
    // Forget the token at once (the server is told where it supports it), then offer to sign in.
    m_connection->session()->release(nullptr, [](const Result<Done> &) {});
    m_connection->session()->forgetSecret();
    Q_EMIT signedOut();
    if (!m_dialog)
        openSignIn(false);
}

void AccountController::switchProfile()
{
    signOut();
}

void AccountController::showDiagnosticLog()
{
    if (!m_logDialog) {
        m_logDialog = new DiagnosticLogDialog(m_connection->client()->diagnosticLog(), m_window);
        m_logDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logDialog->show();
    m_logDialog->raise();
}

void AccountController::showNetworkSettings(const QString &note)
{
    if (m_proxyDialogOpen)
        return;
    m_proxyDialogOpen = true;
    auto *dialog = new ProxySettingsDialog(m_connection->client()->proxy(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNote(note);
    connect(dialog, &QDialog::finished, this, [this] { m_proxyDialogOpen = false; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ProxySettings proxy = dialog->proxySettings();
        SavedProxySettings::save(*m_settings, proxy);
        m_connection->client()->setProxy(proxy);
    });
    dialog->open();
}

} // namespace commdesk
