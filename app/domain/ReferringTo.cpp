#include "ReferringTo.h"

#include "Identifier.h"
#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto members = std::tuple {
    mapping::member(u"entity", &ReferringTo::entity),
    mapping::member(u"id", &ReferringTo::id),
    mapping::member(u"number", &ReferringTo::number),
};

} // namespace

ReferringTo ReferringTo::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<ReferringTo>(json, members);
}

QJsonObject ReferringTo::toJson() const
{
    return mapping::toJson(*this, members);
}

QJsonObject ReferringTo::toRequestJson() const
{
    // [ours] docs/api-contract.md "Communications": the entity is named by number; the id serves when no number is
    // known.
    const Identifier identifier = number.isEmpty() ? Identifier::byId(id) : Identifier::byNumber(number);
    return QJsonObject {
        {QStringLiteral("entity"), wireName(entity)},
        {QStringLiteral("entity_identifier"), identifier.toJson()},
    };
}

} // namespace commdesk
