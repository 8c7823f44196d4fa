#include "Template.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto members = std::tuple {
    mapping::member(u"id", &Template::id),
    mapping::member(u"name", &Template::name),
    mapping::member(u"alternative_code", &Template::alternativeCode),
    mapping::member(u"description", &Template::description),
    mapping::member(u"direction", &Template::direction),
    mapping::member(u"media", &Template::media),
    mapping::member(u"category", &Template::category),
    mapping::member(u"subject", &Template::subject),
    mapping::member(u"content", &Template::content),
};

} // namespace

Template Template::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<Template>(json, members);
}

QJsonObject Template::toJson() const
{
    return mapping::toJson(*this, members);
}

} // namespace commdesk
