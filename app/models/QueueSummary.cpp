#include "QueueSummary.h"

#include "DisplayText.h"

namespace commdesk {

QueueFact QueueFact::of(const QueueEntry &entry)
{
    QueueFact fact;
    fact.state = knownValue(entry.lifeCycleState);
    fact.media = knownValue(entry.media);
    if (entry.externalSystem) {
        fact.systemId = entry.externalSystem->id;
        fact.systemName = entry.externalSystem->name;
    }
    fact.errorCode = entry.errorCode;
    fact.errorDescription = entry.errorDescription;
    if (entry.logInformation) {
        const LogInformation &log = *entry.logInformation;
        if (log.createdDate && log.createdDate->isValid())
            fact.created = log.createdDate->toUtc();
        if (log.updatedDate && log.updatedDate->isValid())
            fact.updated = log.updatedDate->toUtc();
    }
    return fact;
}

QString QueueSummary::mediaKey(Media media)
{
    return QStringLiteral("media:") + wireName(media);
}

QString QueueSummary::systemKey(const QString &id)
{
    return QStringLiteral("system:") + id;
}

QString QueueSummary::totalKey()
{
    return QStringLiteral("total");
}

QueueSummary::Builder::Builder(const QList<ExternalSystem> &systems, const QDateTime &now, const Options &options)
    : m_now(now)
    , m_windowStart(now.addSecs(-options.windowSeconds))
    , m_options(options)
{
    for (Media media : allValues<Media>()) {
        QueueSourceFigures figures;
        figures.key = mediaKey(media);
        figures.label = DisplayText::media(media);
        m_mediaRow.insert(int(media), m_sources.size());
        m_sources.append(figures);
    }
    for (const ExternalSystem &system : systems) {
        QueueSourceFigures figures;
        figures.key = systemKey(system.id);
        figures.label = system.name;
        m_systemRow.insert(system.id, m_sources.size());
        m_sources.append(figures);
    }
    QueueSourceFigures total;
    total.key = totalKey();
    total.label = QCoreApplication::translate("QueueSummary", "All");
    m_sources.append(total);
}

void QueueSummary::Builder::add(const QueueFact &fact)
{
    if (!fact.state)
        return;
    if (fact.media)
        addTo(m_sources[m_mediaRow.value(int(*fact.media))], fact);
    if (!fact.systemId.isEmpty()) {
        const auto row = m_systemRow.constFind(fact.systemId);
        if (row != m_systemRow.cend())
            addTo(m_sources[*row], fact);
    }
    addTo(m_sources.last(), fact);
}

void QueueSummary::Builder::addTo(QueueSourceFigures &figures, const QueueFact &fact) const
{
    ++figures.counts[std::size_t(*fact.state)];
    if (*fact.state == QueueState::Pending) {
        if (fact.created.isValid() && (!figures.oldestPendingCreated || fact.created < *figures.oldestPendingCreated))
            figures.oldestPendingCreated = fact.created;
        return;
    }
    if (!fact.updated.isValid())
        return;
    if (!figures.lastProgress || fact.updated > *figures.lastProgress)
        figures.lastProgress = fact.updated;
    if (fact.updated < m_windowStart || fact.updated > m_now.addSecs(60))
        return;
    if (*fact.state == QueueState::Rejected)
        ++figures.rejectedInWindow;
    else
        ++figures.completedInWindow;
}

QueueSourceFigures QueueSummary::Builder::finished(QueueSourceFigures figures) const
{
    const double minutes = double(m_options.windowSeconds) / 60.0;
    figures.completedPerMinute = double(figures.completedInWindow) / minutes;
    figures.rejectedPerMinute = double(figures.rejectedInWindow) / minutes;
    const qsizetype done = figures.completedInWindow + figures.rejectedInWindow;
    figures.windowRejectRatio = done == 0 ? 0.0 : double(figures.rejectedInWindow) / double(done);
    if (figures.oldestPendingCreated)
        figures.oldestPendingSeconds = std::max<qint64>(0, figures.oldestPendingCreated->secsTo(m_now));
    const bool waitingLong =
        figures.oldestPendingSeconds && *figures.oldestPendingSeconds >= m_options.stuckAfterSeconds;
    const bool noRecentProgress =
        !figures.lastProgress || figures.lastProgress->secsTo(m_now) >= m_options.stuckAfterSeconds;
    figures.stuck = figures.count(QueueState::Pending) > 0 && waitingLong && noRecentProgress;
    return figures;
}

QList<QueueSourceFigures> QueueSummary::Builder::figures() const
{
    QList<QueueSourceFigures> result;
    result.reserve(m_sources.size());
    for (const QueueSourceFigures &figures : m_sources)
        result.append(finished(figures));
    return result;
}

QList<QueueSourceFigures> QueueSummary::compute(const QList<QueueEntry> &entries, const QList<ExternalSystem> &systems,
                                                const QDateTime &now, const Options &options)
{
    Builder builder(systems, now, options);
    for (const QueueEntry &entry : entries)
        builder.add(QueueFact::of(entry));
    QList<QueueSourceFigures> figures = builder.figures();
    figures.removeLast();
    return figures;
}

QueueSourceFigures QueueSummary::total(const QList<QueueEntry> &entries, const QDateTime &now, const Options &options)
{
    Builder builder({}, now, options);
    for (const QueueEntry &entry : entries)
        builder.add(QueueFact::of(entry));
    return builder.figures().last();
}

} // namespace commdesk
