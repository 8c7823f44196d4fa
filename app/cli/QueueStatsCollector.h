#pragma once

#include "QueueStatsReport.h"

#include <QObject>

namespace commdesk {

// Counts the queue per source and state by paging through `communications/queue/list` with a
// life_cycle_state filter (docs/api-contract.md "Transport", docs/api-contract.md "The communication queue"). Copes
// with servers before R13 that ignore paging: a page longer than asked for was everything, and a page that brings
// nothing new ends the paging.
class QueueStatsCollector : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<QueueStatsReport> &)>;

    static constexpr int kDefaultPageSize = 500;
    static constexpr int kParallelLists = 4; // lists in flight at once
    static constexpr int kMaxPages = 10000; // per source and state: a server that never stops is an error

    explicit QueueStatsCollector(QueueApi *api, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    int pageSize() const { return m_pageSize; }

    // Calls done once, with the report or with the first error.
    void collect(const QList<QueueSource> &sources, Done done);

    // The members a count needs (docs/api-contract.md "The communication queue"); fewer bytes than whole entries.
    static QStringList countFields();

private:
    struct Job
    {
        qsizetype row = 0;
        QueueState state = QueueState::Pending;
        int offset = 0;
        int pages = 0;
        QSet<QString> seen;
    };

    void startJobs();
    void fetch(qsizetype job);
    void onPage(qsizetype job, const Result<QList<QueueEntry>> &page);
    void finish(const Result<QueueStatsReport> &result);

    QueueApi *m_api;
    int m_pageSize = kDefaultPageSize;
    QList<Job> m_jobs;
    qsizetype m_nextJob = 0;
    int m_running = 0;
    bool m_finished = true;
    QueueStatsReport m_report;
    Done m_done;
};

} // namespace commdesk
