#pragma once

#include "CommandRunner.h"
#include "QueueActionRunner.h"

namespace commdesk {

// queue list, show, pending, pending-completed, complete, reject, remove (docs/api-contract.md "The communication
// queue").
class QueueRunner : public CommandRunner
{
    Q_OBJECT

public:
    // `journalPath`: where complete, reject and remove are recorded (CliJournal).
    QueueRunner(Session *session, bool json, QString journalPath, QObject *parent = nullptr);
    void run(const CliInvocation &invocation, CommandFinish finish) override;

    static QList<TableColumn> listColumns();

private:
    // Runs `send` (complete, reject or remove), records its outcome in the journal, then finishes.
    using EntryOutcome = std::function<CommandOutcome(const Result<QueueEntry> &)>;
    void act(const CliInvocation &invocation, QueueActionRunner::Action action,
             const std::function<void(QueueApi::Handler<QueueEntry>)> &send, const EntryOutcome &outcomeOf,
             CommandFinish finish);

    QueueApi m_api;
    QString m_journalPath;
};

} // namespace commdesk
