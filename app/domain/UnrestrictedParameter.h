#pragma once

#include "Identifier.h"
#include "JsonReader.h"

#include <QVariant>

namespace commdesk {

// One unrestricted parameter of a communication: {id, key, name, type, <type>_value}.
struct UnrestrictedParameter
{
    QString id;
    QString key;
    QString name;
    ParameterType type = ParameterType::String;
    // QString, double, qint64 or ApiDate, following type; invalid when the server sent no value.
    QVariant value;

    static UnrestrictedParameter fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    // The create form: {"name", "type", "<type>_value"} (docs/api-contract.md "Communications").
    QJsonObject toCreateJson() const;
    // "string_value", "float_value", ...
    static QString valueMember(ParameterType type);
    friend bool operator==(const UnrestrictedParameter &, const UnrestrictedParameter &) = default;
};

// One item of an update's unrestricted_parameter_set: ADD carries name/type/value; UPDATE and
// REMOVE name the parameter with unrestricted_parameter_identifier (id, key or name).
struct UnrestrictedParameterChange
{
    ParameterAction action = ParameterAction::Add;
    Identifier parameter; // for UPDATE and REMOVE
    UnrestrictedParameter value; // for ADD and UPDATE

    QJsonObject toJson() const;
};

} // namespace commdesk
