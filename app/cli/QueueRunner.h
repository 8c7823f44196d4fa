#pragma once

#include "CommandRunner.h"

namespace commdesk {

// queue list, show, pending, pending-completed, complete, reject, remove (docs/api-contract.md "The communication
// queue").
class QueueRunner : public CommandRunner
{
    Q_OBJECT

public:
    QueueRunner(Session *session, bool json, QObject *parent = nullptr);
    void run(const CliInvocation &invocation, CommandFinish finish) override;

    static QList<TableColumn> listColumns();

private:
    QueueApi m_api;
};

} // namespace commdesk
