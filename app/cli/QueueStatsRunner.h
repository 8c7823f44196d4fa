#pragma once

#include "CommandRunner.h"
#include "QueueStatsCollector.h"

namespace commdesk {

// queue stats and queue check: gathers the sources (every media and, from
// external_systems/list, every external system when asked for all), counts them, reports.
class QueueStatsRunner : public CommandRunner
{
    Q_OBJECT

public:
    QueueStatsRunner(Session *session, bool json, QObject *parent = nullptr);
    void run(const CliInvocation &invocation, CommandFinish finish) override;

    // For tests: smaller pages make paging visible with few entries.
    QueueStatsCollector *collector() const { return m_collector; }

    // The outcome of `queue check` for a report, or for an error (UNKNOWN).
    static CommandOutcome checkOutcome(const QueueStatsReport &report, const QueueCheckThresholds &thresholds,
                                       bool json);
    static CommandOutcome checkFailure(const ApiError &error, bool json);

private:
    void collect(const QList<QueueSource> &sources, const CliInvocation &invocation, const CommandFinish &finish);
    void collectEverything(const CliInvocation &invocation, const CommandFinish &finish);
    void fail(const ApiError &error, CliCommand command, const CommandFinish &finish) const;

    QueueApi m_api;
    ConfigurationApi m_configuration;
    QueueStatsCollector *m_collector;
};

} // namespace commdesk
