#pragma once

#include "CliInvocation.h"
#include "OptionReader.h"

namespace commdesk {

// Reads the options of one command into its arguments; the option names were already checked
// against the command by CliParser. Problems end up in the reader's error.
class CommandArgumentsReader
{
    Q_DECLARE_TR_FUNCTIONS(CommandArgumentsReader)

public:
    CommandArgumentsReader(OptionReader &reader, QString commandName)
        : m_reader(reader)
        , m_name(std::move(commandName))
    { }

    void read(CliCommand command, CommandArguments &arguments);

    // Above the WARNING limit the check warns; unless given, it is 80% of the CRITICAL limit.
    static constexpr double kDefaultWarningShare = 0.8;

private:
    void readCommunicationsList(CommunicationsApi::ListFilter &filter);
    QueueApi::Source readSource();
    void readQueueList(QueueApi::ListFilter &filter);
    void readStatsScope(QueueStatsScope &scope);
    Threshold readThreshold(const QString &name, bool isRatio);
    void require(const QString &option);
    void readListen(CommandArguments &arguments);

    OptionReader &m_reader;
    QString m_name;
};

} // namespace commdesk
