#include "ExternalSystem.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto members = std::tuple {
    mapping::member(u"id", &ExternalSystem::id),
    mapping::member(u"name", &ExternalSystem::name),
    mapping::member(u"alternative_code", &ExternalSystem::alternativeCode),
    mapping::member(u"description", &ExternalSystem::description),
    mapping::member(u"character_limit", &ExternalSystem::characterLimit),
};

} // namespace

ExternalSystem ExternalSystem::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<ExternalSystem>(json, members);
}

QJsonObject ExternalSystem::toJson() const
{
    return mapping::toJson(*this, members);
}

} // namespace commdesk
