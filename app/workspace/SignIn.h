#pragma once

#include "ApiError.h"
#include "Result.h"
#include "SecretStore.h"
#include "ServerProfile.h"
#include "Session.h"

#include <QObject>

#include <memory>
#include <optional>

namespace commdesk {

class CrmConnection;
class ProfileStore;
class Settings;
class TlsPolicy;

// Signing in, without widgets: the server and its TLS settings, the credentials, the login call, the saved
// profiles and their secrets in the keychain, and the two checks made when the server does not answer (the
// server may speak plain HTTP; a local copy of the account may be there to work offline). The sign-in dialog
// shows and asks; this does.
class SignIn : public QObject
{
    Q_OBJECT

public:
    // `secrets` is the system keychain unless a test brings another.
    SignIn(CrmConnection *connection, Settings *settings, SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~SignIn() override;

    // The server, as typed; false with the reason when it is not a usable address.
    bool setServer(const QString &url, QString *problem);
    QUrl server() const;
    TlsPolicy &tls();
    Credentials credentials() const;
    void setCredentials(const Credentials &credentials);
    // Logs in with the credentials set; `done` on `owner`'s thread unless it is gone.
    void login(QObject *owner, std::function<void(const Result<Done> &)> done);
    void forgetSecret();
    void forgetSecretOnceSignedIn();

    // Whether `error` may come from a plain-HTTP server asked over https://, and whether that is evident.
    bool mayBePlainHttp(const ApiError &error) const;
    bool isEvidentlyPlainHttp(const ApiError &error) const;
    // Asks the same host and port in plain HTTP; `answered` runs if it answers so.
    void probePlainHttp(QObject *owner, std::function<void()> answered) const;
    // Whether this computer holds a copy of the account's last session, asked off the GUI thread.
    void findOfflineCopy(QObject *context, std::function<void(bool found)> done) const;

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> profile(const QString &name) const;
    void saveProfile(const ServerProfile &profile);
    QString lastUsedProfile() const;
    void setLastUsedProfile(const QString &name);

    void readSecret(QObject *owner, const QString &key, SecretStore::Done done);
    void writeSecret(QObject *owner, const QString &key, const QString &secret, SecretStore::Done done);
    void removeSecret(const QString &key);

private:
    CrmConnection *m_connection;
    SecretStore *m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
};

} // namespace commdesk
