// A page of communications/list read straight from its bytes (CommunicationPageReader) gives the
// rows and the errors that Qt's parse of the envelope gives, for every answer a server may send.
#include "ApiClient.h"
#include "CommunicationPageReader.h"

#include <QTest>

using namespace commdesk;

namespace {

QByteArray envelope(const QByteArray &data)
{
    return QByteArray(R"({"status":{"code":"OK","message":"","description":""},"data":)") + data + "}";
}

// A communication as CRM.COM's list sends it with the list's members.
const QByteArray kItem = R"({
    "id": "0A1B2C3D4E5F60718293A4B5C6D7E8F9", "number": "CM000680", "life_cycle_state": "COMPLETED",
    "direction": "OUTGOING", "media": "EMAIL", "subject": "Λογαριασμός Μαΐου", "viewed": false,
    "contact_information": {"id": "C1", "number": "CI000111", "first_name": "Eleni", "last_name": "Georgiou"},
    "category": {"id": "K1", "name": "Billing"},
    "log_information": {"created_date": "Mon May 22 12:42:03 EEST 2017"}})";

// What Qt's parse and the row mapping make of the same bytes: the reference.
Result<QList<CommunicationRow>> reference(const QByteArray &body, int httpStatus)
{
    const Result<QJsonValue> data = ApiClient::decodeEnvelope(body, httpStatus);
    if (!data.ok())
        return data.error();
    return CommunicationPageReader::fromData(data.value());
}

} // namespace

class TestCommunicationPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtReads_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("CRM.COM's item") << envelope("[" + kItem + "]");
        // CRM.COM's pages put a no-break space before each answer; some servers send a BOM.
        QTest::newRow("no-break space first") << "\xC2\xA0" + envelope("[" + kItem + "]");
        QTest::newRow("BOM and spaces first") << "\xEF\xBB\xBF \n" + envelope("[" + kItem + "]");
        QTest::newRow("data before status")
            << QByteArray(R"({"data":[{"id":"A","number":"CM1"}],"status":{"code":"OK"},"extra":[1,{"x":null}]})");
        QTest::newRow("empty page") << envelope("[]");
        QTest::newRow("numbers as text") << envelope(R"([{"id":12345678901,"number":1.5,"subject":-0.25}])");
        QTest::newRow("unknown values kept")
            << envelope(R"([{"id":"Y","media":"PIGEON","life_cycle_state":"ARCHIVED","direction":""}])");
        QTest::newRow("wrong types read as missing")
            << envelope(R"([{"id":"Z","viewed":"yes","subject":{"a":1},"media":7,"category":"Billing",)"
                        R"("contact_information":[1],"log_information":{"created_date":42}}])");
        QTest::newRow("nulls") << envelope(R"([{"id":null,"subject":null,"contact_information":null,"viewed":null}])");
        QTest::newRow("escapes") << envelope(
            "[{\"id\":\"E\",\"subject\":\"Line\\none \\\"quoted\\\" caf\\u00e9 \\ud83d\\ude00 tab\\t\"}]");
        QTest::newRow("contact without a name")
            << envelope(R"([{"id":"1","contact_information":{"company_name":"Acme Ltd","number":"CI1"}},)"
                        R"({"id":"2","contact_information":{"number":"CI2"}},)"
                        R"({"id":"3","contact_information":{"name":"","first_name":"","last_name":"Pappas"}}])");
        QTest::newRow("later member wins") << envelope(R"([{"id":"D","subject":"first","subject":"second"}])");
        QTest::newRow("ISO date") << envelope(
            R"([{"id":"I","log_information":{"created_date":"2017-05-22T12:42:03Z"}}])");
        QTest::newRow("very long subject") << envelope(R"([{"id":"L","subject":")" + QByteArray(5000, 'x') + R"("}])");
        QTest::newRow("long Greek subject")
            << envelope(R"([{"id":"G","subject":")" + QByteArray("Καλημέρα ").repeated(600) + R"("}])");
    }
    void readsWhatQtReads()
    {
        QFETCH(QByteArray, body);
        const Result<QList<CommunicationRow>> expected = reference(body, 200);
        QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().detail()));
        // Read by the fast reader, not handed to Qt.
        const std::optional<QList<CommunicationRow>> fast = CommunicationPageReader::readOkPage(body);
        QVERIFY(fast);
        QCOMPARE(*fast, expected.value());
        QCOMPARE(CommunicationPageReader::read(body, 200).value(), expected.value());
    }

    // Spot checks that the reference itself reads what the members say.
    void theRowsSayWhatTheMembersSay()
    {
        const auto rows = CommunicationPageReader::read(
            envelope("[" + kItem
                     + R"(,{"id":"12","number":3,"subject":"Line\none caf\u00e9",)"
                       R"("contact_information":{"company_name":"Acme Ltd"},"media":"PIGEON"}])"),
            200);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        const CommunicationRow &first = rows.value().at(0);
        QCOMPARE(first.subject(), QStringLiteral("Λογαριασμός Μαΐου"));
        QCOMPARE(first.contactName(), QStringLiteral("Eleni Georgiou"));
        QCOMPARE(first.categoryName(), QStringLiteral("Billing"));
        QCOMPARE(first.media(), Media::Email);
        QCOMPARE(first.createdUtc(), QDateTime(QDate(2017, 5, 22), QTime(9, 42, 3), Qt::UTC));
        const CommunicationRow &second = rows.value().at(1);
        QCOMPARE(second.number(), QStringLiteral("3"));
        QCOMPARE(second.subject(), QStringLiteral("Line\none café"));
        QCOMPARE(second.contactName(), QStringLiteral("Acme Ltd"));
        QCOMPARE(second.media()->text(), QStringLiteral("PIGEON"));
        QVERIFY(!second.state());
    }

    // Every answer that is not a well-formed OK page fails as every other call fails.
    void failsAsEveryCallFails_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        const auto api = int(ApiError::Kind::Api);
        const auto protocol = int(ApiError::Kind::Protocol);
        const auto http = int(ApiError::Kind::Http);
        QTest::newRow("error status") << QByteArray(
            R"({"status":{"code":"INVALID_TOKEN","message":"Token expired"},"data":[]})")
                                      << 200 << api << QStringLiteral("INVALID_TOKEN");
        QTest::newRow("error status, HTTP 500")
            << QByteArray(R"({"status":{"code":"E1","message":"m","description":"d"}})") << 500 << api
            << QStringLiteral("E1");
        QTest::newRow("OK status, HTTP 502") << envelope("[]") << 502 << http << QString();
        QTest::newRow("HTML from a proxy") << QByteArray("<html>Bad gateway</html>") << 502 << http << QString();
        QTest::newRow("malformed") << QByteArray(R"({"status":{"code":"OK"},"data":[{"id":"A",}]})") << 200 << protocol
                                   << QString();
        QTest::newRow("cut short") << envelope("[" + kItem + "]").chopped(20) << 200 << protocol << QString();
        QTest::newRow("something after the envelope") << envelope("[]") + " []" << 200 << protocol << QString();
        QTest::newRow("empty") << QByteArray() << 200 << protocol << QString();
        QTest::newRow("no status") << QByteArray(R"({"data":[]})") << 200 << protocol << QString();
        QTest::newRow("status code missing")
            << QByteArray(R"({"status":{"message":"?"},"data":[]})") << 200 << protocol << QString();
        QTest::newRow("message of the wrong type")
            << QByteArray(R"({"status":{"code":"OK","message":5},"data":[]})") << 200 << protocol << QString();
        QTest::newRow("data not an array") << envelope(R"({"id":"A"})") << 200 << protocol << QString();
        QTest::newRow("data missing") << QByteArray(R"({"status":{"code":"OK"}})") << 200 << protocol << QString();
        QTest::newRow("an item not an object") << envelope("[" + kItem + ",7]") << 200 << protocol << QString();
        QTest::newRow("invalid UTF-8") << envelope("[{\"id\":\"\xC3\x28\"}]") << 200 << protocol << QString();
    }
    void failsAsEveryCallFails()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, httpStatus);
        QFETCH(int, kind);
        QFETCH(QString, code);
        const Result<QList<CommunicationRow>> expected = reference(body, httpStatus);
        const Result<QList<CommunicationRow>> rows = CommunicationPageReader::read(body, httpStatus);
        // Qt reads invalid UTF-8 as replacement characters: the page is read as Qt reads it.
        if (expected.ok()) {
            QVERIFY(rows.ok());
            QCOMPARE(rows.value(), expected.value());
            return;
        }
        QVERIFY(!rows.ok());
        QVERIFY(!CommunicationPageReader::readOkPage(body) || httpStatus >= 400);
        QCOMPARE(int(rows.error().kind()), kind);
        QCOMPARE(rows.error().code(), code);
        QCOMPARE(rows.error().detail(), expected.error().detail());
        QCOMPARE(rows.error().message(), expected.error().message());
    }
};

QTEST_GUILESS_MAIN(TestCommunicationPageReader)
#include "tst_communicationpagereader.moc"
