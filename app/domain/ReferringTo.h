#pragma once

#include "JsonReader.h"

namespace commdesk {

// What a communication refers to (docs/api-contract.md "Communications"). Read as {entity, id, number}; written in a
// create or update as {"entity": ..., "entity_identifier": {"number": ...}}.
struct ReferringTo
{
    WireValue<ReferringEntity> entity = ReferringEntity::Communications;
    QString id;
    QString number;

    static ReferringTo fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    QJsonObject toRequestJson() const; // the create/update form
    friend bool operator==(const ReferringTo &, const ReferringTo &) = default;
};

} // namespace commdesk
