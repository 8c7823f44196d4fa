#pragma once

#include "JsonReader.h"

namespace commdesk {

// The group that owns a communication (owned_by_group, docs/api-contract.md "Communications").
struct Group
{
    QString id;
    QString name;
    QString alternativeCode;

    static Group fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const Group &, const Group &) = default;
};

} // namespace commdesk
