#include "ApiDate.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace commdesk;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime when = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(when.isValid());
    return when.toUTC();
}

} // namespace

class TestApiDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesJavaText_data();
    void parsesJavaText();
    void keepsOffsetAndOriginalText();
    void unknownZoneIsUtcAndAssumed_data();
    void unknownZoneIsUtcAndAssumed();
    void parsesIso_data();
    void parsesIso();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void zoneTable_data();
    void zoneTable();
    void ignoresTheLocale();
    void writesWire_data();
    void writesWire();
    void writesIsoUtc();
    void writesJavaText();
    void javaTextRoundTrip();
    void equalityIsTheInstant();
};

void TestApiDate::parsesJavaText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("EEST, the contract's example")
        << QStringLiteral("Mon May 22 12:42:03 EEST 2017") << utc("2017-05-22T09:42:03Z");
    QTest::newRow("EET") << QStringLiteral("Sun Jan 01 00:00:00 EET 2017") << utc("2016-12-31T22:00:00Z");
    QTest::newRow("GMT") << QStringLiteral("Tue Feb 28 23:59:59 GMT 2017") << utc("2017-02-28T23:59:59Z");
    QTest::newRow("UTC") << QStringLiteral("Mon May 22 12:42:03 UTC 2017") << utc("2017-05-22T12:42:03Z");
    QTest::newRow("PDT, negative") << QStringLiteral("Mon May 22 02:42:03 PDT 2017") << utc("2017-05-22T09:42:03Z");
    QTest::newRow("EST across midnight") << QStringLiteral("Fri Dec 31 22:00:00 EST 2021")
                                         << utc("2022-01-01T03:00:00Z");
    QTest::newRow("single-digit day") << QStringLiteral("Mon May 1 12:00:00 CET 2017") << utc("2017-05-01T11:00:00Z");
    QTest::newRow("Java custom zone GMT+03:00")
        << QStringLiteral("Mon May 22 12:42:03 GMT+03:00 2017") << utc("2017-05-22T09:42:03Z");
    QTest::newRow("weekday not matching the date")
        << QStringLiteral("Fri May 22 12:42:03 EEST 2017") << utc("2017-05-22T09:42:03Z");
    QTest::newRow("surrounding blanks") << QStringLiteral("  Mon May 22 12:42:03 EEST 2017\n")
                                        << utc("2017-05-22T09:42:03Z");
    QTest::newRow("leap day") << QStringLiteral("Mon Feb 29 10:00:00 UTC 2016") << utc("2016-02-29T10:00:00Z");
}

void TestApiDate::parsesJavaText()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const std::optional<ApiDate> date = ApiDate::parse(text);
    QVERIFY(date);
    QVERIFY(date->isValid());
    QCOMPARE(date->toUtc(), expected);
    QVERIFY(!date->zoneAssumed());
}

void TestApiDate::keepsOffsetAndOriginalText()
{
    const QString text = QStringLiteral("Mon May 22 12:42:03 EEST 2017");
    const std::optional<ApiDate> date = ApiDate::parse(text);
    QVERIFY(date);
    QCOMPARE(date->when().offsetFromUtc(), 3 * 3600);
    QCOMPARE(date->when().time(), QTime(12, 42, 3));
    QCOMPARE(date->originalText(), text);
    QCOMPARE(date->toWire(), QStringLiteral("2017-05-22T12:42:03+03:00"));
    QCOMPARE(date->toIsoUtc(), QStringLiteral("2017-05-22T09:42:03Z"));
}

void TestApiDate::unknownZoneIsUtcAndAssumed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("IST") << QStringLiteral("Mon May 22 12:42:03 IST 2017");
    QTest::newRow("AEST") << QStringLiteral("Mon May 22 12:42:03 AEST 2017");
    QTest::newRow("lower-case eest is not in the table") << QStringLiteral("Mon May 22 12:42:03 eest 2017");
}

void TestApiDate::unknownZoneIsUtcAndAssumed()
{
    QFETCH(QString, text);
    const std::optional<ApiDate> date = ApiDate::parse(text);
    QVERIFY(date);
    QVERIFY(date->zoneAssumed());
    QCOMPARE(date->toUtc(), utc("2017-05-22T12:42:03Z"));
    QCOMPARE(date->originalText(), text);
}

