#pragma once

#include "ApiClient.h"
#include "Clock.h"

#include <QDateTime>

#include <memory>
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

// A signed-in conversation with the server (docs/api-contract.md "Authentication"): logs in, adds the token to every
// call, knows when the token expires, and on INVALID_TOKEN logs in again once and replays the call.
class Session : public QObject
{
    Q_OBJECT

public:
    using Handler = ApiClient::Handler;
    using DoneHandler = std::function<void(const Result<Done> &)>;

    explicit Session(ApiClient *client, QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    // Where expiry is read and renewal waits (null: the system's clock); tests pass a FakeClock.
    void setClock(Clock *clock);
    Clock *clock() const { return Clock::orSystem(m_clock); }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }
    // A password or API key is at hand to renew the token without asking the user.
    bool hasSecret() const { return !m_credentials.password.isEmpty() || !m_credentials.apiKey.isEmpty(); }
    // Drops the password or API key from memory (the user chose not to remember it): when the
    // token runs out, signInRequired() asks the user instead of renewing it.
    void forgetSecret();
    // The secret is kept only until the next successful login (working offline without remembering
    // it: the app signs in by itself once the server answers, then forgets it as usual).
    void forgetSecretOnceSignedIn() { m_forgetSecretOnLogin = true; }

    void login(QObject *owner, DoneHandler done);
    // Releases the token on the server (authentication/token/release) and forgets it either way.
    void release(QObject *owner, DoneHandler done);

    bool hasToken() const { return !m_token.isEmpty(); }
    // The token is a secret: never log it.
    QString token() const { return m_token; }
    void setToken(const QString &token, const QDateTime &expiresAt = {});
    QDateTime expiresAt() const { return m_expiresAt; }
    // Two hours from issue on R12+ servers (docs/api-contract.md "Authentication").
    void setTokenLifetime(std::chrono::milliseconds lifetime) { m_tokenLifetime = lifetime; }
    std::chrono::milliseconds tokenLifetime() const { return m_tokenLifetime; }
    // How long before expiry the token is renewed in the background when a secret is at hand;
    // by default a quarter of the lifetime, at most five minutes.
    void setRenewalMargin(std::chrono::milliseconds margin) { m_renewalMargin = margin; }
    std::chrono::milliseconds renewalMargin() const;

    // With someone to ask (the desktop app), a token that ran out or was refused with no usable
    // secret holds the calls back and emits signInRequired(); without (the CLI, the default), the
    // error goes to the caller.
    void setInteractiveSignIn(bool interactive) { m_interactive = interactive; }
    bool isInteractiveSignIn() const { return m_interactive; }
    // Calls held back until the user signs in again (after signInRequired()).
    int waitingForSignIn() const { return int(m_signInWaiters.size()); }
    // The user gave up signing in again: the held calls fail with this error.
    void abandonWaitingCalls(const ApiError &error);

    // Calls that need the token. Without a token (or past its expiry) the session logs in first;
    // when the token is refused it logs in again once and replays; a second refusal is handed to
    // the handler. To cancel a call, delete its owner.
    void get(QObject *owner, const QString &method, Query query, Handler handler, ApiClient::BodyDecoder decoder = {},
             ApiClient::DecodeOn decodeOn = ApiClient::DecodeOn::BySize);

    // A GET whose answer `read` turns into a T inside the call's decoder, so that a large answer
    // (or any, with DecodeOn::Worker) is read on a worker thread and `done` gets the value only.
    template<class T>
    void getDecoded(QObject *owner, const QString &method, Query query,
                    std::function<Result<T>(const QByteArray &body, int httpStatus)> read,
                    std::function<void(const Result<T> &)> done,
                    ApiClient::DecodeOn decodeOn = ApiClient::DecodeOn::BySize)
    {
        auto value = std::make_shared<std::optional<T>>();
        ApiClient::BodyDecoder decoder = [value, read = std::move(read)](const QByteArray &body,
                                                                         int httpStatus) -> Result<QJsonValue> {
            Result<T> decoded = read(body, httpStatus);
            if (!decoded.ok())
                return decoded.error();
            *value = std::move(decoded.value());
            return QJsonValue();
        };
        get(
            owner, method, std::move(query),
            [value, done = std::move(done)](const Result<QJsonValue> &result) {
                if (!result.ok())
                    return done(result.error());
                done(std::move(**value));
            },
            std::move(decoder), decodeOn);
    }
    void post(QObject *owner, const QString &method, QJsonObject body, Handler handler);

    // A token as one session hands it to another.
    struct Grant
    {
        QString token;
        QDateTime expiresAt; // invalid: unknown
    };
    using GrantHandler = std::function<void(const Result<Grant> &)>;
    // Where a session that never logs in itself gets its token: a second session on another thread
    // (the queue poller's) asks the signed-in one. `refused` is the token the server just refused
    // (empty when there was none or it ran out); `give` hands the answer back on this session's thread.
    using TokenSource = std::function<void(const QString &refused, GrantHandler give)>;
    // With a source, login() asks it instead of the server, and nothing is renewed here.
    void setTokenSource(TokenSource source) { m_tokenSource = std::move(source); }
    // The current token for a session that borrows it (setTokenSource), after logging in (or asking
    // the user) when there is none, it ran out, or it is `refused`.
    void grantToken(QObject *owner, const QString &refused, GrantHandler done);

Q_SIGNALS:
    void tokenChanged();
    void signedOut();
    // The token ran out or was refused and no secret is at hand (or it was refused): the calls
    // that need a token wait until login() succeeds again. Emitted once per wait.
    void signInRequired();
    // The token was renewed in the background before it expired.
    void renewed();

private:
    using Sender = std::function<void(const Handler &)>;
    void call(QObject *owner, Sender send, Handler handler, bool mayRelogin);
    void withToken(QObject *owner, std::function<void(const std::optional<ApiError> &)> next);
    void finishLogin(const Result<QJsonValue> &result);
    void settleLogin(const std::optional<ApiError> &error);
    using TokenWaiter = std::function<void(const std::optional<ApiError> &)>;
    void waitForSignIn(QObject *owner, TokenWaiter next);
    void scheduleRenewal();
    void renew();

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
    std::chrono::milliseconds m_tokenLifetime {std::chrono::hours(2)};
    std::optional<std::chrono::milliseconds> m_renewalMargin;
    QPointer<Clock> m_clock;
    ClockTimer m_renewalTimer {nullptr};
    bool m_interactive = false;
    bool m_forgetSecretOnLogin = false;
    TokenSource m_tokenSource;
    QString m_refusedToken; // the last token the server refused, for the source to drop
    struct SignInWaiter
    {
        QPointer<QObject> owner;
        bool hasOwner;
        TokenWaiter next;
    };
    std::vector<SignInWaiter> m_signInWaiters;
};

} // namespace commdesk
