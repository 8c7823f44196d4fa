#pragma once

#include "JsonReader.h"

namespace commdesk {

// A communication queue external system: an SMS gateway, a mail relay, a portal (docs/api-contract.md "Configuration
// look-ups").
struct ExternalSystem
{
    QString id;
    QString name;
    QString alternativeCode;
    QString description;
    std::optional<int> characterLimit;

    static ExternalSystem fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const ExternalSystem &, const ExternalSystem &) = default;
};

} // namespace commdesk