void TestApiDate::parsesIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("offset");
    QTest::newRow("no offset is UTC") << QStringLiteral("2017-05-22T12:42:03") << utc("2017-05-22T12:42:03Z") << 0;
    QTest::newRow("Z") << QStringLiteral("2017-05-22T12:42:03Z") << utc("2017-05-22T12:42:03Z") << 0;
    QTest::newRow("+03:00") << QStringLiteral("2017-05-22T12:42:03+03:00") << utc("2017-05-22T09:42:03Z") << 10800;
    QTest::newRow("+0300") << QStringLiteral("2017-05-22T12:42:03+0300") << utc("2017-05-22T09:42:03Z") << 10800;
    QTest::newRow("-05:30") << QStringLiteral("2017-05-22T12:42:03-05:30") << utc("2017-05-22T18:12:03Z") << -19800;
    QTest::newRow("fraction") << QStringLiteral("2017-05-22T12:42:03.250Z") << utc("2017-05-22T12:42:03.250Z") << 0;
    QTest::newRow("short fraction") << QStringLiteral("2017-05-22T12:42:03.5+01:00") << utc("2017-05-22T11:42:03.500Z")
                                    << 3600;
    QTest::newRow("microseconds") << QStringLiteral("2017-05-22T12:42:03.123456Z") << utc("2017-05-22T12:42:03.123Z")
                                  << 0;
    QTest::newRow("date only is midnight UTC") << QStringLiteral("2017-05-22") << utc("2017-05-22T00:00:00Z") << 0;
    QTest::newRow("no seconds") << QStringLiteral("2017-05-22T12:42") << utc("2017-05-22T12:42:00Z") << 0;
}

void TestApiDate::parsesIso()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(int, offset);
    const std::optional<ApiDate> date = ApiDate::parse(text);
    QVERIFY(date);
    QCOMPARE(date->toUtc(), expected);
    QCOMPARE(date->when().offsetFromUtc(), offset);
    QVERIFY(!date->zoneAssumed());
    QCOMPARE(date->originalText(), text);
}

void TestApiDate::rejectsGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("words") << QStringLiteral("yesterday");
    QTest::newRow("epoch number") << QStringLiteral("1495446123000");
    QTest::newRow("unknown weekday") << QStringLiteral("Mnd May 22 12:42:03 EEST 2017");
    QTest::newRow("unknown month") << QStringLiteral("Mon Mai 22 12:42:03 EEST 2017");
    QTest::newRow("day 32") << QStringLiteral("Mon May 32 12:42:03 EEST 2017");
    QTest::newRow("hour 25") << QStringLiteral("Mon May 22 25:42:03 EEST 2017");
    QTest::newRow("Feb 29 of a common year") << QStringLiteral("Wed Feb 29 10:00:00 UTC 2017");
    QTest::newRow("missing year") << QStringLiteral("Mon May 22 12:42:03 EEST");
    QTest::newRow("missing zone") << QStringLiteral("Mon May 22 12:42:03 2017");
    QTest::newRow("trailing words") << QStringLiteral("Mon May 22 12:42:03 EEST 2017 extra");
    QTest::newRow("month 13") << QStringLiteral("2017-13-01");
    QTest::newRow("one-digit month") << QStringLiteral("2017-5-22");
    QTest::newRow("minute 60") << QStringLiteral("2017-05-22T12:60:00");
    QTest::newRow("offset out of range") << QStringLiteral("2017-05-22T12:42:03+25:00");
    QTest::newRow("offset minutes 75") << QStringLiteral("2017-05-22T12:42:03+03:75");
    QTest::newRow("trailing garbage") << QStringLiteral("2017-05-22T12:42:03Zjunk");
    QTest::newRow("slashes") << QStringLiteral("22/05/2017");
}

void TestApiDate::rejectsGarbage()
{
    QFETCH(QString, text);
    QVERIFY(!ApiDate::parse(text));
}

void TestApiDate::zoneTable_data()
{
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<int>("hours");
    const std::pair<const char *, int> rows[] = {
        {"UTC", 0},  {"GMT", 0},  {"EET", 2},  {"EEST", 3}, {"CET", 1},  {"CEST", 2},
        {"WET", 0},  {"WEST", 1}, {"BST", 1},  {"MSK", 3},  {"EST", -5}, {"EDT", -4},
        {"CST", -6}, {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7},
    };
    for (const auto &[name, hours] : rows)
        QTest::newRow(name) << QString::fromLatin1(name) << hours;
}

