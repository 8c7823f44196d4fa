#include "QueueTally.h"

#include "ApiDate.h"

#include <QAtomicInteger>

namespace commdesk {

namespace {

std::size_t slot(QueueState state)
{
    return static_cast<std::size_t>(state);
}

// An entry without id and number cannot be recognised again; it still counts, once.
QString anonymousKey()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("#anonymous-") + QString::number(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString QueueTally::keyOf(const QueueEntry &entry)
{
    if (!entry.id.isEmpty())
        return entry.id;
    if (!entry.number.isEmpty())
        return QStringLiteral("number:") + entry.number;
    return {};
}

qsizetype QueueTally::add(QueueState state, const QList<QueueEntry> &entries)
{
    qsizetype counted = 0;
    for (const QueueEntry &entry : entries) {
        if (entry.lifeCycleState && *entry.lifeCycleState != state)
            continue;
        QString key = keyOf(entry);
        if (key.isEmpty())
            key = anonymousKey();
        if (m_keys[slot(state)].contains(key))
            continue;
        m_keys[slot(state)].insert(key);
        ++counted;
        if (state == QueueState::Pending && entry.logInformation && entry.logInformation->createdDate
            && entry.logInformation->createdDate->isValid())
            m_pendingCreated.insert(key, entry.logInformation->createdDate->toUtc());
        if (state != QueueState::Pending && entry.logInformation && entry.logInformation->updatedDate
            && entry.logInformation->updatedDate->isValid())
            m_finishedAt.insert(key, entry.logInformation->updatedDate->toUtc());
    }
    return counted;
}

void QueueTally::merge(const QueueTally &other)
{
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        m_keys[i].unite(other.m_keys[i]);
    for (auto it = other.m_pendingCreated.begin(); it != other.m_pendingCreated.end(); ++it)
        m_pendingCreated.insert(it.key(), it.value());
    for (auto it = other.m_finishedAt.begin(); it != other.m_finishedAt.end(); ++it)
        m_finishedAt.insert(it.key(), it.value());
}

qsizetype QueueTally::count(QueueState state) const
{
    return m_keys[slot(state)].size();
}

qsizetype QueueTally::finished() const
{
    return count(QueueState::Completed) + count(QueueState::Rejected) + count(QueueState::CompletedAndRemoved);
}

double QueueTally::rejectRatio(const std::optional<QDateTime> &since) const
{
    if (!since) {
        const qsizetype total = finished();
        return total == 0 ? 0.0 : double(count(QueueState::Rejected)) / double(total);
    }
    // An entry without an update date cannot be placed in the window: it is left out.
    const auto recent = [&](QueueState state) {
        qsizetype n = 0;
        for (const QString &key : m_keys[slot(state)]) {
            const auto at = m_finishedAt.constFind(key);
            n += at != m_finishedAt.cend() && *at >= *since ? 1 : 0;
        }
        return n;
    };
    const qsizetype rejected = recent(QueueState::Rejected);
    const qsizetype total = rejected + recent(QueueState::Completed) + recent(QueueState::CompletedAndRemoved);
    return total == 0 ? 0.0 : double(rejected) / double(total);
}

std::optional<QDateTime> QueueTally::oldestPendingCreated() const
{
    std::optional<QDateTime> oldest;
    for (const QDateTime &created : m_pendingCreated) {
        if (!oldest || created < *oldest)
            oldest = created;
    }
    return oldest;
}

std::optional<qint64> QueueTally::oldestPendingAge(const QDateTime &now) const
{
    const std::optional<QDateTime> oldest = oldestPendingCreated();
    if (!oldest)
        return std::nullopt;
    return std::max<qint64>(0, oldest->secsTo(now));
}

QJsonObject QueueTally::toJson(const QDateTime &now) const
{
    QJsonObject json;
    for (QueueState state : allValues<QueueState>())
        json.insert(wireName(state).toLower(), count(state));
    const std::optional<QDateTime> oldest = oldestPendingCreated();
    json.insert(QLatin1StringView("oldest_pending_created_date"),
                oldest ? QJsonValue(ApiDate(*oldest).toIsoUtc()) : QJsonValue(QJsonValue::Null));
    const std::optional<qint64> age = oldestPendingAge(now);
    json.insert(QLatin1StringView("oldest_pending_seconds"), age ? QJsonValue(*age) : QJsonValue(QJsonValue::Null));
    json.insert(QLatin1StringView("reject_ratio"), rejectRatio());
    return json;
}

} // namespace commdesk
