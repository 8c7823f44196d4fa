#include "Account.h"

#include "CrmConnection.h"
#include "SavedProxySettings.h"

namespace commdesk {

Account::Account(CrmConnection *connection, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_settings(settings)
{
    connection->session()->setInteractiveSignIn(true);
    connect(connection->session(), &Session::signInRequired, this, &Account::signInRequired);
    connect(connection->client(), &ApiClient::proxyCredentialsRequired, this, &Account::proxyCredentialsRequired);
}

void Account::signOut()
{
    m_connection->session()->release(nullptr, [](const Result<Done> &) {});
    m_connection->session()->forgetSecret();
    Q_EMIT signedOut();
}

void Account::abandonWaitingCalls(const ApiError &why)
{
    m_connection->session()->abandonWaitingCalls(why);
}

ProxySettings Account::proxy() const
{
    return m_connection->client()->proxy();
}

void Account::setProxy(const ProxySettings &proxy)
{
    SavedProxySettings::save(*m_settings, proxy);
    m_connection->client()->setProxy(proxy);
}

DiagnosticLog *Account::diagnosticLog() const
{
    return m_connection->client()->diagnosticLog();
}

} // namespace commdesk
