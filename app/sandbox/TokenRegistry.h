#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace commdesk {

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
    explicit TokenRegistry(std::chrono::milliseconds lifetime);

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
        QDeadlineTimer expires;
    };
    void forgetExpired();

    std::chrono::milliseconds m_lifetime;
    QHash<QString, Entry> m_tokens;
};

} // namespace commdesk
