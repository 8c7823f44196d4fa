#pragma once

#include "Clock.h"
#include "CommunicationsApi.h"
#include "OutboxStore.h"
#include "StoreThread.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace commdesk {

// Sends what compose could not: one item at a time, retried with exponential backoff while the app
// runs, kept in OutboxStore across restarts. A create whose outcome is unknown (the connection
// dropped after sending, a timeout, an unreadable answer) is never sent again blindly (docs/architecture.md "Rules of
// the house"): the contact's latest communications are listed first, and the item is sent again only when none of them
// is the same communication created since the attempt.
//
// The store lives on a StoreThread: every read and write is a job there, and the items are kept in memory for the
// widgets. Before an item goes out it is claimed in the store (OutboxStore::claim), so that two instances of the app
// on one outbox.sqlite never both send it: a claim that fails means another instance has it.
class Outbox : public QObject
{
    Q_OBJECT

public:
    // `store` is made by `storeThread` (StoreThread::make) and used only there; it is opened by start().
    Outbox(StoreThread *storeThread, std::shared_ptr<OutboxStore> store, CommunicationsApi *api, Clock *clock = nullptr,
           QObject *parent = nullptr);

    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    // Opens the store at `path` (empty: it is open already), gives back items left held, takes back claims left by an
    // instance that stopped while sending (their outcome is unknown), reads the items and schedules. `changed()`
    // follows once they are read.
    void start(const QString &path = {});
    // Whether start() has read the items; false also when the store could not be opened (errorText()).
    bool isReady() const { return m_ready; }
    QString errorText() const { return m_error; }
    // Set when start() found outbox.sqlite broken and moved it aside (for the banner).
    std::optional<LocalDatabase::Recovery> recovery() const { return m_recovery; }

    // Stores a new item built by itemFor(), in place of the item `replaces` (a held item compose sent again) if not 0;
    // `done(id)` follows on `context`'s thread unless `context` is gone (id 0: it could not be stored).
    void add(OutboxItem item, QObject *context = nullptr, std::function<void(qint64 id)> done = {},
             qint64 replaces = 0);
    // The item as compose edits it: not sent while held. False when it is being sent or checked now.
    bool hold(qint64 id);
    // Back to Waiting after an edit, with new content if given (form and body not empty).
    bool release(qint64 id, const QByteArray &form = {}, const QByteArray &body = {}, const QString &title = {});
    bool discard(qint64 id);
    // Every waiting item goes now (the user asked, or the server is back).
    void retryNow();

    // From memory, oldest first: cheap, for the widgets.
    QList<OutboxItem> items() const { return m_items; }
    std::optional<OutboxItem> item(qint64 id) const;
    bool isBusy() const { return m_busy; }
    // Who this instance is in the store's claims.
    QString owner() const { return m_owner; }

    // A new outbox item for a create that failed with `error`, at `now` (null: the system's time).
    static OutboxItem itemFor(const Identifier &contact, const QJsonObject &body, const QByteArray &form,
                              const QString &title, const ApiError &error, Clock *clock = nullptr);
    // Whether a create that failed with `error` may have been performed by the server anyway.
    static bool outcomeUnknown(const ApiError &error);
    // Whether sending later may succeed (as opposed to a refusal the user must fix).
    static bool worthRetrying(const ApiError &error);
    // Whether `candidate` is the communication `body` created, at or after `attemptAt`.
    static bool sameCommunication(const QJsonObject &body, const Communication &candidate, const QDateTime &attemptAt);

    // How long a claim may stay without an answer before it counts as left by an instance that stopped (longer than
    // any call's overall deadline).
    static constexpr std::chrono::minutes kClaimLease {10};

Q_SIGNALS:
    void changed();
    // The server confirmed the item (created now, or found created by an earlier attempt).
    void sent(qint64 id, const Communication &communication);

private:
    struct Claimed
    {
        std::optional<OutboxItem> item; // set when the claim succeeded
        QList<OutboxItem> items; // the store's items after it
    };

    void schedule();
    void next();
    // Reads the store again (what other instances did) and schedules.
    void refresh();
    void claimed(qint64 id, quint64 generation, const Claimed &result);
    void check(OutboxItem item);
    void send(OutboxItem item);
    void sendFinished(OutboxItem item, const Result<Communication> &result);
    void failedAttempt(OutboxItem item, const ApiError &error, bool unknown);
    void confirmed(const OutboxItem &item, const Communication &communication);
    // Writes the outcome of the claimed item and ends this turn.
    void finishTurn(const OutboxItem &item);
    void endTurn();
    QObject *startRequest(qint64 id);
    std::chrono::milliseconds delayAfter(int attempts) const;
    // Memory: the items as this instance knows them.
    void remember(const OutboxItem &item);
    bool forget(qint64 id);
    void adopt(const QList<OutboxItem> &items, quint64 generation);

    StoreThread *m_storeThread;
    std::shared_ptr<OutboxStore> m_store; // touched only in jobs on m_storeThread
    CommunicationsApi *m_api;
    Clock *m_clock;
    ClockTimer m_timer;
    QString m_owner;
    QList<OutboxItem> m_items;
    // Bumped by every change made here, so that a read of the store started before it does not undo it.
    quint64 m_generation = 0;
    bool m_ready = false;
    QString m_error;
    std::optional<LocalDatabase::Recovery> m_recovery;
    bool m_busy = false; // an item is being claimed, checked or sent
    QPointer<QObject> m_inFlight; // the request's owner
    qint64 m_inFlightId = 0;
    std::chrono::milliseconds m_first {2000};
    std::chrono::milliseconds m_longest {std::chrono::minutes(5)};
};

} // namespace commdesk
