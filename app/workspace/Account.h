#pragma once

#include "ProxySettings.h"

#include <QObject>

namespace commdesk {

class ApiError;
class CrmConnection;
class DiagnosticLog;
class Settings;

// The signed-in account as the application sees it, without widgets: signing out, giving up a re-sign-in, the
// network settings, and the two moments the user must be asked (the session ran out with no secret at hand; a
// proxy wants credentials), announced as signals for the windows to act on.
class Account : public QObject
{
    Q_OBJECT

public:
    Account(CrmConnection *connection, Settings *settings, QObject *parent = nullptr);

    CrmConnection *connection() const { return m_connection; }
    Settings *settings() const { return m_settings; }

    // Forgets the token at once (the server is told where it supports it) and the remembered secret.
    void signOut();
    // The user gave up signing in again: the calls that waited for it fail with `why`.
    void abandonWaitingCalls(const ApiError &why);

    ProxySettings proxy() const;
    // Saved for the next start, and used from now on.
    void setProxy(const ProxySettings &proxy);
    DiagnosticLog *diagnosticLog() const;

Q_SIGNALS:
    // The session ran out and no secret is at hand: the user must sign in again; the calls wait meanwhile.
    void signInRequired();
    void proxyCredentialsRequired(const QString &host);
    void signedOut();

private:
    CrmConnection *m_connection;
    Settings *m_settings;
};

} // namespace commdesk
