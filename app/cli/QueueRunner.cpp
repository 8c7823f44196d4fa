#include "QueueRunner.h"

namespace commdesk {

QueueRunner::QueueRunner(Session *session, bool json, QObject *parent)
    : CommandRunner(session, json, parent)
    , m_api(session)
{ }

QList<TableColumn> QueueRunner::listColumns()
{
    return {
        {tr("NUMBER"), QStringLiteral("number")},
        {tr("STATE"), QStringLiteral("life_cycle_state")},
        {tr("MEDIA"), QStringLiteral("media")},
        {tr("COMMUNICATION"), QStringLiteral("communication.number")},
        {tr("CONTACT"), QStringLiteral("communication.contact_information.name")},
        {tr("EXTERNAL_SYSTEM"), QStringLiteral("communication_queue_external_system.name")},
        {tr("CREATED"), QStringLiteral("log_information.created_date")},
        {tr("ERROR"), QStringLiteral("error_code")},
    };
}

void QueueRunner::run(const CliInvocation &invocation, CommandFinish finish)
{
    const CommandArguments &arguments = invocation.arguments;
    const bool asJson = json();
    auto shown = [asJson, finish](const Result<QueueEntry> &result) {
        static const QStringList leading = {
            QStringLiteral("number"),        QStringLiteral("id"),         QStringLiteral("life_cycle_state"),
            QStringLiteral("media"),         QStringLiteral("error_code"), QStringLiteral("error_description"),
            QStringLiteral("communication"),
        };
        finish(objectOutcome(result, asJson, leading));
    };
    const QList<TableColumn> columns =
        arguments.queue.fieldsSet.isEmpty() ? listColumns() : columnsForFields(arguments.queue.fieldsSet);
    auto listed = [asJson, finish, columns](const Result<QList<QueueEntry>> &result) {
        finish(listOutcome(result, asJson, columns));
    };
    const Identifier target = arguments.target.value_or(Identifier());

    switch (invocation.command) {
    case CliCommand::QueueList:
        m_api.list(this, arguments.queue, listed);
        return;
    case CliCommand::QueueShow:
        m_api.show(this, target, shown);
        return;
    case CliCommand::QueuePending:
        m_api.pending(this, arguments.queue.source, arguments.queue.contact, arguments.number.value_or(1), listed);
        return;
    case CliCommand::QueuePendingCompleted:
        m_api.pendingCompleted(this, arguments.queue.source, arguments.queue.contact, arguments.number, listed);
        return;
    case CliCommand::QueueComplete:
        m_api.complete(this, target, shown);
        return;
    case CliCommand::QueueReject:
        m_api.reject(this, target, arguments.errorCode, arguments.errorDescription, shown);
        return;
    case CliCommand::QueueRemove:
        m_api.remove(this, target, shown);
        return;
    default:
        finish(CommandOutcome::failure(ApiError(ApiError::Kind::Usage, tr("Not a queue command."))));
        return;
    }
}

} // namespace commdesk
