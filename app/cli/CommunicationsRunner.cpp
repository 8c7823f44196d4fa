#include "CommunicationsRunner.h"

namespace commdesk {

namespace {

// People read a contact by name; servers often send only first and last name (CRM.COM's own
// example has "name": null). --json keeps what the server sent.
Communication withContactName(Communication communication)
{
    if (!communication.contact || !communication.contact->name.isEmpty())
        return communication;
    Contact &contact = *communication.contact;
    if (!contact.firstName.isEmpty() || !contact.lastName.isEmpty() || !contact.companyName.isEmpty())
        contact.name = contact.displayName();
    return communication;
}

template<class T>
Result<T> forPeople(const Result<T> &result, bool json)
{
    if (json || !result.ok())
        return result;
    if constexpr (std::is_same_v<T, Communication>) {
        return withContactName(result.value());
    } else {
        T communications;
        for (const Communication &communication : result.value())
            communications.append(withContactName(communication));
        return communications;
    }
}

} // namespace

CommunicationsRunner::CommunicationsRunner(Session *session, bool json, QObject *parent)
    : CommandRunner(session, json, parent)
    , m_api(session)
{ }

QList<TableColumn> CommunicationsRunner::listColumns()
{
    return {
        {tr("NUMBER"), QStringLiteral("number")},
        {tr("STATE"), QStringLiteral("life_cycle_state")},
        {tr("DIRECTION"), QStringLiteral("direction")},
        {tr("MEDIA"), QStringLiteral("media")},
        {tr("CONTACT"), QStringLiteral("contact_information.name")},
        {tr("SUBJECT"), QStringLiteral("subject")},
        {tr("CREATED"), QStringLiteral("log_information.created_date")},
    };
}

void CommunicationsRunner::run(const CliInvocation &invocation, CommandFinish finish)
{
    const CommandArguments &arguments = invocation.arguments;
    const bool asJson = json();
    // A single communication: who and what first, the long content last.
    auto shown = [asJson, finish](const Result<Communication> &result) {
        static const QStringList leading = {
            QStringLiteral("number"),    QStringLiteral("id"),      QStringLiteral("life_cycle_state"),
            QStringLiteral("direction"), QStringLiteral("media"),   QStringLiteral("contact_information"),
            QStringLiteral("to"),        QStringLiteral("subject"),
        };
        static const QStringList trailing = {QStringLiteral("log_information"), QStringLiteral("content")};
        finish(objectOutcome(forPeople(result, asJson), asJson, leading, trailing));
    };
    const Identifier target = arguments.target.value_or(Identifier());

    switch (invocation.command) {
    case CliCommand::CommunicationsList: {
        const QList<TableColumn> columns = arguments.communications.fieldsSet.isEmpty()
            ? listColumns()
            : columnsForFields(arguments.communications.fieldsSet);
        m_api.list(this, arguments.communications, [asJson, finish, columns](const Result<QList<Communication>> &r) {
            finish(listOutcome(forPeople(r, asJson), asJson, columns));
        });
        return;
    }
    case CliCommand::CommunicationsShow:
        m_api.show(this, target, arguments.fieldsSet, shown);
        return;
    case CliCommand::CommunicationsCreate:
        m_api.create(this, arguments.contact.value_or(Identifier()), arguments.input, shown);
        return;
    case CliCommand::CommunicationsUpdate:
        m_api.update(this, target, arguments.input, shown);
        return;
    case CliCommand::CommunicationsComplete:
        m_api.complete(this, target, shown);
        return;
    case CliCommand::CommunicationsView:
        m_api.setAsViewed(this, target, arguments.viewedOn, shown);
        return;
    default:
        finish(CommandOutcome::failure(ApiError(ApiError::Kind::Usage, tr("Not a communications command."))));
        return;
    }
}

} // namespace commdesk
