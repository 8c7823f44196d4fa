#include "Category.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto members = std::tuple {
    mapping::member(u"id", &Category::id),
    mapping::member(u"name", &Category::name),
    mapping::member(u"code", &Category::code),
    mapping::member(u"description", &Category::description),
    mapping::member(u"parent_id", &Category::parentId),
};

} // namespace

Category Category::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<Category>(json, members);
}

QJsonObject Category::toJson() const
{
    return mapping::toJson(*this, members);
}

} // namespace commdesk
