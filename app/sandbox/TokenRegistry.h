#pragma once

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

namespace commdesk {

class Clock;

// Who a token was issued to (docs/api-contract.md "Authentication").
struct TokenOwner
{
    QString userId;
    QString username;
    QString unit;
};

// The tokens the sandbox has issued: random, secret, living a fixed time from issue (docs/api-contract.md
// "Authentication").
class TokenRegistry
{
public:
    // Lifetimes run on `clock` (null: the system's), so that tests let tokens expire by moving a FakeClock.
    explicit TokenRegistry(std::chrono::milliseconds lifetime, Clock *clock = nullptr);

    QString issue(const TokenOwner &owner);
    // The owner of a live token; nullopt for an unknown or expired one.
    std::optional<TokenOwner> check(const QString &token);
    // False when the token was not live.
    bool release(const QString &token);
    std::chrono::milliseconds lifetime() const { return m_lifetime; }

private:
    struct Entry
    {
        TokenOwner owner;
        QDateTime expires;
    };
    bool hasExpired(const Entry &entry) const;
    void forgetExpired();

    std::chrono::milliseconds m_lifetime;
    QPointer<Clock> m_clock;
    QHash<QString, Entry> m_tokens;
};

} // namespace commdesk
