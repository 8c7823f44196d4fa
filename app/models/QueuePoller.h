#pragma once

#include "ConfigurationApi.h"
#include "QueueApi.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace commdesk {

class Clock;
class ClockTimer;

// Polls the whole queue. The API lists it per media or per external system, never all at once
// (docs/api-contract.md "The communication queue"), so each poll lists every media and every external system, pages
// through each (number_of_results/offset, coping with servers before R13 as docs/api-contract.md "Transport" says) and
// merges by id. Auto-refresh restarts the interval after each poll ends, so polls never overlap.
class QueuePoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 500;
    static constexpr int kMaxPages = 1000; // per source: a server that never stops is an error
    static constexpr int kParallelLists = 3;

    // The interval and the poll's time run on `clock` (null: the system's).
    QueuePoller(QueueApi *queue, ConfigurationApi *configuration, QObject *parent = nullptr, Clock *clock = nullptr);

    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    void setPageSize(int size) { m_pageSize = std::max(1, size); }

    // Starts auto-refresh with a poll now.
    void start();
    void stop();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Polls now unless a poll is in flight.
    void refresh();
    bool isPolling() const { return !m_poll.isNull(); }

    const QList<ExternalSystem> &externalSystems() const { return m_systems; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

Q_SIGNALS:
    void pollStarted();
    void polled(const QList<commdesk::QueueEntry> &entries, const QDateTime &at);
    void pollFailed(const commdesk::ApiError &error);
    void pausedChanged(bool paused);

private:
    struct Job
    {
        QueueApi::Source source;
        int offset = 0;
        int pages = 0;
        QSet<QString> seen; // ids this source has listed in this poll
    };

    void listSources();
    void startJobs();
    void fetch(qsizetype job);
    void onPage(qsizetype job, const Result<QList<QueueEntry>> &page);
    void fail(const ApiError &error);
    void scheduleNext();

    QueueApi *m_queue;
    ConfigurationApi *m_configuration;
    Clock *m_clock;
    ClockTimer *m_timer;
    int m_intervalSeconds = 15;
    int m_pageSize = kDefaultPageSize;
    bool m_running = false;
    bool m_paused = false;
    QPointer<QObject> m_poll; // owner of the poll's requests; deleting it cancels them
    QList<ExternalSystem> m_systems;
    bool m_systemsKnown = false;
    QList<Job> m_jobs;
    qsizetype m_nextJob = 0;
    int m_inFlight = 0;
    QHash<QString, QueueEntry> m_merged;
    QStringList m_order; // ids, newest first as the lists came
    QDateTime m_lastSuccess;
    quint64 m_generation = 0; // answers of an abandoned poll are ignored
};

} // namespace commdesk
