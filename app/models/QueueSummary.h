#pragma once

#include "ExternalSystem.h"
#include "QueueEntry.h"
#include "QueueTally.h"

#include <QDateTime>

namespace commdesk {

// The figures of one part of the queue (a media, an external system, or everything) at one poll.
struct QueueSourceFigures
{
    QString key; // "media:SMS", "system:<id>", "total"
    QString label;
    QueueTally tally;
    qsizetype completedInWindow = 0; // COMPLETED or COMPLETED_AND_REMOVED, updated within the window
    qsizetype rejectedInWindow = 0;
    double completedPerMinute = 0;
    double rejectedPerMinute = 0;
    double windowRejectRatio = 0; // rejected / (completed + rejected) within the window
    std::optional<qint64> oldestPendingSeconds;
    std::optional<QDateTime> lastProgress; // the latest update of an entry that left PENDING
    bool stuck = false; // entries wait and nothing has moved for a while

    qsizetype count(QueueState state) const { return tally.count(state); }
};

// Turns the merged entries of a poll into figures per media, per external system and in total.
// Rates and the reject ratio look at a window of recent updates (log_information.updated_date),
// so they need no earlier poll and survive a restart.
class QueueSummary
{
public:
    struct Options
    {
        qint64 windowSeconds = 15 * 60;
        qint64 stuckAfterSeconds = 5 * 60; // no progress for this long while the oldest waits as long
    };

    static QList<QueueSourceFigures> compute(const QList<QueueEntry> &entries, const QList<ExternalSystem> &systems,
                                             const QDateTime &now, const Options &options);
    // Sums every entry once (by id), as the last row of the summary.
    static QueueSourceFigures total(const QList<QueueEntry> &entries, const QDateTime &now, const Options &options);

    static QString mediaKey(Media media);
    static QString systemKey(const QString &id);
};

} // namespace commdesk
