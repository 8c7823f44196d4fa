#include "PrivacyLevel.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto members = std::tuple {
    mapping::member(u"id", &PrivacyLevel::id),
    mapping::member(u"number", &PrivacyLevel::number),
    mapping::member(u"name", &PrivacyLevel::name),
};

} // namespace

PrivacyLevel PrivacyLevel::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<PrivacyLevel>(json, members);
}

QJsonObject PrivacyLevel::toJson() const
{
    return mapping::toJson(*this, members);
}

} // namespace commdesk
