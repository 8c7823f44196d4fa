#pragma once

#include "QueueActionRunner.h"

#include <QObject>

namespace commdesk {

class Clock;
class CrmConnection;
class QueueEntrySelection;
class QueueJournal;

// What a supervisor does to the entries of one view of the queue tab: complete, reject or remove the
// selected ones (QueueActionRunner), resend a rejected one, open its communication; every action is
// journalled under the user's name. The widgets confirm first (QueueActionDialog) and compose the
// resend; this says what the selection allows and carries the rest out.
class QueueEntryCommands : public QObject
{
    Q_OBJECT

public:
    using Action = QueueActionRunner::Action;

    QueueEntryCommands(CrmConnection *connection, QueueEntrySelection *selection, QueueJournal *journal,
                       Clock *clock = nullptr, QObject *parent = nullptr);

    QueueEntrySelection *selection() const { return m_selection; }
    // The name the journal records: the user's, or "API key" when signed in with one.
    QString userName() const;

    // The selected entries `action` applies to (none while a batch runs).
    QList<QueueEntry> entriesFor(Action action) const;
    bool allows(Action action) const { return !entriesFor(action).isEmpty(); }
    // The same among other entries than the selection's (a rejection group's).
    QList<QueueEntry> entriesFor(Action action, const QList<QueueEntry> &among) const;
    // The current entry was rejected and its communication has come.
    bool canResend() const;
    // The current entry's communication, when it has one.
    QString communicationId() const;
    bool isRunning() const;

    // Runs a confirmed action.
    void run(const QueueActionRunner::Request &request);
    // A resend of the rejected `entry` was saved by the server as `sent`.
    void recordResend(const QueueEntry &entry, const Communication &sent);

Q_SIGNALS:
    // A confirmed batch is done; `errors` names each failed entry with its reason.
    void finished(int succeeded, int failed, const QStringList &errors);
    void resent();
    // What the actions allow may have changed (the selection, a batch started or ended).
    void allowedChanged();

private:
    CrmConnection *m_connection;
    QueueEntrySelection *m_selection;
    QueueJournal *m_journal;
    Clock *m_clock;
    QueueActionRunner *m_runner;
};

} // namespace commdesk
