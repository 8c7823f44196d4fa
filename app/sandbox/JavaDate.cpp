#include "JavaDate.h"

#include "SandboxRules.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

// Java prints English names whatever the locale; so does the sandbox.
constexpr std::array<QLatin1StringView, 7> dayNames = {"Mon"_L1, "Tue"_L1, "Wed"_L1, "Thu"_L1,
                                                       "Fri"_L1, "Sat"_L1, "Sun"_L1};
constexpr std::array<QLatin1StringView, 12> monthNames = {"Jan"_L1, "Feb"_L1, "Mar"_L1, "Apr"_L1, "May"_L1, "Jun"_L1,
                                                          "Jul"_L1, "Aug"_L1, "Sep"_L1, "Oct"_L1, "Nov"_L1, "Dec"_L1};

struct ZoneAbbreviation
{
    QLatin1StringView name;
    int offsetSeconds;
};

// The abbreviations docs/api-contract.md "Dates" lists; the server's own zone is recognised besides these.
constexpr std::array<ZoneAbbreviation, 18> knownZones = {{
    {"UTC"_L1, 0},
    {"GMT"_L1, 0},
    {"EET"_L1, 2 * 3600},
    {"EEST"_L1, 3 * 3600},
    {"CET"_L1, 3600},
    {"CEST"_L1, 2 * 3600},
    {"WET"_L1, 0},
    {"WEST"_L1, 3600},
    {"BST"_L1, 3600},
    {"MSK"_L1, 3 * 3600},
    {"EST"_L1, -5 * 3600},
    {"EDT"_L1, -4 * 3600},
    {"CST"_L1, -6 * 3600},
    {"CDT"_L1, -5 * 3600},
    {"MST"_L1, -7 * 3600},
    {"MDT"_L1, -6 * 3600},
    {"PST"_L1, -8 * 3600},
    {"PDT"_L1, -7 * 3600},
}};

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

int monthIndex(QStringView name)
{
    for (int i = 0; i < int(monthNames.size()); ++i) {
        if (name == monthNames[i])
            return i + 1;
    }
    return 0;
}

} // namespace

JavaDate::JavaDate(QTimeZone zone)
    : m_zone(std::move(zone))
{ }

QString JavaDate::abbreviation(const QDateTime &when) const
{
    const QString name = m_zone.abbreviation(when);
    const bool letters = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) { return c.isLetter(); });
    if (letters)
        return name;
    const int offset = m_zone.offsetFromUtc(when);
    const int minutes = std::abs(offset) / 60;
    return u"GMT"_s + (offset < 0 ? u'-' : u'+') + twoDigits(minutes / 60) + u':' + twoDigits(minutes % 60);
}

QString JavaDate::format(const QDateTime &when) const
{
    const QDateTime local = when.toTimeZone(m_zone);
    const QDate date = local.date();
    const QTime time = local.time();
    return dayNames[date.dayOfWeek() - 1] + u' ' + monthNames[date.month() - 1] + u' ' + twoDigits(date.day()) + u' '
        + twoDigits(time.hour()) + u':' + twoDigits(time.minute()) + u':' + twoDigits(time.second()) + u' '
        + abbreviation(when) + u' ' + QString::number(date.year());
}

QString JavaDate::formatMs(qint64 msSinceEpoch) const
{
    return format(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()));
}

std::optional<QDateTime> JavaDate::parse(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (auto java = parseJava(trimmed))
        return java;
    return parseIso(trimmed);
}

std::optional<int> JavaDate::offsetOfAbbreviation(QStringView abbreviation, const QDate &date, const QTime &time) const
{
    // The server's own zone first: its abbreviations are what it writes.
    const QDateTime inZone(date, time, m_zone);
    if (inZone.isValid() && abbreviation == this->abbreviation(inZone))
        return m_zone.offsetFromUtc(inZone);
    for (const auto &zone : knownZones) {
        if (abbreviation == zone.name)
            return zone.offsetSeconds;
    }
    static const QRegularExpression gmtOffset(u"^GMT([+-])(\\d{2}):?(\\d{2})$"_s);
    const auto match = gmtOffset.match(abbreviation.toString());
    if (match.hasMatch()) {
        const int seconds = match.capturedView(2).toInt() * 3600 + match.capturedView(3).toInt() * 60;
        return match.capturedView(1) == u"-" ? -seconds : seconds;
    }
    return std::nullopt;
}

std::optional<QDateTime> JavaDate::parseJava(QStringView text) const
{
    static const QRegularExpression java(
        u"^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) ([A-Za-z]+|GMT[+-]\\d{2}:?\\d{2}) (\\d{4})$"_s);
    const auto match = java.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int month = monthIndex(match.capturedView(2));
    const QDate date(match.capturedView(8).toInt(), month, match.capturedView(3).toInt());
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(), match.capturedView(6).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    if (match.capturedView(1) != dayNames[date.dayOfWeek() - 1])
        return std::nullopt;
    const auto offset = offsetOfAbbreviation(match.capturedView(7), date, time);
    if (!offset)
        return std::nullopt;
    return QDateTime(date, time, QTimeZone(*offset)).toUTC();
}

std::optional<QDateTime> JavaDate::parseIso(QStringView text) const
{
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
        u"(Z|[+-]\\d{2}(?::?\\d{2})?)?)?$"_s);
    const auto match = iso.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    QTime time(0, 0);
    if (match.hasCaptured(4)) {
        const int ms = match.hasCaptured(7) ? match.captured(7).left(3).leftJustified(3, u'0').toInt() : 0;
        time = QTime(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                     match.hasCaptured(6) ? match.capturedView(6).toInt() : 0, ms);
        if (!time.isValid())
            return std::nullopt;
    }
    const QStringView zone = match.capturedView(8);
    if (zone.isEmpty()) {
        const QTimeZone assumed = rules::isoWithoutOffsetIsServerTime ? m_zone : QTimeZone::utc();
        const QDateTime when(date, time, assumed);
        return when.isValid() ? std::optional(when.toUTC()) : std::nullopt;
    }
    if (zone == u"Z")
        return QDateTime(date, time, QTimeZone::utc());
    const int sign = zone.front() == u'-' ? -1 : 1;
    const QString digits = zone.mid(1).toString().remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    return QDateTime(date, time, QTimeZone(sign * (hours * 3600 + minutes * 60))).toUTC();
}

} // namespace commdesk
