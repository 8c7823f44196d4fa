#include "AuthHandler.h"

#include "SandboxDatabase.h"
#include "SandboxRules.h"
#include "SandboxServices.h"

#include <QHttpServerRequest>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

// The Basic credentials of a request: user name and password, or nullopt without the header.
std::optional<std::pair<QString, QString>> basicCredentials(const QHttpServerRequest &request)
{
    // value() looks headers up regardless of case in every Qt version.
    const QByteArray value = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!value.left(6).toLower().startsWith("basic "))
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return std::pair {text, QString()};
    return std::pair {text.left(colon), text.mid(colon + 1)};
}

} // namespace

AuthHandler::AuthHandler(SandboxServices &services)
    : m_services(services)
{ }

QList<Route> AuthHandler::routes()
{
    return {
        {u"authentication/token"_s, Route::Verb::Post, false, [this](const CallContext &c) { return token(c); }},
        {u"authentication/web_api_key/token"_s, Route::Verb::Post, false,
         [this](const CallContext &c) { return apiKeyToken(c); }},
        {u"authentication/token/release"_s, Route::Verb::Post, true,
         [this](const CallContext &c) { return release(c); }},
    };
}

QString AuthHandler::checkedUnit(const Parameters &parameters)
{
    const auto unit = parameters.text(u"unit");
    if (!unit || unit->isEmpty())
        return {};
    if (!m_services.database.scalar(u"SELECT id FROM units WHERE name = ?"_s, {*unit}).isValid())
        throw ApiFailure::invalid(u"unit"_s, u"there is no unit \"%1\""_s.arg(*unit));
    return *unit;
}

QJsonValue AuthHandler::token(const CallContext &call)
{
    const Parameters &p = call.parameters;
    const QString username = p.requiredText(u"username");
    const QString password = p.requiredText(u"password");
    // docs/api-contract.md "Authentication": older servers spelled it `organization`; both are accepted.
    const auto british = p.text(u"organisation");
    const auto american = p.text(u"organization");
    if (british && american && *british != *american)
        throw ApiFailure::invalid(u"organisation"_s, u"organisation and organization differ"_s);
    const QString organisation = british ? *british : american.value_or(QString());
    if (organisation.isEmpty())
        throw ApiFailure::missing(u"organisation"_s);
    const QString unit = checkedUnit(p);

    QSqlQuery query = m_services.database.run(
        rules::organisationIgnoresCase
            ? u"SELECT id, password FROM users WHERE organisation = ? COLLATE NOCASE AND username = ?"_s
            : u"SELECT id, password FROM users WHERE organisation = ? AND username = ?"_s,
        {organisation, username});
    if (!query.next() || query.value(1).toString() != password)
        throw ApiFailure::invalidCredentials(u"Wrong username, password or organisation"_s);
    const QString token = m_services.tokens.issue({query.value(0).toString(), username, unit});
    return QJsonObject {{u"token"_s, token}};
}

QJsonValue AuthHandler::apiKeyToken(const CallContext &call)
{
    const auto credentials = basicCredentials(call.request);
    if (!credentials || credentials->first.isEmpty())
        throw ApiFailure::invalidCredentials(u"The web API key must be sent as the HTTP Basic user name"_s);
    if (rules::apiKeyNeedsEmptyPassword && !credentials->second.isEmpty())
        throw ApiFailure::invalidCredentials(u"The HTTP Basic password must be empty for a web API key"_s);
    const QString unit = checkedUnit(call.parameters);
    QSqlQuery query =
        m_services.database.run(u"SELECT id, username FROM users WHERE api_key = ?"_s, {credentials->first});
    if (!query.next())
        throw ApiFailure::invalidCredentials(u"Unknown web API key"_s);
    const QString token = m_services.tokens.issue({query.value(0).toString(), query.value(1).toString(), unit});
    return QJsonObject {{u"token"_s, token}};
}

QJsonValue AuthHandler::release(const CallContext &call)
{
    m_services.tokens.release(call.parameters.token());
    return QJsonObject();
}

} // namespace commdesk
