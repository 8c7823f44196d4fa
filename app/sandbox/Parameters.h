#pragma once

#include "ApiFailure.h"
#include "Enums.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace commdesk {

class JavaDate;

// An identifier as the caller sent it (docs/api-contract.md "Transport"): one field and its value. Which fields an
// identifier accepts, and what it names, is IdentifierResolver's business.
struct SentIdentifier
{
    QString field;
    QString value;
};

// The parameters of one call: the query of a GET (all values text) or the JSON object body of a
// POST (typed values, null meaning "clear"). Each reader returns nullopt for an absent member and
// throws ApiFailure for a present one of the wrong shape, naming it (docs/api-contract.md "Envelope").
class Parameters
{
public:
    // `a=1&b=x%20y`: names and values percent-decoded; a name given twice is INVALID_PARAMETER;
    // an empty value counts as absent.
    static Parameters fromQuery(const QByteArray &encodedQuery);
    // A POST body or an object nested in one; path prefixes member names in messages
    // (`unrestricted_parameter_set[2].name`).
    static Parameters fromObject(const QJsonObject &object, const QString &path = {});

    bool isBody() const { return m_body; }
    QString nameOf(QStringView key) const;
    bool has(QStringView key) const;
    bool isNull(QStringView key) const;
    QStringList keys() const { return m_values.keys(); }

    std::optional<QString> text(QStringView key) const;
    // Absent, null and "" are all MISSING_PARAMETER.
    QString requiredText(QStringView key) const;
    std::optional<qint64> integer(QStringView key) const;
    std::optional<double> number(QStringView key) const;
    std::optional<bool> boolean(QStringView key) const;
    std::optional<QDateTime> date(QStringView key, const JavaDate &dates) const;
    std::optional<SentIdentifier> identifier(QStringView key) const;
    std::optional<Parameters> object(QStringView key) const;
    // Absent or null gives an empty list; each element must be an object.
    QList<Parameters> objectArray(QStringView key) const;

    template<class E>
    std::optional<E> enumValue(QStringView key) const
    {
        const auto value = text(key);
        if (!value)
            return std::nullopt;
        const auto parsed = fromWire<E>(*value, WireCase::Insensitive);
        if (!parsed)
            throw ApiFailure::invalid(nameOf(key), unknownValue(*value, wireNames<E>()));
        return parsed;
    }

    // fields_set (docs/api-contract.md "Transport"): the requested names, each one of allowed; empty when absent.
    QStringList fieldsSet(const QStringList &allowed) const;
    // number_of_results and offset (docs/api-contract.md "Transport"): the page size defaults and is capped per
    // SandboxRules.h.
    int pageSize() const;
    int offset() const;
    // The token of a call: the `token` query parameter or body member (docs/api-contract.md "Transport").
    QString token() const;

private:
    static QString unknownValue(const QString &value, const QStringList &allowed);
    QJsonValue value(QStringView key) const;

    QJsonObject m_values;
    QHash<QString, QByteArray> m_encoded; // a GET's values before percent-decoding
    QString m_path;
    bool m_body = false;
};

} // namespace commdesk
