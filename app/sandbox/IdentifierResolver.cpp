#include "IdentifierResolver.h"

#include "SandboxDatabase.h"

#include <QLatin1StringView>

#include <array>
#include <span>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

struct Field
{
    QLatin1StringView name;
    QLatin1StringView column;
};

struct EntityTable
{
    Entity entity;
    QLatin1StringView table;
    QLatin1StringView what; // for NOT_FOUND messages
    std::span<const Field> fields;
};

// docs/api-contract.md "Identifiers": which fields each identifier accepts, and the column each reads. Table and column
// names come only from here, never from a request.
constexpr Field communicationFields[] = {{"id"_L1, "id"_L1}, {"number"_L1, "number"_L1}};
constexpr Field contactFields[] = {{"id"_L1, "id"_L1},
                                   {"number"_L1, "number"_L1},
                                   {"id_number"_L1, "id_number"_L1},
                                   {"passport_number"_L1, "passport_number"_L1},
                                   {"social_security_number"_L1, "social_security_number"_L1},
                                   {"vat_registration_number"_L1, "vat_registration_number"_L1},
                                   {"registration_number"_L1, "registration_number"_L1}};
constexpr Field categoryFields[] = {{"id"_L1, "id"_L1}, {"name"_L1, "name"_L1}, {"code"_L1, "code"_L1}};
constexpr Field namedFields[] = {
    {"id"_L1, "id"_L1}, {"name"_L1, "name"_L1}, {"alternative_code"_L1, "alternative_code"_L1}};
constexpr Field privacyLevelFields[] = {{"id"_L1, "id"_L1}, {"number"_L1, "number"_L1}, {"name"_L1, "name"_L1}};

constexpr EntityTable entityTables[] = {
    {Entity::Communication, "communications"_L1, "communication"_L1, communicationFields},
    {Entity::Contact, "contacts"_L1, "contact"_L1, contactFields},
    {Entity::Category, "categories"_L1, "category"_L1, categoryFields},
    {Entity::Template, "templates"_L1, "template"_L1, namedFields},
    {Entity::QueueEntry, "queue_entries"_L1, "queue entry"_L1, communicationFields},
    {Entity::ExternalSystem, "external_systems"_L1, "external system"_L1, namedFields},
    {Entity::Group, "user_groups"_L1, "group"_L1, namedFields},
    {Entity::PrivacyLevel, "privacy_levels"_L1, "privacy level"_L1, privacyLevelFields},
};

const EntityTable &tableOf(Entity entity)
{
    for (const auto &table : entityTables) {
        if (table.entity == entity)
            return table;
    }
    Q_UNREACHABLE();
}

} // namespace

IdentifierResolver::IdentifierResolver(SandboxDatabase &database)
    : m_database(database)
{ }

QStringList IdentifierResolver::fieldsOf(Entity entity)
{
    QStringList names;
    for (const auto &field : tableOf(entity).fields)
        names.append(field.name);
    return names;
}

QString IdentifierResolver::resolve(Entity entity, const QString &parameter, const SentIdentifier &identifier)
{
    const EntityTable &table = tableOf(entity);
    const Field *field = nullptr;
    for (const auto &candidate : table.fields) {
        if (identifier.field == candidate.name)
            field = &candidate;
    }
    if (!field) {
        throw ApiFailure::invalid(parameter,
                                  u"\"%1\" is not a field of this identifier; use one of %2"_s.arg(
                                      identifier.field, fieldsOf(entity).join(u", "_s)));
    }
    const QString sql =
        u"SELECT id FROM "_s + table.table + u" WHERE "_s + field->column + u" = ? ORDER BY seq LIMIT 1"_s;
    QSqlQuery &query = m_database.prepared(sql);
    query.addBindValue(identifier.value);
    m_database.exec(query);
    if (!query.next())
        throw ApiFailure::notFound(parameter,
                                   u"%1 with %2 \"%3\""_s.arg(table.what, identifier.field, identifier.value));
    return query.value(0).toString();
}

std::optional<QString> IdentifierResolver::resolve(Entity entity, const Parameters &parameters, QStringView key)
{
    const auto identifier = parameters.identifier(key);
    if (!identifier)
        return std::nullopt;
    return resolve(entity, parameters.nameOf(key), *identifier);
}

QString IdentifierResolver::resolveRequired(Entity entity, const Parameters &parameters, QStringView key)
{
    const auto id = resolve(entity, parameters, key);
    if (!id)
        throw ApiFailure::missing(parameters.nameOf(key));
    return *id;
}

} // namespace commdesk
