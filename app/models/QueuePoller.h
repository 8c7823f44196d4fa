#pragma once

#include "ConfigurationApi.h"
#include "QueueApi.h"
#include "QueueMirror.h"
#include "StoreThread.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
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
};

// Polls the whole queue incrementally (docs/architecture.md "The queue monitor at scale"). The API
// lists the queue per media or per external system, newest first, and has no "changed since"
// filter, so the first poll reads every state of every media and later ones read only:
// - the newest pages of each media's list (every state), until a page holds an entry already known:
//   the entries created since the last poll, including those that came and went in between;
// - the ids of the PENDING entries (`fields_set=id`); one new among them that the newest pages did
//   not hold is fetched whole, by the page it sits on;
// - `queue/show` for each entry that left the PENDING set;
// - one page of ids of one finished state, in turn, checked against what is known (the sweep: a
//   change the rules above cannot see, such as a COMPLETED entry removed by someone else, is found
//   within one round of the sweep).
// Pages are decoded on worker threads; what changed goes to a QueueMirror on the poller's own
// thread, which sums the queue up, so the GUI thread only routes answers and applies changes.
// Auto-refresh restarts the interval after each poll ends, so polls never overlap and a slow server
// stretches the interval.
class QueuePoller : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500; // the first poll's pages, pending ids, the sweep
    static constexpr int kFirstHeadPage = 25; // a media's newest entries, doubling up to kPageSize
    static constexpr int kMaxPages = 1000; // per list: a server that never stops is an error
    static constexpr int kParallelCalls = 4;
    static constexpr int kRangeGap = 8; // new pending entries this close are fetched on one page

    // The interval and the poll's time run on `clock` (null: the system's).
    QueuePoller(QueueApi *queue, ConfigurationApi *configuration, QObject *parent = nullptr, Clock *clock = nullptr);
    ~QueuePoller() override;

    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    void setPageSize(int size) { m_pageSize = std::max(1, size); }
    void setSummaryOptions(const QueueSummary::Options &options) { m_summaryOptions = options; }

    // Starts auto-refresh with a poll now.
    void start();
    void stop();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Polls now unless a poll is in flight.
    void refresh();
    bool isPolling() const { return !m_poll.isNull(); }
    // The next poll reads the whole queue again.
    void resync() { m_complete = false; }

    const QList<ExternalSystem> &externalSystems() const { return m_systems; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // How many entries the poller knows.
    qsizetype knownEntries() const { return m_known.size(); }

Q_SIGNALS:
    void pollStarted();
    void polled(const commdesk::QueueUpdate &update);
    void pollFailed(const commdesk::ApiError &error);
    void pausedChanged(bool paused);

private:
    // What the poller remembers of an entry between polls.
    struct Known
    {
        qint64 updatedMs = 0;
        int state = -1; // QueueState, -1 when not one this client knows
    };
    // One list being paged through.
    struct Listing
    {
        enum class Kind { Whole, PendingIds, Head, Sweep, Range };
        Kind kind = Kind::Whole;
        Media media = Media::Email;
        QueueState state = QueueState::Pending;
        int offset = 0;
        int size = 0;
        int pages = 0;
        QSet<QString> seen; // ids this listing has had, to notice a server that ignores the offset
        QSet<QString> wanted; // Range: the new pending ids it was sent for
    };

    void listSources();
    void queueCall(std::function<void()> call);
    void pump();
    void callDone();
    void fetch(std::shared_ptr<Listing> listing);
    void onPage(const std::shared_ptr<Listing> &listing, QList<QueueEntry> page);
    void show(const QString &id);
    void planFollowUps();
    void receive(const QueueEntry &entry);
    void commit();
    void fail(const ApiError &error);
    void scheduleNext();
    bool isKnownIn(const QString &id, QueueState state) const;

    QueueApi *m_queue;
    ConfigurationApi *m_configuration;
    Clock *m_clock;
    ClockTimer *m_timer;
    StoreThread m_worker;
    std::shared_ptr<QueueMirror> m_mirror; // lives on m_worker
    QueueSummary::Options m_summaryOptions;
    int m_intervalSeconds = 15;
    int m_pageSize = kPageSize;
    bool m_running = false;
    bool m_paused = false;
    QPointer<QObject> m_poll; // owner of the poll's requests; deleting it cancels them
    QList<ExternalSystem> m_systems;
    bool m_systemsKnown = false;
    QDateTime m_lastSuccess;
    quint64 m_generation = 0; // answers of an abandoned poll are ignored

    // Between polls.
    QHash<QString, Known> m_known;
    QSet<QString> m_knownPending;
    bool m_complete = false; // m_known holds the whole queue
    int m_sweepList = 0; // which finished list the sweep reads, and where
    int m_sweepOffset = 0;

    // Within a poll.
    std::deque<std::function<void()>> m_calls;
    int m_inFlight = 0;
    bool m_pumping = false;
    bool m_committing = false; // the worker sums the poll up: what is known is ahead of what was signalled
    int m_requests = 0;
    bool m_followUpsPlanned = false;
    QHash<QString, QueueEntry> m_received;
    QStringList m_receivedOrder;
    QHash<int, QStringList> m_pendingIds; // per Media, in the server's order
    QSet<QString> m_toShow;
    QStringList m_gone;
};

} // namespace commdesk

Q_DECLARE_METATYPE(commdesk::QueueUpdate)
