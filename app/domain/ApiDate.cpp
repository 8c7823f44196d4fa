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

namespace {

// Days from 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// The number in text[from, from + count), all digits; -1 otherwise.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool validFields(int year, int month, int day, int hh, int mi, int ss)
{
    return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= QDate(year, month, 1).daysInMonth() && hh >= 0
        && hh < 24 && mi >= 0 && mi < 60 && ss >= 0 && ss < 60;
}

qint64 msecs(int year, int month, int day, int hh, int mi, int ss, int ms, int offsetSeconds)
{
    return ((daysFromCivil(year, month, day) * 86400 + hh * 3600 + mi * 60 + ss - offsetSeconds) * 1000) + ms;
}

// `2017-05-22T12:42:03Z`, with `+03:00` or no zone (UTC), and `.123` or not.
std::optional<qint64> fastIso(QStringView t)
{
    if (t.size() < 19 || t[4] != u'-' || t[7] != u'-' || (t[10] != u'T' && t[10] != u' ') || t[13] != u':'
        || t[16] != u':')
        return std::nullopt;
    const int year = digits(t, 0, 4), month = digits(t, 5, 2), day = digits(t, 8, 2);
    const int hh = digits(t, 11, 2), mi = digits(t, 14, 2), ss = digits(t, 17, 2);
    if (!validFields(year, month, day, hh, mi, ss))
        return std::nullopt;
    qsizetype at = 19;
    int ms = 0;
    if (at < t.size() && t[at] == u'.') {
        const qsizetype start = ++at;
        while (at < t.size() && t[at].isDigit())
            ++at;
        if (at == start)
            return std::nullopt;
        ms = digits(t, start, std::min<qsizetype>(3, at - start));
        for (qsizetype i = at - start; i < 3; ++i)
            ms *= 10;
    }
    int offset = 0;
    if (at == t.size()) {
    } else if (t[at] == u'Z' && at + 1 == t.size()) {
    } else if ((t[at] == u'+' || t[at] == u'-') && at + 6 == t.size() && t[at + 3] == u':') {
        const int h = digits(t, at + 1, 2), m = digits(t, at + 4, 2);
        if (h < 0 || m < 0)
            return std::nullopt;
        offset = (t[at] == u'-' ? -1 : 1) * (h * 3600 + m * 60);
    } else {
        return std::nullopt;
    }
    return msecs(year, month, day, hh, mi, ss, ms, offset);
}

// `Mon May 22 12:42:03 EEST 2017`, with a zone of the table.
std::optional<qint64> fastJava(QStringView t)
{
    if (t.size() < 28 || t[3] != u' ' || t[7] != u' ' || t[10] != u' ' || t[13] != u':' || t[16] != u':'
        || t[19] != u' ')
        return std::nullopt;
    const qsizetype zoneEnd = t.indexOf(u' ', 20);
    if (zoneEnd < 0 || zoneEnd + 5 != t.size())
        return std::nullopt;
    const int month = indexOf(months, t.mid(4, 3)) + 1;
    const std::optional<int> offset = zoneOffsetSeconds(t.mid(20, zoneEnd - 20));
    if (month == 0 || !offset || indexOf(weekdays, t.first(3)) < 0)
        return std::nullopt;
    const int year = digits(t, zoneEnd + 1, 4), day = digits(t, 8, 2);
    const int hh = digits(t, 11, 2), mi = digits(t, 14, 2), ss = digits(t, 17, 2);
    if (!validFields(year, month, day, hh, mi, ss))
        return std::nullopt;
    return msecs(year, month, day, hh, mi, ss, 0, *offset);
}

} // namespace

std::optional<qint64> ApiDate::parseMSecsSinceEpoch(QStringView text)
{
    if (auto fast = fastIso(text))
        return fast;
    if (auto fast = fastJava(text))
        return fast;
    const std::optional<ApiDate> slow = parse(text);
    if (!slow)
        return std::nullopt;
    return slow->when().toMSecsSinceEpoch();
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
