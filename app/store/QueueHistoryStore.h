#pragma once

#include "LocalDatabase.h"

#include <QDateTime>
#include <QList>

namespace commdesk {

// One poll of the queue, in total: what the charts draw and what survives a restart.
struct QueueHistorySample
{
    QDateTime at; // UTC
    qint64 pending = 0;
    qint64 completed = 0; // entries in COMPLETED at that moment
    qint64 rejected = 0;
    qint64 removed = 0; // COMPLETED_AND_REMOVED
    friend bool operator==(const QueueHistorySample &, const QueueHistorySample &) = default;
};

// The queue history in SQLite (queue-history.sqlite in the data folder): one row per poll, kept
// for `keepDays` (older rows are pruned as new ones arrive).
class QueueHistoryStore
{
public:
    static constexpr int kSchemaVersion = 1;

    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const { return m_db.errorText(); }
    // Set when open() found the file broken and moved it aside (LocalDatabase::Recovery).
    std::optional<LocalDatabase::Recovery> recovery() const { return m_db.recovery(); }
    void setKeepDays(int days) { m_keepDays = days; }

    bool append(const QueueHistorySample &sample);
    // Oldest first, from `since` (inclusive).
    QList<QueueHistorySample> samplesSince(const QDateTime &since) const;

    static QString defaultPath();

private:
    LocalDatabase m_db;
    int m_keepDays = 8;
};

} // namespace commdesk
