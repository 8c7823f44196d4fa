#pragma once

#include "ExternalSystem.h"
#include "QueueEntry.h"

#include <QDateTime>
#include <QHash>

#include <array>

namespace commdesk {

// What the summary and the rejection groups read of a queue entry: a few members instead of the
// whole entry, so that the monitor's copy of a large queue stays small (docs/architecture.md
// "The queue monitor at scale").
struct QueueFact
{
    std::optional<QueueState> state;
    std::optional<Media> media;
    QString systemId;
    QString systemName;
    QString errorCode;
    QString errorDescription;
    QDateTime created; // UTC; invalid when the entry did not say
    QDateTime updated;

    static QueueFact of(const QueueEntry &entry);
    friend bool operator==(const QueueFact &, const QueueFact &) = default;
};

// The figures of one part of the queue (a media, an external system, or everything) at one poll.
struct QueueSourceFigures
{
    QString key; // "media:SMS", "system:<id>", "total"
    QString label;
    std::array<qsizetype, 4> counts {}; // per QueueState
    std::optional<QDateTime> oldestPendingCreated;
    qsizetype completedInWindow = 0; // COMPLETED or COMPLETED_AND_REMOVED, updated within the window
    qsizetype rejectedInWindow = 0;
    double completedPerMinute = 0;
    double rejectedPerMinute = 0;
    double windowRejectRatio = 0; // rejected / (completed + rejected) within the window
    std::optional<qint64> oldestPendingSeconds;
    std::optional<QDateTime> lastProgress; // the latest update of an entry that left PENDING
    bool stuck = false; // entries wait and nothing has moved for a while

    qsizetype count(QueueState state) const { return counts[std::size_t(state)]; }
};

// Turns the entries of the queue into figures per media, per external system and in total.
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

    // Sums entries up one at a time, in one pass however many sources there are.
    class Builder
    {
    public:
        Builder(const QList<ExternalSystem> &systems, const QDateTime &now, const Options &options);
        void add(const QueueFact &fact);
        // Every media, then every external system (in the order given), then "total".
        QList<QueueSourceFigures> figures() const;

    private:
        void addTo(QueueSourceFigures &figures, const QueueFact &fact) const;
        QueueSourceFigures finished(QueueSourceFigures figures) const;

        QDateTime m_now;
        QDateTime m_windowStart;
        Options m_options;
        QList<QueueSourceFigures> m_sources; // media first, then systems, then the total
        QHash<int, qsizetype> m_mediaRow; // Media -> index in m_sources
        QHash<QString, qsizetype> m_systemRow; // system id -> index in m_sources
    };

    static QList<QueueSourceFigures> compute(const QList<QueueEntry> &entries, const QList<ExternalSystem> &systems,
                                             const QDateTime &now, const Options &options);
    // Sums every entry once, as the last row of the summary.
    static QueueSourceFigures total(const QList<QueueEntry> &entries, const QDateTime &now, const Options &options);

    static QString mediaKey(Media media);
    static QString systemKey(const QString &id);
    static QString totalKey();
};

} // namespace commdesk
