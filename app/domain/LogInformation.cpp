#include "LogInformation.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto userMembers = std::tuple {
    mapping::member(u"id", &UserRef::id),
    mapping::member(u"username", &UserRef::username),
};

constexpr auto members = std::tuple {
    mapping::member(u"created_date", &LogInformation::createdDate),
    mapping::member(u"created_by_user", &LogInformation::createdBy),
    mapping::member(u"updated_date", &LogInformation::updatedDate),
    mapping::member(u"updated_by_user", &LogInformation::updatedBy),
};

} // namespace

UserRef UserRef::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<UserRef>(json, userMembers);
}

QJsonObject UserRef::toJson() const
{
    return mapping::toJson(*this, userMembers);
}

LogInformation LogInformation::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<LogInformation>(json, members);
}

QJsonObject LogInformation::toJson() const
{
    return mapping::toJson(*this, members);
}

} // namespace commdesk
