// The list's compact row: read straight from a page's JSON as the full Communication would read
// it, kept through the offline copy unchanged, and the fast date reader agreeing with ApiDate.
#include "ApiDate.h"
#include "Communication.h"
#include "CommunicationPageReader.h"
#include "CommunicationRow.h"
#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A communication of a list page as CRM.COM's own page shows one, with the list's members.
const char *const kPageItem = R"({
    "id": "0A1B2C3D4E5F60718293A4B5C6D7E8F9", "number": "CM000680", "life_cycle_state": "COMPLETED",
    "direction": "OUTGOING", "media": "EMAIL", "subject": "Λογαριασμός Μαΐου", "viewed": false,
    "contact_information": {"id": "C1", "number": "CI000111", "first_name": "Eleni", "last_name": "Georgiou"},
    "category": {"id": "K1", "name": "Billing"},
    "log_information": {"created_date": "Mon May 22 12:42:03 EEST 2017"}})";

} // namespace

class TestCommunicationRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheColumnsShow()
    {
        const CommunicationRow row = CommunicationRow::fromJson(object(kPageItem));
        QCOMPARE(row.id(), QStringLiteral("0A1B2C3D4E5F60718293A4B5C6D7E8F9"));
        QCOMPARE(row.number(), QStringLiteral("CM000680"));
        QCOMPARE(row.subject(), QStringLiteral("Λογαριασμός Μαΐου"));
        QCOMPARE(row.contactName(), QStringLiteral("Eleni Georgiou"));
        QCOMPARE(row.contactNumber(), QStringLiteral("CI000111"));
        QCOMPARE(row.categoryName(), QStringLiteral("Billing"));
        QCOMPARE(row.state(), LifeCycleState::Completed);
        QCOMPARE(row.direction(), Direction::Outgoing);
        QCOMPARE(row.media(), Media::Email);
        QCOMPARE(row.viewed(), std::optional<bool>(false));
        QVERIFY(row.isUnviewed());
        QCOMPARE(row.createdUtc(), QDateTime(QDate(2017, 5, 22), QTime(9, 42, 3), Qt::UTC));
    }

    // The row says what the full communication says, for every member it keeps.
    void agreesWithTheFullCommunication()
    {
        JsonReader reader;
        const Communication full = Communication::fromJson(reader.root(object(kPageItem)));
        QVERIFY(!reader.hasError());
        QCOMPARE(CommunicationRow::from(full), CommunicationRow::fromJson(object(kPageItem)));
    }

    void missingAndUnknownMembers()
    {
        const CommunicationRow bare = CommunicationRow::fromJson(object(R"({"id":"X"})"));
        QCOMPARE(bare.id(), QStringLiteral("X"));
        QVERIFY(bare.number().isEmpty());
        QVERIFY(!bare.state() && !bare.direction() && !bare.media() && !bare.viewed());
        QVERIFY(!bare.createdUtc().isValid());
        QVERIFY(!bare.isUnviewed());
        // A newer server's media is kept as its text, and written back so.
        const CommunicationRow pigeon =
            CommunicationRow::fromJson(object(R"({"id":"Y","media":"PIGEON","life_cycle_state":"ARCHIVED"})"));
        QVERIFY(pigeon.media() && !pigeon.media()->isKnown());
        QCOMPARE(pigeon.media()->text(), QStringLiteral("PIGEON"));
        QCOMPARE(pigeon.state()->text(), QStringLiteral("ARCHIVED"));
        QCOMPARE(CommunicationRow::fromJson(pigeon.toJson()), pigeon);
        // Wrong types read as missing on the wire; the copy calls them damage.
        const QJsonObject wrong = object(R"({"id":"Z","viewed":"yes","subject":{"a":1}})");
        QCOMPARE(CommunicationRow::fromJson(wrong).viewed(), std::nullopt);
        QVERIFY(CommunicationRow::fromJson(wrong).subject().isEmpty());
        QVERIFY(!CommunicationRow::typeProblem(wrong).isEmpty());
        QVERIFY(CommunicationRow::typeProblem(object(kPageItem)).isEmpty());
    }

    // What the offline copy writes is read back as the same row.
    void survivesTheCopy()
    {
        const CommunicationRow row = CommunicationRow::fromJson(object(kPageItem));
        QCOMPARE(CommunicationRow::fromJson(row.toJson()), row);
        QVERIFY(CommunicationRow::typeProblem(row.toJson()).isEmpty());
    }

    void aPageThatIsNoArrayIsAProtocolError()
    {
        QVERIFY(!CommunicationPageReader::fromData(QJsonObject()).ok());
        QVERIFY(!CommunicationPageReader::fromData(QJsonArray {1, 2}).ok());
        const auto rows = CommunicationPageReader::fromData(QJsonArray {object(kPageItem), object(R"({"id":"B"})")});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 2);
        QCOMPARE(rows.value().at(1).id(), QStringLiteral("B"));
    }

    void fastDatesAgreeWithApiDate_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"Mon May 22 12:42:03 EEST 2017", "Thu Feb 29 23:59:59 UTC 2024", "Sun Dec 31 00:00:00 CET 2000",
              "Mon May 22 12:42:03 GMT+03:00 2017", "Mon May 22 12:42:03 XYZ 2017", "Mon May 2 12:42:03 EEST 2017",
              "2017-05-22T12:42:03Z", "2017-05-22T12:42:03", "2017-05-22T12:42:03.5+03:00",
              "2017-05-22T12:42:03.123-05:30", "2017-05-22", "2017-05-22 12:42", "1969-12-31T23:59:59Z",
              "2017-02-30T12:00:00Z", "Mon Foo 22 12:42:03 EEST 2017", "yesterday", ""})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void fastDatesAgreeWithApiDate()
    {
        QFETCH(QString, text);
        const std::optional<ApiDate> slow = ApiDate::parse(text);
        const std::optional<qint64> fast = ApiDate::parseMSecsSinceEpoch(text);
        QCOMPARE(fast.has_value(), slow.has_value());
        if (slow)
            QCOMPARE(*fast, slow->when().toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestCommunicationRow)
#include "tst_communicationrow.moc"
