#pragma once

#include "ActionJournal.h"
#include "CommunicationsApi.h"
#include "QueueApi.h"

#include <QObject>

#include <functional>

namespace commdesk {

class Clock;

// Runs one supervisor action on one or more queue entries, writes each outcome to the journal, and
// reports when all have answered. Complete, reject and remove move the entry; resend leaves a
// REJECTED entry as it is and sends its communication again: a copy, outgoing and completed, that
// refers to the original, so it enters the queue as a new PENDING entry. POSTs are never retried (docs/architecture.md
// "Rules of the house").
class QueueActionRunner : public QObject
{
    Q_OBJECT

public:
    enum class Action { Complete, Reject, Remove, Resend };

    struct Request
    {
        Action action = Action::Complete;
        QList<QueueEntry> entries;
        QString reason;
        QString errorCode; // reject only
        QString errorDescription; // reject only
    };

    struct Outcome
    {
        QueueEntry entry; // the server's copy on success, the original otherwise
        std::optional<ApiError> error;
    };

    // Where a record goes: the journal's writer, which keeps SQLite off the GUI thread (docs/architecture.md "Rules
    // of the house").
    using JournalWriter = std::function<void(const JournalRecord &record)>;

    // Records are stamped on `clock` (null: the system's).
    QueueActionRunner(QueueApi *api, JournalWriter journal, QObject *parent = nullptr, Clock *clock = nullptr);
    // Resend needs the communications; without them a resend is refused.
    void setCommunications(CommunicationsApi *communications) { m_communications = communications; }
    // The copy a resend of `original` creates.
    static CommunicationInput resendInput(const Communication &original);

    // Whether the life cycle allows the action from `state`; a state this client does not know allows none.
    static bool allows(Action action, const std::optional<WireValue<QueueState>> &state);
    static QString wireName(Action action);
    // The journal's record of `request`'s action on `entry`, answered by `result`: the one shape of a
    // record, whether the app or commdesk-cli took the action.
    // Who the journal says took an action: the user name, or "API key" for a key's session.
    static QString userOf(const Credentials &credentials);
    static JournalRecord journalRecord(const Request &request, const QueueEntry &entry,
                                       const Result<QueueEntry> &result, const QString &user, const QDateTime &at);

    // The record of a resend of `entry` that the server saved as `sent`: the app's compose resend
    // and a group resend write the same.
    static JournalRecord resendRecord(const QueueEntry &entry, const Communication &sent, const QString &reason,
                                      const QString &user, const QDateTime &at);

    void setUser(const QString &user) { m_user = user; }
    // Entries the state does not allow are skipped (journalled as refused without a call).
    void run(const Request &request);
    bool isRunning() const { return m_outstanding > 0; }

Q_SIGNALS:
    void entryUpdated(const commdesk::QueueEntry &entry);
    void finished(const QList<commdesk::QueueActionRunner::Outcome> &outcomes);

private:
    void record(const Request &request, const QueueEntry &entry, const Result<QueueEntry> &result);
    void resend(const Request &request, const QueueEntry &entry);
    void settle(const Outcome &outcome);

    QueueApi *m_api;
    CommunicationsApi *m_communications = nullptr;
    JournalWriter m_journal;
    Clock *m_clock;
    QString m_user;
    int m_outstanding = 0;
    QList<Outcome> m_outcomes;
};

} // namespace commdesk
