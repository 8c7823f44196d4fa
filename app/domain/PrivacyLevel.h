#pragma once

#include "JsonReader.h"

namespace commdesk {

struct PrivacyLevel
{
    QString id;
    QString number;
    QString name;

    static PrivacyLevel fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const PrivacyLevel &, const PrivacyLevel &) = default;
};

} // namespace commdesk
