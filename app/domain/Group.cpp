#include "Group.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto members = std::tuple {
    mapping::member(u"id", &Group::id),
    mapping::member(u"name", &Group::name),
    mapping::member(u"alternative_code", &Group::alternativeCode),
};

} // namespace

Group Group::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<Group>(json, members);
}

QJsonObject Group::toJson() const
{
    return mapping::toJson(*this, members);
}

} // namespace commdesk
