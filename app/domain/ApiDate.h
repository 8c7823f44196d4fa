#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace commdesk {

// A date as the server writes it (docs/api-contract.md "Dates"). Keeps the instant (with the offset it was
// written in) and the original text, because an unknown zone abbreviation is read as UTC and a
// person may still want to see what the server said.
class ApiDate
{
public:
    ApiDate() = default;
    explicit ApiDate(QDateTime when, QString originalText = {});

    // Reads Java's default date text (`Mon May 22 12:42:03 EEST 2017`) and ISO 8601
    // (`2017-05-22T12:42:03`, with or without offset or `Z`, and `2017-05-22`). A date-only or
    // offset-less ISO text is taken as UTC. Returns nullopt for anything else.
    static std::optional<ApiDate> parse(QStringView text);
    // The same texts as parse(), as milliseconds since the epoch, without a QDateTime or a regular
    // expression for the two shapes servers write (the list decodes thousands of them per page).
    static std::optional<qint64> parseMSecsSinceEpoch(QStringView text);

    bool isValid() const { return m_when.isValid(); }
    QDateTime when() const { return m_when; }
    QDateTime toUtc() const { return m_when.toUTC(); }
    QString originalText() const { return m_original; }
    // True when the zone abbreviation was not in the table and UTC was assumed.
    bool zoneAssumed() const { return m_zoneAssumed; }

    // What the client sends: ISO 8601 with offset, `2017-05-22T12:42:03+03:00` (docs/api-contract.md "Dates").
    QString toWire() const;
    static QString toWire(const QDateTime &when);
    // Normalised output (CLI --json): ISO 8601 in UTC, `2017-05-22T09:42:03Z`.
    QString toIsoUtc() const;
    // Java's form in the given offset and zone abbreviation (what the sandbox writes).
    static QString toJavaText(const QDateTime &when, const QString &zoneAbbreviation, int offsetSeconds);

    friend bool operator==(const ApiDate &a, const ApiDate &b) { return a.m_when == b.m_when; }

private:
    QDateTime m_when;
    QString m_original;
    bool m_zoneAssumed = false;
};

// The one table of zone abbreviations the client understands (docs/api-contract.md "Dates"); nullopt for any other.
std::optional<int> zoneOffsetSeconds(QStringView abbreviation);

} // namespace commdesk