void TestApiDate::zoneTable()
{
    QFETCH(QString, abbreviation);
    QFETCH(int, hours);
    QCOMPARE(zoneOffsetSeconds(abbreviation), std::optional<int>(hours * 3600));

    // The same table drives parsing: noon in that zone is noon minus the offset in UTC.
    const std::optional<ApiDate> date = ApiDate::parse(QString(u"Mon May 22 12:00:00 " + abbreviation + u" 2017"));
    QVERIFY(date);
    QCOMPARE(date->toUtc(), utc("2017-05-22T12:00:00Z").addSecs(-hours * 3600));
}

void TestApiDate::ignoresTheLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Greek, QLocale::Greece));
    const std::optional<ApiDate> date = ApiDate::parse(u"Mon May 22 12:42:03 EEST 2017");
    const QString java = ApiDate::toJavaText(utc("2017-05-22T09:42:03Z"), QStringLiteral("EEST"), 3 * 3600);
    QLocale::setDefault(previous);
    QVERIFY(date);
    QCOMPARE(date->toIsoUtc(), QStringLiteral("2017-05-22T09:42:03Z"));
    QCOMPARE(java, QStringLiteral("Mon May 22 12:42:03 EEST 2017"));
}

void TestApiDate::writesWire_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    QTest::newRow("+03:00") << QDateTime(QDate(2017, 5, 22), QTime(12, 42, 3), QTimeZone(3 * 3600))
                            << QStringLiteral("2017-05-22T12:42:03+03:00");
    QTest::newRow("UTC is +00:00, not Z") << utc("2017-05-22T09:42:03Z") << QStringLiteral("2017-05-22T09:42:03+00:00");
    QTest::newRow("-05:30") << QDateTime(QDate(2017, 5, 22), QTime(7, 12, 3), QTimeZone(-(5 * 3600 + 1800)))
                            << QStringLiteral("2017-05-22T07:12:03-05:30");
    QTest::newRow("milliseconds kept") << QDateTime(QDate(2017, 5, 22), QTime(12, 42, 3, 250), QTimeZone(3600))
                                       << QStringLiteral("2017-05-22T12:42:03.250+01:00");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestApiDate::writesWire()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    QCOMPARE(ApiDate::toWire(when), expected);
    QCOMPARE(ApiDate(when).toWire(), expected);
}

void TestApiDate::writesIsoUtc()
{
    const ApiDate date(QDateTime(QDate(2017, 5, 22), QTime(12, 42, 3), QTimeZone(3 * 3600)));
    QCOMPARE(date.toIsoUtc(), QStringLiteral("2017-05-22T09:42:03Z"));
    QCOMPARE(ApiDate().toIsoUtc(), QString());
    QVERIFY(!ApiDate().isValid());
}

void TestApiDate::writesJavaText()
{
    QCOMPARE(ApiDate::toJavaText(utc("2017-05-22T09:42:03Z"), QStringLiteral("EEST"), 3 * 3600),
             QStringLiteral("Mon May 22 12:42:03 EEST 2017"));
    QCOMPARE(ApiDate::toJavaText(utc("2017-01-01T03:04:05Z"), QStringLiteral("EST"), -5 * 3600),
             QStringLiteral("Sat Dec 31 22:04:05 EST 2016"));
    QCOMPARE(ApiDate::toJavaText(utc("2017-05-02T09:00:00Z"), QStringLiteral("UTC"), 0),
             QStringLiteral("Tue May 02 09:00:00 UTC 2017"));
}

void TestApiDate::javaTextRoundTrip()
{
    const QDateTime start = utc("2017-01-01T00:00:00Z");
    for (int day = 0; day < 366; day += 7) {
        const QDateTime when = start.addDays(day).addSecs(day * 317);
        const QString text = ApiDate::toJavaText(when, QStringLiteral("CEST"), 2 * 3600);
        const std::optional<ApiDate> parsed = ApiDate::parse(text);
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(parsed->toUtc(), when);
    }
}

void TestApiDate::equalityIsTheInstant()
{
    const std::optional<ApiDate> java = ApiDate::parse(u"Mon May 22 12:42:03 EEST 2017");
    const std::optional<ApiDate> iso = ApiDate::parse(u"2017-05-22T09:42:03Z");
    const std::optional<ApiDate> other = ApiDate::parse(u"2017-05-22T09:42:04Z");
    QVERIFY(java && iso && other);
    QVERIFY(*java == *iso);
    QVERIFY(!(*java == *other));
}

QTEST_GUILESS_MAIN(TestApiDate)
#include "tst_apidate.moc"
