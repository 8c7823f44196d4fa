#include "QueuePoller.h"

#include "Clock.h"

namespace commdesk {

QueuePoller::QueuePoller(QueueApi *queue, ConfigurationApi *configuration, QObject *parent, Clock *clock)
    : QObject(parent)
    , m_queue(queue)
    , m_configuration(configuration)
    , m_clock(Clock::orSystem(clock))
    , m_timer(new ClockTimer(m_clock, this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &QueuePoller::refresh);
}

void QueuePoller::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(1, seconds);
    if (m_timer->isActive())
        m_timer->start(std::chrono::seconds(m_intervalSeconds));
}

void QueuePoller::start()
{
    m_running = true;
    refresh();
}

void QueuePoller::stop()
{
    m_running = false;
    m_timer->stop();
    delete m_poll;
}

void QueuePoller::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer->stop();
    else if (m_running && !isPolling())
        refresh();
    Q_EMIT pausedChanged(paused);
}

void QueuePoller::scheduleNext()
{
    if (m_running && !m_paused)
        m_timer->start(std::chrono::seconds(m_intervalSeconds));
}

void QueuePoller::refresh()
{
    if (isPolling())
        return;
    m_timer->stop();
    m_poll = new QObject(this);
    ++m_generation;
    m_merged.clear();
    m_order.clear();
    Q_EMIT pollStarted();
    if (m_systemsKnown) {
        listSources();
        return;
    }
    m_configuration->externalSystems(m_poll,
                                     [this, generation = m_generation](const Result<QList<ExternalSystem>> &systems) {
                                         if (generation != m_generation || !m_poll)
                                             return;
                                         if (!systems.ok())
                                             return fail(systems.error());
                                         m_systems = systems.value();
                                         m_systemsKnown = true;
                                         listSources();
                                     });
}

void QueuePoller::listSources()
{
    m_jobs.clear();
    for (Media media : allValues<Media>()) {
        Job job;
        job.source.media = media;
        m_jobs.append(job);
    }
    for (const ExternalSystem &system : m_systems) {
        Job job;
        job.source.externalSystem = Identifier::byId(system.id);
        m_jobs.append(job);
    }
    m_nextJob = 0;
    m_inFlight = 0;
    startJobs();
}

void QueuePoller::startJobs()
{
    while (m_inFlight < kParallelLists && m_nextJob < m_jobs.size()) {
        ++m_inFlight;
        fetch(m_nextJob++);
    }
    if (m_inFlight > 0)
        return;
    QList<QueueEntry> entries;
    entries.reserve(m_order.size());
    for (const QString &id : std::as_const(m_order))
        entries.append(m_merged.value(id));
    m_lastSuccess = m_clock->now();
    m_poll->deleteLater();
    m_poll.clear();
    scheduleNext();
    Q_EMIT polled(entries, m_lastSuccess);
}

void QueuePoller::fetch(qsizetype job)
{
    QueueApi::ListFilter filter;
    filter.source = m_jobs.at(job).source;
    filter.paging = {m_pageSize, m_jobs.at(job).offset};
    m_queue->list(m_poll, filter, [this, job, generation = m_generation](const Result<QList<QueueEntry>> &page) {
        if (generation == m_generation && m_poll)
            onPage(job, page);
    });
}

void QueuePoller::onPage(qsizetype jobIndex, const Result<QList<QueueEntry>> &page)
{
    if (!page.ok())
        return fail(page.error());
    Job &job = m_jobs[jobIndex];
    ++job.pages;
    bool fresh = false;
    for (const QueueEntry &entry : page.value()) {
        if (entry.id.isEmpty() || job.seen.contains(entry.id))
            continue; // seen on an earlier page of this source: a server that ignores the offset
        job.seen.insert(entry.id);
        fresh = true;
        if (!m_merged.contains(entry.id))
            m_order.append(entry.id);
        m_merged.insert(entry.id, entry);
    }
    const qsizetype received = page.value().size();
    // A short page is the last (R13+); a longer one was everything (before R13); a full page with
    // nothing new means the offset was ignored.
    const bool last = received != m_pageSize || !fresh;
    if (!last && job.pages >= kMaxPages)
        return fail(ApiError::protocol(
            QStringLiteral("communications/queue/list kept sending pages after %1 of them").arg(kMaxPages)));
    if (!last) {
        job.offset += m_pageSize;
        fetch(jobIndex);
        return;
    }
    --m_inFlight;
    startJobs();
}

void QueuePoller::fail(const ApiError &error)
{
    if (m_poll)
        m_poll->deleteLater();
    m_poll.clear();
    m_systemsKnown = m_systemsKnown && error.kind() != ApiError::Kind::Network;
    scheduleNext();
    Q_EMIT pollFailed(error);
}

} // namespace commdesk
