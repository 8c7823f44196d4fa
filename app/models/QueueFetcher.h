#pragma once

#include "ConfigurationApi.h"
#include "DiagnosticLog.h"
#include "QueueApi.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace commdesk {

class CrmConnection;

// One incremental read of the whole queue at a time (docs/architecture.md "The queue monitor at scale"). The
// API lists the queue per media or per external system, newest first, and has no "changed since" filter, so the
// first read takes every state of every media and later ones only:
// - the newest pages of each media's list (every state), until a page holds an entry already known: the entries
//   created since the last read, including those that came and went in between;
// - the ids of the PENDING entries (`fields_set=id`); one new among them that the newest pages did not hold is
//   fetched whole, by the page it sits on;
// - `queue/show` for each entry that left the PENDING set;
// - one page of ids of one finished state, in turn, checked against what is known (the sweep: a change the rules
//   above cannot see, such as a COMPLETED entry removed by someone else, is found within one round of the sweep).
// It lives on QueuePoller's network thread with a connection of its own, so that none of its answers reaches the
// GUI thread; only what changed does.
class QueueFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500; // the first read's pages, pending ids, the sweep
    static constexpr int kFirstHeadPage = 25; // a media's newest entries, doubling up to kPageSize
    static constexpr int kMaxPages = 1000; // per list: a server that never stops is an error
    static constexpr int kParallelCalls = 4;
    static constexpr int kRangeGap = 8; // new pending entries this close are fetched on one page

    // What one read found.
    struct Fetched
    {
        std::optional<ApiError> error; // set: nothing below counts but `requests`, `bytes` and `log`
        bool complete = false; // `changed` is the whole queue: the first read, or one after resync()
        QList<QueueEntry> changed; // entries new or changed since the previous read, newest first
        QStringList gone; // ids the server no longer has
        QList<ExternalSystem> systems;
        int requests = 0;
        quint64 bytes = 0; // the answers' bodies
        QList<DiagnosticEntry> log; // the read's requests and errors, for the account's diagnostic log
    };
    using Done = std::function<void(Fetched fetched)>;

    explicit QueueFetcher(CrmConnection *connection, QObject *parent = nullptr);
    ~QueueFetcher() override;

    void setPageSize(int size) { m_pageSize = std::max(1, size); }

    // Reads what changed since the last successful read; `done` runs on this thread. One at a time:
    // a read asked for while one is under way is refused with `done` never called.
    void fetch(quint64 read, Done done);
    bool isFetching() const { return !m_poll.isNull(); }
    // The reader no longer wants read `read`: abandoned while under way (nothing it found counts), or,
    // when it already ended, the next read takes the whole queue again since this one was not taken in.
    void cancel(quint64 read);
    // The next read takes the whole queue again.
    void resync() { m_complete = false; }

private:
    // What the fetcher remembers of an entry between reads.
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
    void fetchPage(std::shared_ptr<Listing> listing);
    void onPage(const std::shared_ptr<Listing> &listing, QList<QueueEntry> page);
    void show(const QString &id);
    void planFollowUps();
    void receive(const QueueEntry &entry);
    void commit();
    void fail(const ApiError &error);
    void finish(Fetched fetched);
    void clearRead();
    bool isKnownIn(const QString &id, QueueState state) const;

    CrmConnection *m_connection;
    QueueApi *m_queue;
    ConfigurationApi *m_configuration;
    int m_pageSize = kPageSize;
    QPointer<QObject> m_poll; // owner of the read's requests; deleting it cancels them
    quint64 m_read = 0; // the read under way, or the last one
    bool m_delivered = false; // the last read ended with a result that counted
    Done m_done;
    quint64 m_bytesAtStart = 0;
    QList<ExternalSystem> m_systems;
    bool m_systemsKnown = false;

    // Between reads.
    QHash<QString, Known> m_known;
    QSet<QString> m_knownPending;
    bool m_complete = false; // m_known holds the whole queue
    int m_sweepList = 0; // which finished list the sweep reads, and where
    int m_sweepOffset = 0;

    // Within a read.
    std::deque<std::function<void()>> m_calls;
    int m_inFlight = 0;
    bool m_pumping = false;
    int m_requests = 0;
    bool m_followUpsPlanned = false;
    QHash<QString, QueueEntry> m_received;
    QStringList m_receivedOrder;
    QHash<int, QStringList> m_pendingIds; // per Media, in the server's order
    QSet<QString> m_toShow;
    QStringList m_gone;
};

} // namespace commdesk
