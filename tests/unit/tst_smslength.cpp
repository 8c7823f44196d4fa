#include "SmsLength.h"

#include <QTest>

using namespace commdesk;

class TestSmsLength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measures_data();
    void measures();
    void alphabet();
};

void TestSmsLength::measures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gsm");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("perSegment");
    QTest::addColumn<int>("remaining");

    const auto repeat = [](const QString &piece, int times) { return piece.repeated(times); };
    const QString a = QStringLiteral("a");
    const QString euro = QStringLiteral("€");
    const QString alpha = QStringLiteral("α"); // Greek small alpha: not in the GSM alphabet
    const QString grin = QStringLiteral("😀"); // outside the BMP: a surrogate pair in UCS-2

    QTest::newRow("empty") << QString() << true << 0 << 0 << 160 << 160;
    QTest::newRow("one character") << a << true << 1 << 1 << 160 << 159;
    QTest::newRow("160 GSM fit one SMS") << repeat(a, 160) << true << 160 << 1 << 160 << 0;
    QTest::newRow("161 GSM need two parts of 153") << repeat(a, 161) << true << 161 << 2 << 153 << 145;
    QTest::newRow("153x2 GSM fill two parts") << repeat(a, 306) << true << 306 << 2 << 153 << 0;
    QTest::newRow("307 GSM need three parts") << repeat(a, 307) << true << 307 << 3 << 153 << 152;
    QTest::newRow("extension counts two") << euro << true << 2 << 1 << 160 << 158;
    QTest::newRow("every extension character") << QStringLiteral("\f^{}\\[~]|€") << true << 20 << 1 << 160 << 140;
    QTest::newRow("80 euros fit one SMS") << repeat(euro, 80) << true << 160 << 1 << 160 << 0;
    QTest::newRow("81 euros need two parts") << repeat(euro, 81) << true << 162 << 2 << 153 << 143;
    QTest::newRow("159 plus an extension spills") << repeat(a, 159) + euro << true << 161 << 2 << 153 << 145;
    // An escape and its character are never split between parts: the first part ends one short.
    QTest::newRow("extension at a part boundary")
        << repeat(a, 152) + euro + repeat(a, 152) << true << 306 << 3 << 153 << 152;
    QTest::newRow("Greek capitals of the GSM alphabet")
        << QStringLiteral("ΔΦΓΛΩΠΨΣΘΞ") << true << 10 << 1 << 160 << 150;
    QTest::newRow("160 Deltas fit one SMS") << repeat(QStringLiteral("Δ"), 160) << true << 160 << 1 << 160 << 0;
    QTest::newRow("GSM accents") << QStringLiteral("@£$¥èéùìòÇØøÅåÆæßÉÄÖÑÜ§¿äöñüà¡¤") << true << 31 << 1 << 160 << 129;
    QTest::newRow("Greek capital alpha is not the Latin A") << QStringLiteral("Α") << false << 1 << 1 << 70 << 69;
    QTest::newRow("lowercase Greek is Unicode") << QStringLiteral("Καλημέρα") << false << 8 << 1 << 70 << 62;
    QTest::newRow("70 Unicode fit one SMS") << repeat(alpha, 70) << false << 70 << 1 << 70 << 0;
    QTest::newRow("71 Unicode need two parts of 67") << repeat(alpha, 71) << false << 71 << 2 << 67 << 63;
    QTest::newRow("67x2 Unicode fill two parts") << repeat(alpha, 134) << false << 134 << 2 << 67 << 0;
    QTest::newRow("135 Unicode need three parts") << repeat(alpha, 135) << false << 135 << 3 << 67 << 66;
    QTest::newRow("one Unicode character turns all into Unicode")
        << repeat(a, 100) + alpha << false << 101 << 2 << 67 << 33;
    QTest::newRow("emoji counts two") << grin << false << 2 << 1 << 70 << 68;
    QTest::newRow("35 emoji fit one SMS") << repeat(grin, 35) << false << 70 << 1 << 70 << 0;
    QTest::newRow("36 emoji need two parts") << repeat(grin, 36) << false << 72 << 2 << 67 << 61;
    // A surrogate pair is never split between parts either.
    QTest::newRow("emoji at a part boundary")
        << repeat(alpha, 66) + grin + repeat(alpha, 66) << false << 134 << 3 << 67 << 66;
    QTest::newRow("escape character itself is not GSM text") << QStringLiteral("\x1b") << false << 1 << 1 << 70 << 69;
}

void TestSmsLength::measures()
{
    QFETCH(QString, text);
    QFETCH(bool, gsm);
    QFETCH(int, units);
    QFETCH(int, segments);
    QFETCH(int, perSegment);
    QFETCH(int, remaining);
    const SmsLength length = SmsLength::measure(text);
    QCOMPARE(length.encoding, gsm ? SmsLength::Encoding::Gsm7 : SmsLength::Encoding::Ucs2);
    QCOMPARE(length.units, units);
    QCOMPARE(length.segments, segments);
    QCOMPARE(length.perSegment, perSegment);
    QCOMPARE(length.remainingInSegment, remaining);
}

void TestSmsLength::alphabet()
{
    QVERIFY(SmsLength::isGsmBasic(U'@'));
    QVERIFY(SmsLength::isGsmBasic(U'Δ'));
    QVERIFY(SmsLength::isGsmBasic(U'\n'));
    QVERIFY(!SmsLength::isGsmBasic(U'€'));
    QVERIFY(!SmsLength::isGsmBasic(U'δ'));
    QVERIFY(!SmsLength::isGsmBasic(U'\x1b'));
    QVERIFY(!SmsLength::isGsmBasic(U'😀'));
    QVERIFY(SmsLength::isGsmExtension(U'€'));
    QVERIFY(SmsLength::isGsmExtension(U'['));
    QVERIFY(!SmsLength::isGsmExtension(U'a'));
    QVERIFY(!SmsLength::isGsmExtension(U'😀'));
}

QTEST_APPLESS_MAIN(TestSmsLength)
#include "tst_smslength.moc"
