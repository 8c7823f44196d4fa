#include "ConfigurationRunner.h"

namespace commdesk {

ConfigurationRunner::ConfigurationRunner(Session *session, bool json, QObject *parent)
    : CommandRunner(session, json, parent)
    , m_api(session)
{ }

void ConfigurationRunner::run(const CliInvocation &invocation, CommandFinish finish)
{
    const bool asJson = json();
    switch (invocation.command) {
    case CliCommand::Categories: {
        const QList<TableColumn> columns = {
            {tr("ID"), QStringLiteral("id")},
            {tr("NAME"), QStringLiteral("name")},
            {tr("CODE"), QStringLiteral("code")},
            {tr("PARENT_ID"), QStringLiteral("parent_id")},
            {tr("DESCRIPTION"), QStringLiteral("description")},
        };
        m_api.categories(this, [asJson, finish, columns](const Result<QList<Category>> &result) {
            finish(listOutcome(result, asJson, columns));
        });
        return;
    }
    case CliCommand::Templates: {
        const QList<TableColumn> columns = {
            {tr("ID"), QStringLiteral("id")},
            {tr("NAME"), QStringLiteral("name")},
            {tr("ALTERNATIVE_CODE"), QStringLiteral("alternative_code")},
            {tr("DIRECTION"), QStringLiteral("direction")},
            {tr("MEDIA"), QStringLiteral("media")},
            {tr("CATEGORY"), QStringLiteral("category.name")},
            {tr("SUBJECT"), QStringLiteral("subject")},
        };
        m_api.templates(this, invocation.arguments.templates,
                        [asJson, finish, columns](const Result<QList<Template>> &result) {
                            finish(listOutcome(result, asJson, columns));
                        });
        return;
    }
    case CliCommand::ExternalSystems: {
        const QList<TableColumn> columns = {
            {tr("ID"), QStringLiteral("id")},
            {tr("NAME"), QStringLiteral("name")},
            {tr("ALTERNATIVE_CODE"), QStringLiteral("alternative_code")},
            {tr("CHARACTER_LIMIT"), QStringLiteral("character_limit"), true},
            {tr("DESCRIPTION"), QStringLiteral("description")},
        };
        m_api.externalSystems(this, [asJson, finish, columns](const Result<QList<ExternalSystem>> &result) {
            finish(listOutcome(result, asJson, columns));
        });
        return;
    }
    case CliCommand::ContactsShow: {
        // Who first, then the rest alphabetically, the phone and e-mail sets last.
        static const QStringList leading = {
            QStringLiteral("number"),       QStringLiteral("id"),
            QStringLiteral("type"),         QStringLiteral("name"),
            QStringLiteral("title"),        QStringLiteral("first_name"),
            QStringLiteral("middle_name"),  QStringLiteral("last_name"),
            QStringLiteral("company_name"), QStringLiteral("life_cycle_state"),
        };
        static const QStringList trailing = {QStringLiteral("phone_set"), QStringLiteral("email_set")};
        const CommandArguments &arguments = invocation.arguments;
        m_api.contact(
            this, arguments.target.value_or(Identifier()),
            [asJson, finish](const Result<Contact> &result) {
                finish(objectOutcome(result, asJson, leading, trailing));
            },
            arguments.fieldsSet);
        return;
    }
    default:
        finish(CommandOutcome::failure(ApiError(ApiError::Kind::Usage, tr("Not a configuration command."))));
        return;
    }
}

} // namespace commdesk
