#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <optional>

namespace commdesk {

// The sandbox's own date text (docs/api-contract.md "Dates"), independent of the client's reading of it: writes
// Java's default form `Mon May 22 12:42:03 EEST 2017` in the server's time zone, and reads that
// form and ISO 8601 (with or without offset or `Z`, and date-only).
class JavaDate
{
public:
    explicit JavaDate(QTimeZone zone);

    const QTimeZone &zone() const { return m_zone; }

    QString format(const QDateTime &when) const;
    QString formatMs(qint64 msSinceEpoch) const;

    // nullopt when the text is neither form, names an unknown zone, or has the wrong weekday.
    std::optional<QDateTime> parse(QStringView text) const;

    // The abbreviation Java prints for this instant in the zone: `EET`, `EEST`, `UTC`; a zone
    // whose abbreviation is numeric (`+03`) is written `GMT+03:00` as Java does.
    QString abbreviation(const QDateTime &when) const;

private:
    std::optional<QDateTime> parseJava(QStringView text) const;
    std::optional<QDateTime> parseIso(QStringView text) const;
    std::optional<int> offsetOfAbbreviation(QStringView abbreviation, const QDate &date, const QTime &time) const;

    QTimeZone m_zone;
};

} // namespace commdesk
