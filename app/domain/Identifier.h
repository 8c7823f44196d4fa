#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace commdesk {

// One field and its value naming one entity (docs/api-contract.md "Identifiers"): `number=CM000680`. Exactly one field.
struct Identifier
{
    QString field;
    QString value;

    Identifier() = default;
    Identifier(QString fieldName, QString fieldValue);

    static Identifier byId(const QString &id) { return {QStringLiteral("id"), id}; }
    static Identifier byNumber(const QString &number) { return {QStringLiteral("number"), number}; }
    static Identifier byName(const QString &name) { return {QStringLiteral("name"), name}; }

    // Parses what a user or a script types: `field=value`, split at the first '='. Field and
    // value must both be non-empty.
    static std::optional<Identifier> parse(QStringView text);

    bool isValid() const { return !field.isEmpty() && !value.isEmpty(); }

    // The GET query form: `field=value` with the value percent-encoded and the inner '=' kept (docs/api-contract.md
    // "Transport").
    QByteArray toQueryValue() const;
    // The POST body form: {"field": "value"} (docs/api-contract.md "Transport").
    QJsonObject toJson() const;
    // For people: `field=value` as typed.
    QString toString() const;

    friend bool operator==(const Identifier &, const Identifier &) = default;
};

} // namespace commdesk
