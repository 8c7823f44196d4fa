#include "TokenRegistry.h"

#include "Clock.h"

#include <QRandomGenerator>

#include <array>

namespace commdesk {

TokenRegistry::TokenRegistry(std::chrono::milliseconds lifetime, Clock *clock)
    : m_lifetime(lifetime)
    , m_clock(clock)
{ }

bool TokenRegistry::hasExpired(const Entry &entry) const
{
    return Clock::orSystem(m_clock)->now() >= entry.expires;
}

QString TokenRegistry::issue(const TokenOwner &owner)
{
    forgetExpired();
    // A secret: from the system's secure generator, never from the demo data's seed.
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    const QString token = QString::fromLatin1(bytes.toHex());
    m_tokens.insert(token, Entry {owner, Clock::orSystem(m_clock)->now().addMSecs(m_lifetime.count())});
    return token;
}

std::optional<TokenOwner> TokenRegistry::check(const QString &token)
{
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty() || it == m_tokens.constEnd())
        return std::nullopt;
    if (hasExpired(*it)) {
        m_tokens.erase(it);
        return std::nullopt;
    }
    return it->owner;
}

bool TokenRegistry::release(const QString &token)
{
    const bool live = check(token).has_value();
    m_tokens.remove(token);
    return live;
}

void TokenRegistry::forgetExpired()
{
    m_tokens.removeIf([this](QHash<QString, Entry>::iterator it) { return hasExpired(*it); });
}

} // namespace commdesk
