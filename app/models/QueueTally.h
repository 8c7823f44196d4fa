#pragma once

#include "QueueEntry.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <array>

namespace commdesk {

// The counts of one part of the queue: entries per state, the oldest PENDING one, the reject
// ratio. Entries are kept by id, so that tallies of overlapping sources (a media and an external
// system that share entries) merge without counting an entry twice.
class QueueTally
{
public:
    // Adds entries that a list filtered by `state` returned. An entry that states another life cycle
    // state (a server that ignored the filter) is not counted. Returns how many were counted.
    qsizetype add(QueueState state, const QList<QueueEntry> &entries);
    void merge(const QueueTally &other);

    qsizetype count(QueueState state) const;
    qsizetype finished() const; // COMPLETED + REJECTED + COMPLETED_AND_REMOVED
    // REJECTED among the entries that left PENDING; 0 when none has. With `since`, among those that
    // left it since then (by their last update), so that a ratio over the last hour is not drowned
    // by years of history.
    double rejectRatio(const std::optional<QDateTime> &since = std::nullopt) const;
    std::optional<QDateTime> oldestPendingCreated() const;
    // Seconds since the oldest PENDING entry was created (never negative); nullopt when there is none.
    std::optional<qint64> oldestPendingAge(const QDateTime &now) const;

    // {"pending": 12, "completed": ..., "rejected": ..., "completed_and_removed": ...,
    //  "oldest_pending_created_date": "...Z" | null, "oldest_pending_seconds": 45 | null, "reject_ratio": 0.02}
    QJsonObject toJson(const QDateTime &now) const;

    // The key an entry is counted under: its id, else its number; empty when it has neither.
    static QString keyOf(const QueueEntry &entry);

private:
    std::array<QSet<QString>, 4> m_keys; // per QueueState
    QHash<QString, QDateTime> m_pendingCreated; // key -> created_date (UTC) of PENDING entries
    QHash<QString, QDateTime> m_finishedAt; // key -> updated_date (UTC) of the other entries
};

} // namespace commdesk
