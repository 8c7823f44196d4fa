#pragma once

#include "QueueFetcher.h"
#include "QueueMirror.h"
#include "Session.h"
#include "StoreThread.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

namespace commdesk {

class Clock;
class ClockTimer;

// What one poll found.
struct QueueUpdate
{
    QDateTime at;
    bool complete = false; // `changed` is the whole queue: the first poll, or one after resync()
    QList<QueueEntry> changed; // entries new or changed since the previous poll, newest first
    QStringList gone; // ids the server no longer has
    QList<QueueSourceFigures> figures; // every media, every external system, the total last
    QList<RejectionGroupModel::Group> rejectionGroups; // largest first
    int requests = 0; // the calls this poll made
    quint64 bytes = 0; // their answers' bodies
};

// Polls the whole queue incrementally (docs/architecture.md "The queue monitor at scale") without the GUI
// thread's help: a QueueFetcher reads what changed on a network thread of the poller's own, with a connection
// that borrows the session's token (Session::setTokenSource); a QueueMirror on a second thread sums the queue
// up. The poller's own thread gets one answer per poll: what changed, the figures, the rejection groups.
// Auto-refresh restarts the interval after each poll ends, so polls never overlap and a slow server
// stretches the interval.
class QueuePoller : public QObject
{
    Q_OBJECT

public:
    // Calls go to `session`'s server, with its token, as its client is set up when each poll starts. The
    // interval and the poll's time run on `clock` (null: the system's).
    explicit QueuePoller(Session *session, QObject *parent = nullptr, Clock *clock = nullptr);
    ~QueuePoller() override;

    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    void setSummaryOptions(const QueueSummary::Options &options) { m_summaryOptions = options; }

    // Starts auto-refresh with a poll now.
    void start();
    void stop();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Polls now unless a poll is in flight.
    void refresh();
    bool isPolling() const { return m_polling; }
    // The next poll reads the whole queue again.
    void resync();

    const QList<ExternalSystem> &externalSystems() const { return m_systems; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // How many entries the last poll summed up.
    qsizetype knownEntries() const { return m_knownEntries; }

Q_SIGNALS:
    void pollStarted();
    void polled(const commdesk::QueueUpdate &update);
    void pollFailed(const commdesk::ApiError &error);
    void pausedChanged(bool paused);

private:
    struct Line;
    void onFetched(quint64 poll, QueueFetcher::Fetched fetched);
    void lendToken(const QString &refused, Session::GrantHandler give);
    void scheduleNext();

    QPointer<Session> m_session;
    Clock *m_clock;
    ClockTimer *m_timer;
    StoreThread m_worker; // sums up
    std::shared_ptr<QueueMirror> m_mirror; // lives on m_worker
    StoreThread m_network; // reads
    std::shared_ptr<Line> m_line; // lives on m_network
    QueueSummary::Options m_summaryOptions;
    int m_intervalSeconds = 15;
    bool m_running = false;
    bool m_paused = false;
    bool m_polling = false;
    bool m_committing = false; // the mirror sums the poll up: what is known is ahead of what was signalled
    quint64 m_poll = 0; // the poll under way, or the last; answers of an abandoned one are ignored
    QList<ExternalSystem> m_systems;
    QDateTime m_lastSuccess;
    qsizetype m_knownEntries = 0;
};

} // namespace commdesk

Q_DECLARE_METATYPE(commdesk::QueueUpdate)
