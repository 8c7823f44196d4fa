#pragma once

#include "Category.h"

namespace commdesk {

// A communication template (docs/api-contract.md "Configuration look-ups"); embedded in a communication as {id, name,
// alternative_code}.
struct Template
{
    QString id;
    QString name;
    QString alternativeCode;
    QString description;
    std::optional<Direction> direction;
    std::optional<Media> media;
    std::optional<Category> category;
    QString subject;
    QString content; // may hold placeholders such as {{first_name}}

    static Template fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const Template &, const Template &) = default;
};

} // namespace commdesk
