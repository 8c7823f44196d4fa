// commdesk-cli's output: tables for lists, `field: value` blocks for single objects, and with --json
// the decoded domain objects as normalised JSON (dates ISO 8601 in UTC).
#include "CommandOutcome.h"
#include "CommunicationsRunner.h"
#include "Decode.h"
#include "QueueRunner.h"

#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

namespace {

const QByteArray kCommunication = R"({"id":"0A1B2C3D4E5F60718293A4B5C6D7E8F9","number":"CM000680",
    "life_cycle_state":"COMPLETED","direction":"OUTGOING","media":"F2F","subject":"Welcome",
    "content":"Hello Eleni,\nwelcome aboard.","to":"","notes":null,"viewed":false,"viewed_on":null,
    "contact_information":{"id":"C1","number":"CI000111","type":"PERSON","name":"Eleni Georgiou"},
    "category":{"id":"K1","name":"Billing","code":"BIL"},"template":null,
    "log_information":{"created_date":"Mon May 22 12:42:03 EEST 2017","created_by_user":{"id":"U1","username":"demo"}}})";

Communication communication()
{
    return decodeObject<Communication>(QJsonDocument::fromJson(kCommunication).object()).value();
}

} // namespace

class TestCliFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableAlignsColumns()
    {
        TableFormatter table({QStringLiteral("NUMBER"), QStringLiteral("SUBJECT"), QStringLiteral("COUNT")});
        table.setRightAligned(2);
        table.addRow({QStringLiteral("CM1"), QStringLiteral("A rather long subject"), QStringLiteral("7")});
        table.addRow({QStringLiteral("CM000680"), QString(), QStringLiteral("1234")});
        QCOMPARE(table.toString(),
                 QStringLiteral("NUMBER    SUBJECT                COUNT\n"
                                "CM1       A rather long subject      7\n"
                                "CM000680                          1234\n"));
    }

    void tableKeepsCellsOnOneLineAndClipsThem()
    {
        TableFormatter table({QStringLiteral("A"), QStringLiteral("B")});
        table.setMaxCellWidth(8);
        table.addRow({QStringLiteral("one\ntwo\r\nthree"), QStringLiteral("x\ty")});
        QCOMPARE(table.toString(), QStringLiteral("A         B\none two…  x y\n"));
    }

    void serverTextCannotDriveTheTerminal()
    {
        const QString hostile = QStringLiteral("red\x1b[31m\tbell\x07\nnext");
        QCOMPARE(JsonText::printable(hostile), QStringLiteral("red\uFFFD[31m bell\uFFFD\uFFFDnext"));
        QCOMPARE(JsonText::printable(hostile, true), QStringLiteral("red\uFFFD[31m bell\uFFFD\nnext"));
        TableFormatter table({QStringLiteral("A")});
        table.addRow({hostile});
        QCOMPARE(table.toString(), QStringLiteral("A\nred\uFFFD[31m bell\uFFFD next\n"));
        FieldBlockFormatter block;
        block.add(QStringLiteral("a"), hostile);
        QCOMPARE(block.toString(), QStringLiteral("a: red\uFFFD[31m bell\uFFFD\n   next\n"));
    }

    void invisibleFormattingIsMadeVisible_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<QString>("shown");
        // "Trojan Source": an override makes `admin` read in reverse, an isolate hides what follows.
        QTest::newRow("RLO") << QStringLiteral("Invoice \u202Efdp.exe") << QStringLiteral("Invoice \uFFFDfdp.exe");
        QTest::newRow("LRE RLE PDF LRO") << QStringLiteral("a\u202Ab\u202Bc\u202Cd\u202De")
                                         << QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        QTest::newRow("isolates") << QStringLiteral("\u2066x\u2067y\u2068z\u2069")
                                  << QStringLiteral("\uFFFDx\uFFFDy\uFFFDz\uFFFD");
        QTest::newRow("zero width") << QStringLiteral("pay\u200Bpal\u200C\u200D\u200E\u200F\u2060\uFEFF!")
                                    << QStringLiteral("pay\uFFFDpal\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD!");
        QTest::newRow("arabic letter mark") << QStringLiteral("\u061C1") << QStringLiteral("\uFFFD1");
        QTest::newRow("separators") << QStringLiteral("one\u2028two\u2029three")
                                    << QStringLiteral("one\uFFFDtwo\uFFFDthree");
        QTest::newRow("C1 control") << QStringLiteral("a\u009B31mb") << QStringLiteral("a\uFFFD31mb");
        // What is merely foreign stays as it is.
        QTest::newRow("Greek, Hebrew, emoji") << QStringLiteral("Καλημέρα שלום 👋") << QStringLiteral("Καλημέρα שלום 👋");
    }

    void invisibleFormattingIsMadeVisible()
    {
        QFETCH(QString, hostile);
        QFETCH(QString, shown);
        QCOMPARE(JsonText::printable(hostile), shown);
        QCOMPARE(JsonText::printable(hostile, true), shown);
        TableFormatter table({QStringLiteral("A")});
        table.setMaxCellWidth(0);
        table.addRow({hostile});
        QCOMPARE(table.toString(), QStringLiteral("A\n") + shown + u'\n');
        FieldBlockFormatter block;
        block.add(QStringLiteral("a"), hostile);
        QCOMPARE(block.toString(), QStringLiteral("a: ") + shown + u'\n');
    }

    void hostileServerTextInEveryOutput()
    {
        QJsonObject object = communication().toJson();
        object.insert(QStringLiteral("subject"), QStringLiteral("Refund \u202Egnp.exe\u2066"));
        object.insert(QStringLiteral("udf_string_1"), QStringLiteral("x\u2028y"));
        object.insert(QStringLiteral("contact_information"),
                      QJsonObject {{QStringLiteral("name"), QStringLiteral("Eve\u200B\u202D")}});
        const QString table = TableFormatter::fromJson({object}, CommunicationsRunner::listColumns());
        QVERIFY2(table.contains(QStringLiteral("  Eve\uFFFD\uFFFD  ")), qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("  Refund \uFFFDgnp.exe\uFFFD  ")), qPrintable(table));
        const QString block = FieldBlockFormatter::fromJson(object, {QStringLiteral("subject")}, {},
                                                            {QStringLiteral("contact_information")});
        QVERIFY2(block.startsWith(QStringLiteral("subject:")), qPrintable(block));
        QVERIFY2(block.contains(QStringLiteral(" Refund \uFFFDgnp.exe\uFFFD\n")), qPrintable(block));
        QVERIFY2(block.contains(QStringLiteral(" Eve\uFFFD\uFFFD\n")), qPrintable(block));
        QVERIFY2(block.contains(QStringLiteral(" x\uFFFDy\n")), qPrintable(block));
        for (const QChar c : QString(table + block))
            QVERIFY(c != QChar(0x202E) && c != QChar(0x2066) && c != QChar(0x2028) && c != QChar(0x200B));
        // --json stays exact: the characters travel as JSON, for a program to judge.
        const QString json = JsonText::document(object);
        QVERIFY(json.contains(QStringLiteral("Refund \u202Egnp.exe\u2066")));
        QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).object(), object);
    }

    void tableOfNothingIsItsHeader()
    {
        QCOMPARE(TableFormatter::fromJson({}, {{QStringLiteral("NAME"), QStringLiteral("name")}}),
                 QStringLiteral("NAME\n"));
    }

    void communicationListAsTable()
    {
        const QString text = TableFormatter::fromJson({communication().toJson()}, CommunicationsRunner::listColumns());
        QCOMPARE(text,
                 QStringLiteral("NUMBER    STATE      DIRECTION  MEDIA         CONTACT         SUBJECT  CREATED\n"
                                "CM000680  COMPLETED  OUTGOING   FACE_TO_FACE  Eleni Georgiou  Welcome  "
                                "2017-05-22T09:42:03Z\n"));
    }

    void fieldBlockFlattensAndAligns()
    {
        const QJsonObject object = QJsonDocument::fromJson(R"({"number":"CQ1","empty":"","none":null,
            "communication":{"number":"CM1","contact_information":{"name":"Eleni"}},
            "tags":["a","b"],"set":[{"name":"x"},{"name":"y"}],"viewed":true,"limit":160,
            "content":"line one\n\nline three"})")
                                       .object();
        const QString text =
            FieldBlockFormatter::fromJson(object, {QStringLiteral("number")}, {QStringLiteral("content")});
        QCOMPARE(text,
                 QStringLiteral("number:                                 CQ1\n"
                                "communication.contact_information.name: Eleni\n"
                                "communication.number:                   CM1\n"
                                "limit:                                  160\n"
                                "set[0].name:                            x\n"
                                "set[1].name:                            y\n"
                                "tags:                                   a, b\n"
                                "viewed:                                 yes\n"
                                "content:                                line one\n"
                                "\n"
                                "                                        line three\n"));
    }

    void referencesShowOnOneLine()
    {
        const QJsonObject object = QJsonDocument::fromJson(R"({"number":"CM1",
            "contact_information":{"id":"C1","number":"CI000111","name":"Eleni Georgiou","demographics":{"gender":"F"}},
            "category":{"id":"K1","name":"Billing","code":"BIL"},
            "referring_to":{"entity":"SERVICE_REQUESTS","id":"R1","number":"SR714711"},
            "privacy_level":{"id":"P1"},
            "log_information":{"created_date":"2017-05-22T09:42:03Z","created_by_user":{"id":"U1","username":"demo"}}})")
                                       .object();
        const QString text = FieldBlockFormatter::fromJson(
            object, {QStringLiteral("number")}, {},
            {QStringLiteral("contact_information"), QStringLiteral("category"), QStringLiteral("referring_to"),
             QStringLiteral("privacy_level"), QStringLiteral("created_by_user")});
        QCOMPARE(text,
                 QStringLiteral("number:                          CM1\n"
                                "category:                        Billing (BIL)\n"
                                "contact_information:             Eleni Georgiou (CI000111)\n"
                                "log_information.created_by_user: demo\n"
                                "log_information.created_date:    2017-05-22T09:42:03Z\n"
                                "privacy_level:                   P1\n"
                                "referring_to:                    SERVICE_REQUESTS SR714711\n"));
    }

    void jsonDisplayRules()
    {
        QCOMPARE(JsonText::display(QJsonValue(12.0)), QStringLiteral("12"));
        QCOMPARE(JsonText::display(QJsonValue(0.125)), QStringLiteral("0.125"));
        QCOMPARE(JsonText::display(QJsonValue(false)), QStringLiteral("no"));
        QCOMPARE(JsonText::display(QJsonValue(QJsonValue::Null)), QString());
        QCOMPARE(JsonText::display(QJsonObject {{QStringLiteral("id"), QStringLiteral("K1")},
                                                {QStringLiteral("code"), QStringLiteral("BIL")}}),
                 QStringLiteral("BIL"));
        QCOMPARE(JsonText::display(QJsonObject {{QStringLiteral("x"), 1}}), QStringLiteral(R"({"x":1})"));
        QCOMPARE(JsonText::number(0.16000000000000003), QStringLiteral("0.16"));
        QCOMPARE(
            JsonText::valueAt(QJsonDocument::fromJson(R"({"a":{"b":{"c":"deep"}}})").object(), QStringLiteral("a.b.c")),
            QJsonValue(QStringLiteral("deep")));
        QVERIFY(JsonText::valueAt(QJsonObject(), QStringLiteral("a.b")).isUndefined());
    }

    void listOutcomeAsJsonIsNormalised()
    {
        const Result<QList<Communication>> result(QList<Communication> {communication()});
        const CommandOutcome outcome = listOutcome(result, true, CommunicationsRunner::listColumns());
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.error.isEmpty());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(outcome.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonObject first = document.array().first().toObject();
        QCOMPARE(first.value(QLatin1StringView("media")).toString(), QStringLiteral("FACE_TO_FACE"));
        QCOMPARE(JsonText::valueAt(first, QStringLiteral("log_information.created_date")).toString(),
                 QStringLiteral("2017-05-22T09:42:03Z"));
        QVERIFY(!first.contains(QLatin1StringView("notes"))); // null on the wire: no value, left out
        QVERIFY(outcome.out.endsWith(u'\n'));
    }

    void objectOutcomeAsFieldBlock()
    {
        const CommandOutcome outcome =
            objectOutcome(Result<Communication>(communication()), false,
                          {QStringLiteral("number"), QStringLiteral("subject")}, {QStringLiteral("content")});
        const QStringList lines = outcome.out.split(u'\n');
        QVERIFY2(lines.first().startsWith(QStringLiteral("number:"))
                     && lines.first().endsWith(QStringLiteral("CM000680")),
                 qPrintable(outcome.out));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("subject:")));
        QVERIFY(outcome.out.contains(QStringLiteral("log_information.created_date:")));
        QVERIFY(outcome.out.contains(QStringLiteral("\ncontact_information:")));
        QVERIFY(outcome.out.contains(QStringLiteral("Eleni Georgiou (CI000111)\n")));
        QVERIFY(outcome.out.contains(QStringLiteral("\ncategory:")));
        QVERIFY(outcome.out.contains(QStringLiteral("Billing (BIL)\n")));
        QVERIFY(outcome.out.contains(QStringLiteral("2017-05-22T09:42:03Z")));
        QVERIFY(outcome.out.endsWith(QStringLiteral("welcome aboard.\n")));
    }

    void errorsBecomeExitCodesAndOneSentence_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("api") << int(ApiError::Kind::Api) << 1;
        QTest::newRow("usage") << int(ApiError::Kind::Usage) << 2;
        QTest::newRow("network") << int(ApiError::Kind::Network) << 3;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 3;
        QTest::newRow("tls") << int(ApiError::Kind::Tls) << 3;
        QTest::newRow("http") << int(ApiError::Kind::Http) << 4;
        QTest::newRow("protocol") << int(ApiError::Kind::Protocol) << 4;
    }

    void errorsBecomeExitCodesAndOneSentence()
    {
        QFETCH(int, kind);
        QFETCH(int, exitCode);
        const ApiError error(ApiError::Kind(kind), QStringLiteral("detail"));
        const CommandOutcome outcome = objectOutcome(Result<QueueEntry>(error), false, {});
        QCOMPARE(outcome.exitCode, exitCode);
        QVERIFY(outcome.out.isEmpty());
        QCOMPARE(outcome.error, error.userText());
        QVERIFY(!outcome.error.contains(u'\n'));
    }

    void queueListColumnsReachIntoTheCommunication()
    {
        const QueueEntry entry = decodeObject<QueueEntry>(QJsonDocument::fromJson(R"({"id":"Q1","number":"CQ000001",
            "life_cycle_state":"REJECTED","error_code":"BOUNCED","media":"EMAIL",
            "communication":{"number":"CM1","contact_information":{"name":"Eleni"}},
            "communication_queue_external_system":{"id":"S1","name":"Mail relay"},
            "log_information":{"created_date":"2017-05-22T12:42:03+03:00"}})")
                                                              .object())
                                     .value();
        QCOMPARE(
            TableFormatter::fromJson({entry.toJson()}, QueueRunner::listColumns()),
            QStringLiteral("NUMBER    STATE     MEDIA  COMMUNICATION  CONTACT  EXTERNAL_SYSTEM  CREATED               "
                           "ERROR\n"
                           "CQ000001  REJECTED  EMAIL  CM1            Eleni    Mail relay       2017-05-22T09:42:03Z  "
                           "BOUNCED\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cliformat.moc"
