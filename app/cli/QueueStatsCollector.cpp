#include "QueueStatsCollector.h"

#include <QTimer>

namespace commdesk {

QueueStatsCollector::QueueStatsCollector(QueueApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

QStringList QueueStatsCollector::countFields()
{
    return {QStringLiteral("life_cycle_state"), QStringLiteral("log_information")};
}

void QueueStatsCollector::collect(const QList<QueueSource> &sources, Done done)
{
    m_done = std::move(done);
    m_finished = false;
    m_report = {};
    m_jobs.clear();
    m_nextJob = 0;
    m_running = 0;
    for (const QueueSource &source : sources) {
        m_report.rows.append({source, {}});
        for (QueueState state : allValues<QueueState>())
            m_jobs.append(Job {m_report.rows.size() - 1, state, 0, 0, {}});
    }
    // Report asynchronously even when there is nothing to ask, like every other outcome.
    QTimer::singleShot(0, this, &QueueStatsCollector::startJobs);
}

void QueueStatsCollector::startJobs()
{
    if (m_finished)
        return;
    while (m_running < kParallelLists && m_nextJob < m_jobs.size()) {
        ++m_running;
        fetch(m_nextJob++);
    }
    if (m_running == 0) {
        // Whole seconds, like the dates the server writes.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_report.measuredAt = now.addMSecs(-now.time().msec());
        finish(m_report);
    }
}

void QueueStatsCollector::fetch(qsizetype job)
{
    const Job &current = m_jobs.at(job);
    QueueApi::ListFilter filter;
    filter.source = m_report.rows.at(current.row).source.source;
    filter.state = current.state;
    filter.paging = {m_pageSize, current.offset};
    filter.fieldsSet = countFields();
    m_api->list(this, filter, [this, job](const Result<QList<QueueEntry>> &page) { onPage(job, page); });
}

void QueueStatsCollector::onPage(qsizetype jobIndex, const Result<QList<QueueEntry>> &page)
{
    if (m_finished)
        return;
    if (!page.ok())
        return finish(page.error());
    Job &job = m_jobs[jobIndex];
    ++job.pages;
    QList<QueueEntry> fresh;
    for (const QueueEntry &entry : page.value()) {
        const QString key = QueueTally::keyOf(entry);
        if (key.isEmpty() || !job.seen.contains(key)) {
            job.seen.insert(key);
            fresh.append(entry);
        }
    }
    m_report.rows[job.row].tally.add(job.state, fresh);

    const qsizetype received = page.value().size();
    // A short page is the last (R13+); a longer one was everything (a server that ignores paging);
    // a full page with nothing new means the offset was ignored.
    const bool last = received < m_pageSize || received > m_pageSize || fresh.isEmpty();
    if (!last && job.pages >= kMaxPages)
        return finish(ApiError::protocol(
            QStringLiteral("communications/queue/list kept sending pages after %1 of them").arg(kMaxPages)));
    if (!last) {
        job.offset += m_pageSize;
        fetch(jobIndex);
        return;
    }
    --m_running;
    startJobs();
}

void QueueStatsCollector::finish(const Result<QueueStatsReport> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_done)
        m_done(result);
}

} // namespace commdesk
