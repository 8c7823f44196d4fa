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
    default:
        finish(CommandOutcome::failure(ApiError(ApiError::Kind::Usage, tr("Not a configuration command."))));
        return;
    }
}

} // namespace commdesk
