#pragma once

#include "CliInvocation.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace commdesk {

struct ParseOutcome
{
    enum class Action { Run, Help, Version, Usage };

    Action action = Action::Usage;
    CliInvocation invocation;
    QString error; // one sentence, for Action::Usage
    // The command line asked for `queue check`: even a usage error then follows the monitoring
    // convention (UNKNOWN), since a monitoring system is what reads it.
    bool monitoring = false;
};

// Turns the arguments and the COMMDESK_* environment into a checked invocation (docs/cli.md).
// Nothing here touches the network; everything that can be checked locally is checked here.
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(CliParser)

public:
    static ParseOutcome parse(const QStringList &arguments,
                              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // The words of a command as typed, e.g. "queue pending-completed".
    static QString commandName(CliCommand command);
};

} // namespace commdesk
