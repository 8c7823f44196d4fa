#pragma once

#include "JsonReader.h"

namespace commdesk {

struct UserRef
{
    QString id;
    QString username;

    static UserRef fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const UserRef &, const UserRef &) = default;
};

// Who created and last changed an entity, and when.
struct LogInformation
{
    std::optional<ApiDate> createdDate;
    std::optional<UserRef> createdBy;
    std::optional<ApiDate> updatedDate;
    std::optional<UserRef> updatedBy;

    static LogInformation fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const LogInformation &, const LogInformation &) = default;
};

} // namespace commdesk
