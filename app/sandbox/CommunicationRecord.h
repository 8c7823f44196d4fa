#pragma once

#include <QString>

#include <array>
#include <optional>

namespace commdesk {

// One row of the communications table. Enum members hold their wire names; dates are
// milliseconds since the epoch (UTC); an empty optional is SQL NULL and JSON null.
struct CommunicationRecord
{
    qint64 seq = 0;
    QString id;
    QString number;
    QString lifeCycleState;
    QString direction;
    QString media;
    std::optional<QString> subject;
    std::optional<QString> content;
    std::optional<QString> to;
    std::optional<QString> notes;
    bool viewed = false;
    std::optional<qint64> viewedOn;
    QString contactId;
    std::optional<QString> categoryId;
    std::optional<QString> templateId;
    std::optional<QString> externalSystemId;
    std::optional<QString> groupId;
    std::optional<QString> privacyLevelId;
    std::optional<QString> referringEntity;
    std::optional<QString> referringId;
    std::optional<QString> referringNumber;
    std::array<std::optional<QString>, 8> udfStrings;
    std::array<std::optional<double>, 4> udfFloats;
    std::array<std::optional<qint64>, 4> udfDates;
    qint64 createdMs = 0;
    QString createdBy;
    qint64 updatedMs = 0;
    QString updatedBy;
};

// One unrestricted parameter of a communication; only the value of its type is set.
struct ParameterRecord
{
    QString id;
    QString key;
    QString name;
    QString type; // STRING, FLOAT, INTEGER, DATE
    std::optional<QString> stringValue;
    std::optional<double> floatValue;
    std::optional<qint64> integerValue;
    std::optional<qint64> dateValue;
};

} // namespace commdesk
