#pragma once

#include "ApiClient.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace commdesk {

struct Credentials
{
    QString username;
    QString password;
    QString organisation;
    QString unit; // optional
    QString apiKey; // when set, login uses authentication/web_api_key/token instead

    bool usesApiKey() const { return !apiKey.isEmpty(); }
};

// A signed-in conversation with the server (CRM-API.md §5): logs in, adds the token to every call,
// knows when the token expires, and on INVALID_TOKEN logs in again once and replays the call.
class Session : public QObject
{
    Q_OBJECT

public:
    using Handler = ApiClient::Handler;
    using DoneHandler = std::function<void(const Result<Done> &)>;

    explicit Session(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }

    void login(QObject *owner, DoneHandler done);
    // Releases the token on the server (authentication/token/release) and forgets it either way.
    void release(QObject *owner, DoneHandler done);

    bool hasToken() const { return !m_token.isEmpty(); }
    // The token is a secret: never log it.
    QString token() const { return m_token; }
    void setToken(const QString &token, const QDateTime &expiresAt = {});
    QDateTime expiresAt() const { return m_expiresAt; }
    // Two hours from issue on R12+ servers (§5).
    void setTokenLifetime(std::chrono::seconds lifetime) { m_tokenLifetime = lifetime; }

    // Calls that need the token. Without a token (or past its expiry) the session logs in first;
    // when the token is refused it logs in again once and replays; a second refusal is handed to
    // the handler. To cancel a call, delete its owner.
    void get(QObject *owner, const QString &method, Query query, Handler handler);
    void post(QObject *owner, const QString &method, QJsonObject body, Handler handler);

Q_SIGNALS:
    void tokenChanged();
    void signedOut();

private:
    using Sender = std::function<void(const Handler &)>;
    void call(QObject *owner, Sender send, Handler handler, bool mayRelogin);
    void withToken(QObject *owner, std::function<void(const std::optional<ApiError> &)> next);
    void finishLogin(const Result<QJsonValue> &result);

    struct LoginWaiter
    {
        QPointer<QObject> owner;
        bool hasOwner;
        DoneHandler done;
    };
    std::vector<LoginWaiter> m_loginWaiters;
    bool m_loginInFlight = false;

    ApiClient *m_client;
    Credentials m_credentials;
    QString m_token;
    QDateTime m_expiresAt;
    std::chrono::seconds m_tokenLifetime{2 * 60 * 60};
};

} // namespace commdesk
