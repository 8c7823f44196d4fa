#pragma once

#include "CommunicationsApi.h"
#include "OutboxStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace commdesk {

// Sends what compose could not: one item at a time, retried with exponential backoff while the app
// runs, kept in OutboxStore across restarts. A create whose outcome is unknown (the connection
// dropped after sending, a timeout, an unreadable answer) is never sent again blindly (docs/architecture.md "Rules of
// the house"): the contact's latest communications are listed first, and the item is sent again only when none of them
// is the same communication created since the attempt.
class Outbox : public QObject
{
    Q_OBJECT

public:
    Outbox(OutboxStore *store, CommunicationsApi *api, QObject *parent = nullptr);

    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    // Reads the stored items (a Sending one was interrupted: its outcome is unknown) and schedules.
    void start();

    // A new item (id 0) built by itemFor(); returns its id, 0 when it could not be stored.
    qint64 add(OutboxItem item);
    // The item as compose edits it: not sent while held.
    bool hold(qint64 id);
    // Back to Waiting after an edit, with new content if given (form and body not empty).
    bool release(qint64 id, const QByteArray &form = {}, const QByteArray &body = {}, const QString &title = {});
    bool discard(qint64 id);
    // Every waiting item goes now (the user asked, or the server is back).
    void retryNow();

    QList<OutboxItem> items() const { return m_store->items(); }
    OutboxStore *store() const { return m_store; }
    bool isBusy() const { return m_inFlight != nullptr; }

    // A new outbox item for a create that failed with `error`.
    static OutboxItem itemFor(const Identifier &contact, const QJsonObject &body, const QByteArray &form,
                              const QString &title, const ApiError &error);
    // Whether a create that failed with `error` may have been performed by the server anyway.
    static bool outcomeUnknown(const ApiError &error);
    // Whether sending later may succeed (as opposed to a refusal the user must fix).
    static bool worthRetrying(const ApiError &error);
    // Whether `candidate` is the communication `body` created, at or after `attemptAt`.
    static bool sameCommunication(const QJsonObject &body, const Communication &candidate, const QDateTime &attemptAt);

Q_SIGNALS:
    void changed();
    // The server confirmed the item (created now, or found created by an earlier attempt).
    void sent(qint64 id, const Communication &communication);

private:
    void schedule();
    void next();
    void check(OutboxItem item);
    void send(OutboxItem item);
    void sendFinished(OutboxItem item, const Result<Communication> &result);
    void failedAttempt(OutboxItem item, const ApiError &error, bool unknown);
    void confirmed(const OutboxItem &item, const Communication &communication);
    QObject *startRequest(qint64 id);
    std::chrono::milliseconds delayAfter(int attempts) const;

    OutboxStore *m_store;
    CommunicationsApi *m_api;
    QTimer m_timer;
    QPointer<QObject> m_inFlight;
    qint64 m_inFlightId = 0;
    std::chrono::milliseconds m_first {2000};
    std::chrono::milliseconds m_longest {std::chrono::minutes(5)};
};

} // namespace commdesk
