#include "QueueRunner.h"

#include "CliJournal.h"

#include <QDir>

namespace commdesk {

QueueRunner::QueueRunner(Session *session, bool json, QString journalPath, QObject *parent)
    : CommandRunner(session, json, parent)
    , m_api(session)
    , m_journalPath(std::move(journalPath))
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
    const EntryOutcome outcomeOf = [asJson](const Result<QueueEntry> &result) {
        static const QStringList leading = {
            QStringLiteral("number"),        QStringLiteral("id"),         QStringLiteral("life_cycle_state"),
            QStringLiteral("media"),         QStringLiteral("error_code"), QStringLiteral("error_description"),
            QStringLiteral("communication"),
        };
        return objectOutcome(result, asJson, leading);
    };
    auto shown = [outcomeOf, finish](const Result<QueueEntry> &result) { finish(outcomeOf(result)); };
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
        act(
            invocation, QueueActionRunner::Action::Complete,
            [=, this](auto done) { m_api.complete(this, target, done); }, outcomeOf, finish);
        return;
    case CliCommand::QueueReject:
        act(
            invocation, QueueActionRunner::Action::Reject,
            [=, this](auto done) { m_api.reject(this, target, arguments.errorCode, arguments.errorDescription, done); },
            outcomeOf, finish);
        return;
    case CliCommand::QueueRemove:
        act(
            invocation, QueueActionRunner::Action::Remove, [=, this](auto done) { m_api.remove(this, target, done); },
            outcomeOf, finish);
        return;
    default:
        finish(CommandOutcome::failure(ApiError(ApiError::Kind::Usage, tr("Not a queue command."))));
        return;
    }
}

void QueueRunner::act(const CliInvocation &invocation, QueueActionRunner::Action action,
                      const std::function<void(QueueApi::Handler<QueueEntry>)> &send, const EntryOutcome &outcomeOf,
                      CommandFinish finish)
{
    const CommandArguments &arguments = invocation.arguments;
    QueueActionRunner::Request request;
    request.action = action;
    request.reason = arguments.reason;
    request.errorCode = arguments.errorCode;
    request.errorDescription = arguments.errorDescription;
    // The entry as the command line names it, for a record of a refused action.
    QueueEntry named;
    if (arguments.target && arguments.target->field == QLatin1StringView("number"))
        named.number = arguments.target->value;
    if (arguments.target && arguments.target->field == QLatin1StringView("id"))
        named.id = arguments.target->value;
    const QString user = QueueActionRunner::userOf(session()->credentials());
    const QString journalPath = m_journalPath;
    send([=](const Result<QueueEntry> &result) {
        const QueueEntry &entry = result.ok() ? result.value() : named;
        const JournalRecord record =
            QueueActionRunner::journalRecord(request, entry, result, user, QDateTime::currentDateTimeUtc());
        CommandOutcome outcome = outcomeOf(result);
        const QString problem = CliJournal::append(journalPath, record);
        if (!problem.isEmpty()) {
            // The action stands (or was refused) all the same; only its record is missing.
            const QString warning = tr("The action was not written to the action journal %1: %2")
                                        .arg(QDir::toNativeSeparators(journalPath), problem);
            outcome.error = outcome.error.isEmpty() ? warning : outcome.error + u' ' + warning;
        }
        finish(outcome);
    });
}

} // namespace commdesk
