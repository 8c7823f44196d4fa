#include "QueueSummary.h"

#include "DisplayText.h"

namespace commdesk {

namespace {

QueueSourceFigures figuresOf(const QString &key, const QString &label, const QList<const QueueEntry *> &entries,
                             const QDateTime &now, const QueueSummary::Options &options)
{
    QueueSourceFigures figures;
    figures.key = key;
    figures.label = label;
    const QDateTime windowStart = now.addSecs(-options.windowSeconds);
    for (QueueState state : allValues<QueueState>()) {
        QList<QueueEntry> ofState;
        for (const QueueEntry *entry : entries) {
            if (entry->lifeCycleState == state)
                ofState.append(*entry);
        }
        figures.tally.add(state, ofState);
    }
    for (const QueueEntry *entry : entries) {
        if (!entry->lifeCycleState || *entry->lifeCycleState == QueueState::Pending || !entry->logInformation
            || !entry->logInformation->updatedDate || !entry->logInformation->updatedDate->isValid())
            continue;
        const QDateTime updated = entry->logInformation->updatedDate->toUtc();
        if (!figures.lastProgress || updated > *figures.lastProgress)
            figures.lastProgress = updated;
        if (updated < windowStart || updated > now.addSecs(60))
            continue;
        if (*entry->lifeCycleState == QueueState::Rejected)
            ++figures.rejectedInWindow;
        else
            ++figures.completedInWindow;
    }
    const double minutes = double(options.windowSeconds) / 60.0;
    figures.completedPerMinute = double(figures.completedInWindow) / minutes;
    figures.rejectedPerMinute = double(figures.rejectedInWindow) / minutes;
    const qsizetype finished = figures.completedInWindow + figures.rejectedInWindow;
    figures.windowRejectRatio = finished == 0 ? 0.0 : double(figures.rejectedInWindow) / double(finished);
    figures.oldestPendingSeconds = figures.tally.oldestPendingAge(now);
    const bool waitingLong = figures.oldestPendingSeconds && *figures.oldestPendingSeconds >= options.stuckAfterSeconds;
    const bool noRecentProgress =
        !figures.lastProgress || figures.lastProgress->secsTo(now) >= options.stuckAfterSeconds;
    figures.stuck = figures.count(QueueState::Pending) > 0 && waitingLong && noRecentProgress;
    return figures;
}

} // namespace

QString QueueSummary::mediaKey(Media media)
{
    return QStringLiteral("media:") + wireName(media);
}

QString QueueSummary::systemKey(const QString &id)
{
    return QStringLiteral("system:") + id;
}

QList<QueueSourceFigures> QueueSummary::compute(const QList<QueueEntry> &entries, const QList<ExternalSystem> &systems,
                                                const QDateTime &now, const Options &options)
{
    QList<QueueSourceFigures> result;
    for (Media media : allValues<Media>()) {
        QList<const QueueEntry *> of;
        for (const QueueEntry &entry : entries) {
            if (entry.media == media)
                of.append(&entry);
        }
        result.append(figuresOf(mediaKey(media), DisplayText::media(media), of, now, options));
    }
    for (const ExternalSystem &system : systems) {
        QList<const QueueEntry *> of;
        for (const QueueEntry &entry : entries) {
            if (entry.externalSystem && entry.externalSystem->id == system.id)
                of.append(&entry);
        }
        result.append(figuresOf(systemKey(system.id), system.name, of, now, options));
    }
    return result;
}

QueueSourceFigures QueueSummary::total(const QList<QueueEntry> &entries, const QDateTime &now, const Options &options)
{
    QList<const QueueEntry *> all;
    all.reserve(entries.size());
    for (const QueueEntry &entry : entries)
        all.append(&entry);
    return figuresOf(QStringLiteral("total"), QCoreApplication::translate("QueueSummary", "All"), all, now, options);
}

} // namespace commdesk
