#include "QueueStatsRunner.h"

#include "QueueCheck.h"

namespace commdesk {

QueueStatsRunner::QueueStatsRunner(Session *session, bool json, QObject *parent)
    : CommandRunner(session, json, parent)
    , m_api(session)
    , m_configuration(session)
    , m_collector(new QueueStatsCollector(&m_api, this))
{ }

CommandOutcome QueueStatsRunner::checkOutcome(const QueueStatsReport &report, const QueueCheckThresholds &thresholds,
                                              bool json)
{
    const QueueCheckResult result = QueueCheck::evaluate(report.total(), thresholds, report.measuredAt);
    return {toInt(result.status), json ? JsonText::document(result.json) : result.line + u'\n', {}};
}

CommandOutcome QueueStatsRunner::checkFailure(const ApiError &error, bool json)
{
    // A monitoring system shows the first line of stdout: the reason goes there too.
    const QString reason = JsonText::printable(error.userText().simplified());
    const QueueCheckResult result = QueueCheck::unknown(reason);
    return {toInt(result.status), json ? JsonText::document(result.json) : result.line + u'\n', reason};
}

void QueueStatsRunner::fail(const ApiError &error, CliCommand command, const CommandFinish &finish) const
{
    finish(command == CliCommand::QueueCheck ? checkFailure(error, json()) : CommandOutcome::failure(error));
}

void QueueStatsRunner::run(const CliInvocation &invocation, CommandFinish finish)
{
    const QueueStatsScope &scope = invocation.arguments.stats;
    if (invocation.command == CliCommand::QueueStats && scope.media)
        return collect({QueueSource::ofMedia(*scope.media)}, invocation, finish);
    if (invocation.command == CliCommand::QueueStats && scope.externalSystem)
        return collect({QueueSource::ofExternalSystem(*scope.externalSystem)}, invocation, finish);
    collectEverything(invocation, finish);
}

void QueueStatsRunner::collectEverything(const CliInvocation &invocation, const CommandFinish &finish)
{
    // The API lists the queue per media or per external system only (docs/api-contract.md "The communication queue"):
    // ask each; the totals count an entry that two sources share once.
    m_configuration.externalSystems(this,
                                    [this, invocation, finish](const Result<QList<ExternalSystem>> &systems) {
                                        if (!systems.ok())
                                            return fail(systems.error(), invocation.command, finish);
                                        QList<QueueSource> sources;
                                        for (Media media : allValues<Media>())
                                            sources.append(QueueSource::ofMedia(media));
                                        for (const ExternalSystem &system : systems.value()) {
                                            if (!system.id.isEmpty())
                                                sources.append(QueueSource::ofExternalSystem(system));
                                        }
                                        collect(sources, invocation, finish);
                                    },
                                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code")});
}

void QueueStatsRunner::collect(const QList<QueueSource> &sources, const CliInvocation &invocation,
                               const CommandFinish &finish)
{
    const CliCommand command = invocation.command;
    const QueueCheckThresholds thresholds = invocation.arguments.thresholds;
    const bool asJson = json();
    m_collector->collect(sources, [this, command, thresholds, asJson, finish](const Result<QueueStatsReport> &report) {
        if (!report.ok())
            return fail(report.error(), command, finish);
        if (command == CliCommand::QueueCheck)
            return finish(checkOutcome(report.value(), thresholds, asJson));
        finish(CommandOutcome::success(asJson ? JsonText::document(report.value().toJson()) : report.value().toText()));
    });
}

} // namespace commdesk
