#include "Session.h"

#include "ApiLog.h"

namespace commdesk {

Session::Session(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_renewalTimer.setSingleShot(true);
    connect(&m_renewalTimer, &ClockTimer::timeout, this, &Session::renew);
}

void Session::setClock(Clock *clock)
{
    m_clock = clock;
    m_renewalTimer.setClock(clock);
    scheduleRenewal(); // the time left is measured on the new clock
}

void Session::setToken(const QString &token, const QDateTime &expiresAt)
{
    m_token = token;
    m_expiresAt = expiresAt;
    scheduleRenewal();
    Q_EMIT tokenChanged();
}

void Session::forgetSecret()
{
    m_credentials.password.clear();
    m_credentials.apiKey.clear();
    scheduleRenewal();
}

std::chrono::milliseconds Session::renewalMargin() const
{
    if (m_renewalMargin)
        return *m_renewalMargin;
    return std::min<std::chrono::milliseconds>(m_tokenLifetime / 4, std::chrono::minutes(5));
}

void Session::scheduleRenewal()
{
    m_renewalTimer.stop();
    if (m_token.isEmpty() || !m_expiresAt.isValid() || !hasSecret())
        return;
    const qint64 untilExpiry = clock()->now().msecsTo(m_expiresAt);
    m_renewalTimer.start(std::chrono::milliseconds(std::max<qint64>(0, untilExpiry - renewalMargin().count())));
}

void Session::renew()
{
    if (!hasSecret() || m_loginInFlight)
        return;
    qCInfo(lcApi) << "renewing the token before it expires";
    m_client->diagnosticLog()->addEvent(QStringLiteral("renewing the token before it expires"));
    login(this, [this](const Result<Done> &result) {
        if (result.ok())
            Q_EMIT renewed();
        // A failed renewal is not the user's concern yet: the next call logs in or asks.
    });
}

void Session::waitForSignIn(QObject *owner, TokenWaiter next)
{
    m_signInWaiters.push_back({owner, owner != nullptr, std::move(next)});
    if (m_signInWaiters.size() == 1) {
        m_client->diagnosticLog()->addEvent(QStringLiteral("the session ran out; asking to sign in again"));
        Q_EMIT signInRequired();
    }
}

void Session::abandonWaitingCalls(const ApiError &error)
{
    auto waiters = std::exchange(m_signInWaiters, {});
    for (auto &[owner, hasOwner, next] : waiters) {
        if (!hasOwner || owner)
            next(error);
    }
}

void Session::login(QObject *owner, DoneHandler done)
{
    m_loginWaiters.push_back({owner, owner != nullptr, std::move(done)});
    if (m_loginInFlight)
        return; // one login serves every call that waits for it
    m_loginInFlight = true;

    if (m_tokenSource) {
        m_tokenSource(std::exchange(m_refusedToken, {}), [this](const Result<Grant> &grant) {
            m_loginInFlight = false;
            if (!grant.ok())
                return settleLogin(grant.error());
            setToken(grant.value().token, grant.value().expiresAt);
            settleLogin(std::nullopt);
        });
        return;
    }

    QJsonObject body;
    auto handler = [this](const Result<QJsonValue> &result) { finishLogin(result); };
    if (!m_credentials.unit.isEmpty())
        body.insert(QLatin1StringView("unit"), m_credentials.unit);
    if (m_credentials.usesApiKey()) {
        // The API key travels as the HTTP Basic user name (docs/api-contract.md "Authentication").
        m_client->post(this, QStringLiteral("authentication/web_api_key/token"), body, handler, m_credentials.apiKey);
        return;
    }
    body.insert(QLatin1StringView("username"), m_credentials.username);
    body.insert(QLatin1StringView("password"), m_credentials.password);
    body.insert(QLatin1StringView("organisation"), m_credentials.organisation);
    m_client->post(this, QStringLiteral("authentication/token"), body, handler);
}

void Session::finishLogin(const Result<QJsonValue> &result)
{
    m_loginInFlight = false;
    std::optional<ApiError> error;
    if (!result.ok()) {
        error = result.error();
    } else {
        const QString token = result.value().toObject().value(QLatin1StringView("token")).toString();
        if (token.isEmpty())
            error = ApiError::protocol(QStringLiteral("data.token: missing from the login answer"));
        else
            setToken(token, clock()->now().addMSecs(m_tokenLifetime.count()));
        if (!error && std::exchange(m_forgetSecretOnLogin, false))
            forgetSecret();
    }
    settleLogin(error);
}

void Session::settleLogin(const std::optional<ApiError> &error)
{
    auto waiters = std::exchange(m_loginWaiters, {});
    for (auto &[owner, hasOwner, done] : waiters) {
        if (hasOwner && !owner)
            continue;
        if (error)
            done(*error);
        else
            done(Done {});
    }
    if (!error && !m_signInWaiters.empty()) {
        // Signed in again: what waited for it goes out now, in the order it came.
        auto held = std::exchange(m_signInWaiters, {});
        for (auto &[owner, hasOwner, next] : held) {
            if (!hasOwner || owner)
                next(std::nullopt);
        }
    }
}

void Session::release(QObject *owner, DoneHandler done)
{
    m_renewalTimer.stop();
    if (m_token.isEmpty()) {
        done(Done {});
        return;
    }
    QJsonObject body {{QStringLiteral("token"), m_token}};
    // Forget the token at once: even if the server cannot be told, this client is signed out.
    setToken({});
    Q_EMIT signedOut();
    m_client->post(owner, QStringLiteral("authentication/token/release"), body,
                   [done = std::move(done)](const Result<QJsonValue> &result) {
                       if (result.ok())
                           done(Done {});
                       else
                           done(result.error());
                   });
}

void Session::withToken(QObject *owner, std::function<void(const std::optional<ApiError> &)> next)
{
    const bool expired = m_expiresAt.isValid() && clock()->now() >= m_expiresAt;
    if (!m_token.isEmpty() && !expired) {
        next(std::nullopt);
        return;
    }
    if (m_interactive && !hasSecret() && !m_loginInFlight) {
        waitForSignIn(owner, std::move(next));
        return;
    }
    login(owner,
          [this, guard = QPointer<QObject>(owner), hasOwner = owner != nullptr,
           next = std::move(next)](const Result<Done> &result) mutable {
              if (m_interactive && !result.ok() && result.error().kind() == ApiError::Kind::Api
                  && (!hasOwner || guard)) {
                  // The secret at hand was refused (changed password, revoked key): ask the user.
                  forgetSecret();
                  waitForSignIn(guard, std::move(next));
                  return;
              }
              next(result.ok() ? std::nullopt : std::optional<ApiError>(result.error()));
          });
}

void Session::grantToken(QObject *owner, const QString &refused, GrantHandler done)
{
    if (!refused.isEmpty() && refused == m_token)
        m_token.clear(); // the borrower was refused it: log in again (or ask), as a refusal here would
    withToken(owner, [this, done = std::move(done)](const std::optional<ApiError> &error) {
        if (error)
            done(*error);
        else
            done(Grant {m_token, m_expiresAt});
    });
}

void Session::call(QObject *owner, Sender send, Handler handler, bool mayRelogin)
{
    const QPointer<QObject> guard(owner);
    const bool hasOwner = owner != nullptr;
    withToken(owner, [=, this](const std::optional<ApiError> &loginError) {
        if (hasOwner && !guard)
            return; // the owner died while the login was under way
        if (loginError) {
            handler(*loginError);
            return;
        }
        send([this, owner, send, handler, mayRelogin](const Result<QJsonValue> &result) {
            if (!result.ok() && result.error().isInvalidToken() && mayRelogin) {
                // The token was refused: log in again once, then replay the call (docs/api-contract.md "Envelope").
                qCInfo(lcApi) << "token refused; signing in again once";
                m_refusedToken = std::exchange(m_token, {});
                call(owner, send, handler, false);
                return;
            }
            handler(result);
        });
    });
}

void Session::get(QObject *owner, const QString &method, Query query, Handler handler, ApiClient::BodyDecoder decoder,
                  ApiClient::DecodeOn decodeOn)
{
    call(
        owner,
        [this, owner, method, query, decoder, decodeOn](const Handler &h) {
            Query withToken;
            withToken.add(QStringLiteral("token"), m_token);
            for (const auto &[name, value] : query.items())
                withToken.addEncoded(name, value);
            m_client->get(owner, method, withToken, h, decoder, decodeOn);
        },
        std::move(handler), true);
}

void Session::post(QObject *owner, const QString &method, QJsonObject body, Handler handler)
{
    call(
        owner,
        [this, owner, method, body](const Handler &h) {
            QJsonObject withToken = body;
            withToken.insert(QLatin1StringView("token"), m_token);
            m_client->post(owner, method, withToken, h);
        },
        std::move(handler), true);
}

} // namespace commdesk
