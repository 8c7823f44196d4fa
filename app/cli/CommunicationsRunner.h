#pragma once

#include "CommandRunner.h"

namespace commdesk {

// communications list, show, create, update, complete, view (docs/api-contract.md "Communications").
class CommunicationsRunner : public CommandRunner
{
    Q_OBJECT

public:
    CommunicationsRunner(Session *session, bool json, QObject *parent = nullptr);
    void run(const CliInvocation &invocation, CommandFinish finish) override;

    static QList<TableColumn> listColumns();

private:
    CommunicationsApi m_api;
};

} // namespace commdesk
