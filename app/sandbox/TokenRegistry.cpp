#include "TokenRegistry.h"

#include <QRandomGenerator>

#include <array>

namespace commdesk {

TokenRegistry::TokenRegistry(std::chrono::milliseconds lifetime)
    : m_lifetime(lifetime)
{ }

QString TokenRegistry::issue(const TokenOwner &owner)
{
    forgetExpired();
    // A secret: from the system's secure generator, never from the demo data's seed.
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    const QString token = QString::fromLatin1(bytes.toHex());
    m_tokens.insert(token, Entry {owner, QDeadlineTimer(m_lifetime)});
    return token;
}

std::optional<TokenOwner> TokenRegistry::check(const QString &token)
{
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty() || it == m_tokens.constEnd())
        return std::nullopt;
    if (it->expires.hasExpired()) {
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
    m_tokens.removeIf([](QHash<QString, Entry>::iterator it) { return it->expires.hasExpired(); });
}

} // namespace commdesk
