#pragma once

#include "JsonReader.h"

namespace commdesk {

// A communication category (docs/api-contract.md "Configuration look-ups"); embedded in a communication as {id, name,
// code}.
struct Category
{
    QString id;
    QString name;
    QString code;
    QString description;
    QString parentId; // categories form a tree through parent_id

    static Category fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const Category &, const Category &) = default;
};

} // namespace commdesk
