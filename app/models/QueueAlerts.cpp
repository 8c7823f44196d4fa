#include "QueueAlerts.h"

#include "Clock.h"
#include "QueueSummaryModel.h"

#include <QLocale>

namespace commdesk {

QueueAlerts::QueueAlerts(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
{ }

void QueueAlerts::setThresholds(const QueueThresholds &thresholds)
{
    m_thresholds = thresholds;
}

void QueueAlerts::evaluate(const QueueMeasure &measure)
{
    const QDateTime now = m_clock->now();
    const std::optional<qint64> age = measure.oldestPendingCreated
        ? std::optional<qint64>(std::max<qint64>(0, measure.oldestPendingCreated->secsTo(now)))
        : std::nullopt;
    update(Kind::PendingBacklog, m_thresholds.maxPending && measure.pending > *m_thresholds.maxPending, measure, now);
    update(Kind::OldestPending,
           m_thresholds.maxOldestPendingSeconds && age && *age > *m_thresholds.maxOldestPendingSeconds, measure, now);
    update(Kind::RejectRatio, m_thresholds.maxRejectRatio && measure.rejectRatio > *m_thresholds.maxRejectRatio,
           measure, now);
    update(Kind::Stuck, m_thresholds.stuckAfterSeconds && !measure.stuckSources.isEmpty(), measure, now);
}

void QueueAlerts::update(Kind kind, bool above, const QueueMeasure &measure, const QDateTime &now)
{
    Episode &episode = m_episodes[index(kind)];
    if (above) {
        episode.belowSince.reset();
        if (!episode.active) {
            episode.active = true;
            Q_EMIT raised(kind, describe(kind, measure, m_thresholds, now));
        }
        return;
    }
    if (!episode.active)
        return;
    if (!episode.belowSince)
        episode.belowSince = now;
    if (episode.belowSince->secsTo(now) >= m_quietSeconds) {
        episode = {};
        Q_EMIT cleared(kind);
    }
}

QString QueueAlerts::describe(Kind kind, const QueueMeasure &measure, const QueueThresholds &thresholds,
                              const QDateTime &now)
{
    switch (kind) {
    case Kind::PendingBacklog:
        return tr("%n entries are pending (limit %1).", nullptr, int(measure.pending))
            .arg(thresholds.maxPending.value_or(0));
    case Kind::OldestPending: {
        const qint64 age = measure.oldestPendingCreated ? measure.oldestPendingCreated->secsTo(now) : 0;
        return tr("The oldest pending entry has waited %1 (limit %2).")
            .arg(QueueSummaryModel::age(age), QueueSummaryModel::age(thresholds.maxOldestPendingSeconds.value_or(0)));
    }
    case Kind::RejectRatio:
        return tr("%1% of recent entries were rejected (limit %2%).")
            .arg(QLocale().toString(measure.rejectRatio * 100.0, 'f', 1),
                 QLocale().toString(thresholds.maxRejectRatio.value_or(0) * 100.0, 'f', 1));
    case Kind::Stuck:
        return tr("Entries wait and nothing has been sent for %1 at: %2.")
            .arg(QueueSummaryModel::age(thresholds.stuckAfterSeconds.value_or(0)),
                 measure.stuckSources.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace commdesk
