#include "ApiDate.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace commdesk {

namespace {

constexpr int hour = 3600;

// Fixed English names: Java writes them so whatever the locale, and so must we (docs/api-contract.md "Dates").
constexpr QStringView weekdays[] = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
constexpr QStringView months[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                  u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};

struct ZoneRow
{
    QStringView abbreviation;
    int offsetSeconds;
};

// [ours] docs/api-contract.md "Dates": the abbreviations the client maps; any other is read as UTC.
constexpr ZoneRow zones[] = {
    {u"UTC", 0},         {u"GMT", 0},         {u"Z", 0},           {u"EET", 2 * hour},  {u"EEST", 3 * hour},
    {u"CET", 1 * hour},  {u"CEST", 2 * hour}, {u"WET", 0},         {u"WEST", 1 * hour}, {u"BST", 1 * hour},
    {u"MSK", 3 * hour},  {u"EST", -5 * hour}, {u"EDT", -4 * hour}, {u"CST", -6 * hour}, {u"CDT", -5 * hour},
    {u"MST", -7 * hour}, {u"MDT", -6 * hour}, {u"PST", -8 * hour}, {u"PDT", -7 * hour},
};

// QTimeZone accepts offsets up to 14 hours either way.
constexpr int maxOffsetSeconds = 14 * hour;

template<std::size_t N>
int indexOf(const QStringView (&names)[N], QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i].compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

struct ParsedDate
{
    QDateTime when;
    bool zoneAssumed = false;
};

// `+03:00`, `+0300`, `+03` or `Z`; nullopt when malformed or out of range.
std::optional<int> parseOffset(QStringView text)
{
    if (text == u"Z")
        return 0;
    static const QRegularExpression pattern(QStringLiteral("^([+-])([0-9]{2})(?::?([0-9]{2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int minutes = m.capturedView(3).toInt();
    const int seconds = m.capturedView(2).toInt() * hour + minutes * 60;
    if (minutes >= 60 || seconds > maxOffsetSeconds)
        return std::nullopt;
    return m.capturedView(1) == u"-" ? -seconds : seconds;
}

std::optional<QDateTime> makeDateTime(QDate date, QTime time, int offsetSeconds)
{
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone(offsetSeconds));
}

// ISO 8601: `2017-05-22`, `2017-05-22T12:42:03`, with fractions and `Z` or an offset.
std::optional<ParsedDate> parseIso(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})"
                       "(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?"
                       "(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    auto number = [&m](int group) { return m.capturedView(group).toInt(); };
    // Only milliseconds survive; pad `.5` to 500 and cut `.123456` to 123.
    const int millis = m.capturedView(7).left(3).toString().leftJustified(3, u'0').toInt();
    const std::optional<int> offset = m.capturedView(8).isEmpty() ? 0 : parseOffset(m.capturedView(8));
    if (!offset)
        return std::nullopt;
    const auto when =
        makeDateTime(QDate(number(1), number(2), number(3)), QTime(number(4), number(5), number(6), millis), *offset);
    if (!when)
        return std::nullopt;
    return ParsedDate {*when, false};
}

// Java's Date.toString(): `EEE MMM dd HH:mm:ss zzz yyyy`, e.g. `Mon May 22 12:42:03 EEST 2017`.
std::optional<ParsedDate> parseJava(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z]{3}) +([A-Za-z]{3}) +([0-9]{1,2}) +"
                                                           "([0-9]{2}):([0-9]{2}):([0-9]{2}) +"
                                                           "([A-Za-z]+(?:[+-][0-9]{2}(?::?[0-9]{2})?)?) +([0-9]{4})$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    // The weekday is redundant: it must be a name, but a mismatch with the date is not worth a refusal.
    const int month = indexOf(months, m.capturedView(2)) + 1;
    if (indexOf(weekdays, m.capturedView(1)) < 0 || month == 0)
        return std::nullopt;

    const QStringView zone = m.capturedView(7);
    std::optional<int> offset = zoneOffsetSeconds(zone);
    if (!offset && (zone.startsWith(u"GMT") || zone.startsWith(u"UTC")) && zone.size() > 3)
        offset = parseOffset(zone.mid(3)); // Java's custom zones: `GMT+03:00`
    auto number = [&m](int group) { return m.capturedView(group).toInt(); };
    const auto when =
        makeDateTime(QDate(number(8), month, number(3)), QTime(number(4), number(5), number(6)), offset.value_or(0));
    if (!when)
        return std::nullopt;
    return ParsedDate {*when, !offset.has_value()};
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// The date and time fields as the value shows them, without any zone suffix.
QString isoFields(const QDateTime &when)
{
    const Qt::DateFormat timeFormat = when.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate;
    return when.date().toString(Qt::ISODate) + u'T' + when.time().toString(timeFormat);
}

QString offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return (offsetSeconds < 0 ? u'-' : u'+') + twoDigits(minutes / 60) + u':' + twoDigits(minutes % 60);
}

} // namespace

std::optional<int> zoneOffsetSeconds(QStringView abbreviation)
{
    for (const ZoneRow &row : zones) {
        if (row.abbreviation == abbreviation)
            return row.offsetSeconds;
    }
    return std::nullopt;
}

ApiDate::ApiDate(QDateTime when, QString originalText)
    : m_when(std::move(when))
    , m_original(std::move(originalText))
{ }

std::optional<ApiDate> ApiDate::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    std::optional<ParsedDate> parsed = parseIso(trimmed);
    if (!parsed)
        parsed = parseJava(trimmed);
    if (!parsed)
        return std::nullopt;
    ApiDate date(parsed->when, text.toString());
    date.m_zoneAssumed = parsed->zoneAssumed;
    return date;
}

QString ApiDate::toWire() const
{
    return toWire(m_when);
}

QString ApiDate::toWire(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return isoFields(when) + offsetText(when.offsetFromUtc());
}

QString ApiDate::toIsoUtc() const
{
    if (!m_when.isValid())
        return {};
    return isoFields(m_when.toUTC()) + u'Z';
}

QString ApiDate::toJavaText(const QDateTime &when, const QString &zoneAbbreviation, int offsetSeconds)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(QTimeZone(offsetSeconds));
    const QDate date = local.date();
    return weekdays[date.dayOfWeek() - 1] + u' ' + months[date.month() - 1] + u' ' + twoDigits(date.day()) + u' '
        + local.time().toString(Qt::ISODate) + u' ' + zoneAbbreviation + u' '
        + QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
}

} // namespace commdesk
