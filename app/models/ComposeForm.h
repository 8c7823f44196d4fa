#pragma once

#include "Communication.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <optional>

namespace commdesk {

// A reference picked from a list (category, template, queue external system): what the request
// sends and what the picker shows. Two choices are the same when they name the same thing.
struct ComposeChoice
{
    Identifier ref;
    QString label;

    friend bool operator==(const ComposeChoice &a, const ComposeChoice &b) { return a.ref == b.ref; }
};

// One row of the unrestricted parameters as typed; id is set for rows that came from the server.
struct ComposeParameterRow
{
    QString id;
    QString name;
    ParameterType type = ParameterType::String;
    QString value;

    friend bool operator==(const ComposeParameterRow &, const ComposeParameterRow &) = default;
};

// Everything the compose window holds, as the user typed it (texts unparsed), without widgets:
// what validation checks, what a create or an update is built from, and what "unsaved changes"
// compares.
struct ComposeForm
{
    // A field of contact_information_identifier (docs/api-contract.md "Identifiers").
    QString contactField = QStringLiteral("number");
    QString contactValue;
    std::optional<ComposeChoice> templateChoice;
    std::optional<ComposeChoice> category;
    std::optional<ComposeChoice> externalSystem;
    std::optional<Direction> direction;
    std::optional<Media> media;
    QString subject;
    QString content;
    QString to;
    QString notes;
    QString ownedByGroup; // `field=value`: there is no list call for groups
    QString privacyLevel; // `field=value`: there is no list call for privacy levels
    std::array<QString, 8> udfStrings;
    std::array<QString, 4> udfFloats;
    std::array<QString, 4> udfDates;
    std::optional<ReferringEntity> referringEntity;
    QString referringNumber;
    QList<ComposeParameterRow> parameters;

    // The form of an existing communication (a draft to edit).
    static ComposeForm fromCommunication(const Communication &communication);

    friend bool operator==(const ComposeForm &, const ComposeForm &) = default;
};

// What the form refers to beyond the typed values: the template as listed (what it gives) and the
// contact as looked up (what its placeholders resolve to). Either may be unknown.
struct ComposeContext
{
    std::optional<Template> appliedTemplate;
    std::optional<Contact> contact;
};

// Reading typed values: numbers in the user's locale or in C notation, dates as ISO 8601 or in the
// user's short format.
class ComposeValues
{
    Q_DECLARE_TR_FUNCTIONS(ComposeValues)

public:
    // The fields of contact_information_identifier (docs/api-contract.md "Identifiers"), in the order the picker shows.
    static QStringList contactFields();
    static QString contactFieldLabel(const QString &field);

    static std::optional<double> parseNumber(const QString &text);
    static std::optional<qint64> parseInteger(const QString &text);
    // `2024-05-01` (local midnight), `2024-05-01T10:30[:00][+03:00|Z]`, or the locale's short date.
    static std::optional<QDateTime> parseDate(const QString &text);

    static QString formatNumber(double value);
    // Local midnight as a plain date, anything else as ISO 8601 local time.
    static QString formatDate(const QDateTime &when);
    static QString formatParameterValue(const UnrestrictedParameter &parameter);
};

} // namespace commdesk
