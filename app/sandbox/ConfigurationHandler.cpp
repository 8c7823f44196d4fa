#include "ConfigurationHandler.h"

#include "ContactJson.h"
#include "ReferenceJson.h"
#include "SandboxDatabase.h"
#include "SandboxServices.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

QJsonValue text(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

} // namespace

ConfigurationHandler::ConfigurationHandler(SandboxServices &services)
    : m_services(services)
{ }

QList<Route> ConfigurationHandler::routes()
{
    using Verb = Route::Verb;
    return {
        {u"communications/configuration/categories/list"_s, Verb::Get, true,
         [this](const CallContext &c) { return categories(c); }},
        {u"communications/configuration/templates/list"_s, Verb::Get, true,
         [this](const CallContext &c) { return templates(c); }},
        {u"communications/configuration/external_systems/list"_s, Verb::Get, true,
         [this](const CallContext &c) { return externalSystems(c); }},
        {u"contact_information/show"_s, Verb::Get, true, [this](const CallContext &c) { return contact(c); }},
    };
}

QStringList ConfigurationHandler::categoryMembers()
{
    return {u"id"_s, u"name"_s, u"code"_s, u"description"_s, u"parent_id"_s};
}

QStringList ConfigurationHandler::templateMembers()
{
    return {u"id"_s,    u"name"_s,     u"alternative_code"_s, u"description"_s, u"direction"_s,
            u"media"_s, u"category"_s, u"subject"_s,          u"content"_s};
}

QStringList ConfigurationHandler::externalSystemMembers()
{
    return {u"id"_s, u"name"_s, u"alternative_code"_s, u"description"_s, u"character_limit"_s};
}

QJsonValue ConfigurationHandler::categories(const CallContext &call)
{
    const QStringList fieldsSet = call.parameters.fieldsSet(categoryMembers());
    QSqlQuery query =
        m_services.database.run(u"SELECT id, name, code, description, parent_id FROM categories ORDER BY seq"_s);
    QJsonArray result;
    while (query.next()) {
        const QJsonObject category {{u"id"_s, query.value(0).toString()},
                                    {u"name"_s, query.value(1).toString()},
                                    {u"code"_s, text(query.value(2))},
                                    {u"description"_s, text(query.value(3))},
                                    {u"parent_id"_s, text(query.value(4))}};
        result.append(ReferenceJson::select(category, fieldsSet));
    }
    return result;
}

QJsonValue ConfigurationHandler::templates(const CallContext &call)
{
    const Parameters &p = call.parameters;
    const QStringList fieldsSet = p.fieldsSet(templateMembers());
    // docs/api-contract.md "Configuration look-ups": only effective templates, filtered by what was given.
    QStringList conditions {u"effective = 1"_s};
    QVariantList binds;
    if (const auto direction = p.enumValue<Direction>(u"direction")) {
        conditions.append(u"direction = ?"_s);
        binds.append(wireName(*direction));
    }
    if (const auto media = p.enumValue<Media>(u"media")) {
        conditions.append(u"media = ?"_s);
        binds.append(wireName(*media));
    }
    if (const auto category = m_services.resolver.resolve(Entity::Category, p, u"category_identifier")) {
        conditions.append(u"category_id = ?"_s);
        binds.append(*category);
    }
    if (const auto system =
            m_services.resolver.resolve(Entity::ExternalSystem, p, u"communication_queue_external_system_identifier")) {
        conditions.append(u"external_system_id = ?"_s);
        binds.append(*system);
    }
    QSqlQuery query = m_services.database.run(
        u"SELECT id, name, alternative_code, description, direction, media, category_id, subject, content"
        " FROM templates WHERE "_s
            + conditions.join(u" AND "_s) + u" ORDER BY seq"_s,
        binds);
    QJsonArray result;
    while (query.next()) {
        const auto categoryId = query.value(6).isNull() ? std::nullopt : std::optional(query.value(6).toString());
        const QJsonObject item {{u"id"_s, query.value(0).toString()},
                                {u"name"_s, query.value(1).toString()},
                                {u"alternative_code"_s, text(query.value(2))},
                                {u"description"_s, text(query.value(3))},
                                {u"direction"_s, text(query.value(4))},
                                {u"media"_s, text(query.value(5))},
                                {u"category"_s, m_services.references.category(categoryId)},
                                {u"subject"_s, text(query.value(7))},
                                {u"content"_s, text(query.value(8))}};
        result.append(ReferenceJson::select(item, fieldsSet));
    }
    return result;
}

QJsonValue ConfigurationHandler::externalSystems(const CallContext &call)
{
    const QStringList fieldsSet = call.parameters.fieldsSet(externalSystemMembers());
    QSqlQuery query = m_services.database.run(
        u"SELECT id, name, alternative_code, description, character_limit FROM external_systems ORDER BY seq"_s);
    QJsonArray result;
    while (query.next()) {
        const QJsonObject system {
            {u"id"_s, query.value(0).toString()},
            {u"name"_s, query.value(1).toString()},
            {u"alternative_code"_s, text(query.value(2))},
            {u"description"_s, text(query.value(3))},
            {u"character_limit"_s, query.value(4).isNull() ? QJsonValue(QJsonValue::Null) : query.value(4).toInt()}};
        result.append(ReferenceJson::select(system, fieldsSet));
    }
    return result;
}

QJsonValue ConfigurationHandler::contact(const CallContext &call)
{
    const QStringList fieldsSet = call.parameters.fieldsSet(ContactJson::members());
    const QString id =
        m_services.resolver.resolveRequired(Entity::Contact, call.parameters, u"contact_information_identifier");
    return ReferenceJson::select(m_services.contacts.full(id), fieldsSet);
}

} // namespace commdesk
