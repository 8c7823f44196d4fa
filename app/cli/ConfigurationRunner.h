#pragma once

#include "CommandRunner.h"

namespace commdesk {

// categories, templates, external-systems and contacts show (docs/cli.md).
class ConfigurationRunner : public CommandRunner
{
    Q_OBJECT

public:
    ConfigurationRunner(Session *session, bool json, QObject *parent = nullptr);
    void run(const CliInvocation &invocation, CommandFinish finish) override;

private:
    ConfigurationApi m_api;
};

} // namespace commdesk
