#include "JsonTestSupport.h"
#include "QueueEntry.h"

#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

namespace {

using JsonTestSupport::object;
using JsonTestSupport::text;

QueueEntry read(const QJsonObject &json, QString *error = nullptr)
{
    return JsonTestSupport::read<QueueEntry>(json, error);
}

// A queue entry as the server writes it (docs/api-contract.md "The communication queue").
const char serverEntry[] = R"({
    "number": "CQ000001",
    "id": "5B0C3D2E1F4A5B6C7D8E9F0A1B2C3D4E",
    "life_cycle_state": "REJECTED",
    "error_code": "E42",
    "error_description": "Number unreachable",
    "media": "SMS",
    "communication": {
        "id": "8A2F4E1C9B3D4F6A8C0E2B4D6F8A0C1E", "number": "CM000680", "subject": "Reminder",
        "direction": "OUTGOING", "media": "SMS", "to": "+35799123456", "life_cycle_state": "COMPLETED",
        "viewed": false,
        "contact_information": {"id": "C1", "number": "CI000111", "name": "Ελένη Παπαδοπούλου"}
    },
    "communication_queue_external_system": {"id": "ES1", "name": "SMS gateway", "alternative_code": "SMSGW"},
    "log_information": {"created_date": "Mon May 22 12:42:03 EEST 2017", "updated_date": "Mon May 22 12:43:00 EEST 2017"},
    "unknown_member": [1, 2, 3]
})";

const char normalisedEntry[] = R"({
    "number": "CQ000001",
    "id": "5B0C3D2E1F4A5B6C7D8E9F0A1B2C3D4E",
    "life_cycle_state": "REJECTED",
    "error_code": "E42",
    "error_description": "Number unreachable",
    "media": "SMS",
    "communication": {
        "id": "8A2F4E1C9B3D4F6A8C0E2B4D6F8A0C1E", "number": "CM000680", "subject": "Reminder",
        "direction": "OUTGOING", "media": "SMS", "to": "+35799123456", "life_cycle_state": "COMPLETED",
        "viewed": false,
        "contact_information": {"id": "C1", "number": "CI000111", "name": "Ελένη Παπαδοπούλου"}
    },
    "communication_queue_external_system": {"id": "ES1", "name": "SMS gateway", "alternative_code": "SMSGW"},
    "log_information": {"created_date": "2017-05-22T09:42:03Z", "updated_date": "2017-05-22T09:43:00Z"}
})";

} // namespace

class TestQueueEntryJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryMember();
    void writesNormalisedJson();
    void roundTrip();
    void states_data();
    void states();
    void noValueVariants();
    void numbersAsIds();
    void wrongTypes_data();
    void wrongTypes();
    void unknownValuesInListAnswer();
};

void TestQueueEntryJson::readsEveryMember()
{
    QString error;
    const QueueEntry entry = read(object(serverEntry), &error);
    QCOMPARE(error, QString());
    QCOMPARE(entry.id, QStringLiteral("5B0C3D2E1F4A5B6C7D8E9F0A1B2C3D4E"));
    QCOMPARE(entry.number, QStringLiteral("CQ000001"));
    QCOMPARE(entry.lifeCycleState, std::optional(QueueState::Rejected));
    QCOMPARE(entry.errorCode, QStringLiteral("E42"));
    QCOMPARE(entry.errorDescription, QStringLiteral("Number unreachable"));
    QCOMPARE(entry.media, std::optional(Media::Sms));
    QVERIFY(entry.communication);
    QCOMPARE(entry.communication->number, QStringLiteral("CM000680"));
    QCOMPARE(entry.communication->viewed, std::optional(false));
    QCOMPARE(entry.communication->lifeCycleState, std::optional(LifeCycleState::Completed));
    QVERIFY(entry.communication->contact);
    QCOMPARE(entry.communication->contact->displayName(), QStringLiteral("Ελένη Παπαδοπούλου"));
    QVERIFY(entry.externalSystem);
    QCOMPARE(entry.externalSystem->name, QStringLiteral("SMS gateway"));
    QVERIFY(entry.logInformation);
    QCOMPARE(entry.logInformation->createdDate->toIsoUtc(), QStringLiteral("2017-05-22T09:42:03Z"));
    QCOMPARE(entry.logInformation->createdBy, std::nullopt);
}

void TestQueueEntryJson::writesNormalisedJson()
{
    QCOMPARE(text(read(object(serverEntry)).toJson()), text(object(normalisedEntry)));
}

void TestQueueEntryJson::roundTrip()
{
    const QueueEntry original = read(object(serverEntry));
    QString error;
    const QueueEntry back = read(original.toJson(), &error);
    QCOMPARE(error, QString());
    QVERIFY(back == original);
}

void TestQueueEntryJson::states_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QueueState>("state");
    QTest::newRow("PENDING") << QByteArray("PENDING") << QueueState::Pending;
    QTest::newRow("COMPLETED") << QByteArray("COMPLETED") << QueueState::Completed;
    QTest::newRow("REJECTED") << QByteArray("REJECTED") << QueueState::Rejected;
    QTest::newRow("COMPLETED_AND_REMOVED") << QByteArray("COMPLETED_AND_REMOVED") << QueueState::CompletedAndRemoved;
}

void TestQueueEntryJson::states()
{
    QFETCH(QByteArray, wire);
    QFETCH(QueueState, state);
    const QueueEntry entry = read(object(R"({"life_cycle_state": ")" + wire + R"("})"));
    QCOMPARE(entry.lifeCycleState, std::optional(state));
    QCOMPARE(entry.toJson().value(QStringLiteral("life_cycle_state")).toString(), QString::fromLatin1(wire));
}

void TestQueueEntryJson::noValueVariants()
{
    QString error;
    const QueueEntry entry = read(object(R"({"id": "Q", "error_code": "", "error_description": null,
                                             "media": "", "communication": null,
                                             "communication_queue_external_system": "",
                                             "log_information": null, "life_cycle_state": null})"),
                                  &error);
    QCOMPARE(error, QString());
    QueueEntry expected;
    expected.id = QStringLiteral("Q");
    QVERIFY(entry == expected);
    QCOMPARE(text(entry.toJson()), QByteArray(R"({"id":"Q"})"));
}

void TestQueueEntryJson::numbersAsIds()
{
    QString error;
    const QueueEntry entry = read(object(R"({"id": 99, "error_code": 500,
                                             "communication": {"id": 12, "contact_information": {"id": 7}}})"),
                                  &error);
    QCOMPARE(error, QString());
    QCOMPARE(entry.id, QStringLiteral("99"));
    QCOMPARE(entry.errorCode, QStringLiteral("500"));
    QCOMPARE(entry.communication->id, QStringLiteral("12"));
    QCOMPARE(entry.communication->contact->id, QStringLiteral("7"));
}

void TestQueueEntryJson::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("state as object") << QByteArray(R"({"life_cycle_state": {"name": "DONE"}})")
                                     << QStringLiteral("data.life_cycle_state: expected a string, got an object");
    QTest::newRow("communication viewed as other text")
        << QByteArray(R"({"communication": {"viewed": "no"}})")
        << QStringLiteral("data.communication.viewed: expected a boolean, got \"no\"");
    QTest::newRow("communication as id") << QByteArray(R"({"communication": "CM000680"})")
                                         << QStringLiteral("data.communication: expected an object, got a string");
    QTest::newRow("contact name as object")
        << QByteArray(R"({"communication": {"contact_information": {"name": {}}}})")
        << QStringLiteral("data.communication.contact_information.name: expected a string, got an object");
    QTest::newRow("character limit as words")
        << QByteArray(R"({"communication_queue_external_system": {"character_limit": "many"}})")
        << QStringLiteral("data.communication_queue_external_system.character_limit: expected a number, got \"many\"");
    QTest::newRow("created date garbage")
        << QByteArray(R"({"log_information": {"created_date": "22.05.2017"}})")
        << QStringLiteral("data.log_information.created_date: expected a date, got \"22.05.2017\"");
    QTest::newRow("error code as boolean")
        << QByteArray(R"({"error_code": true})") << QStringLiteral("data.error_code: expected a string, got a boolean");
}

void TestQueueEntryJson::wrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    read(object(json), &actual);
    QCOMPARE(actual, error);
}

// A newer server's states and media are kept as they came; the rest of the list still reads.
void TestQueueEntryJson::unknownValuesInListAnswer()
{
    JsonReader reader;
    const QJsonArray list = QJsonDocument::fromJson(R"([{"media": "EMAIL"},
        {"life_cycle_state": "ON_HOLD", "media": "FAX", "communication": {"media": "FAX"}}])")
                                .array();
    QList<QueueEntry> entries;
    reader.forEach(list, [&entries](const JsonReader::Object &item) { entries.append(QueueEntry::fromJson(item)); });
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().media, std::optional<WireValue<Media>>(Media::Email));
    QCOMPARE(entries.at(1).lifeCycleState->text(), QStringLiteral("ON_HOLD"));
    QCOMPARE(entries.at(1).media->text(), QStringLiteral("FAX"));
    QCOMPARE(entries.at(1).communication->media->text(), QStringLiteral("FAX"));
    // Written back as they came, so that the offline copy keeps them too.
    QCOMPARE(entries.at(1).toJson().value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("ON_HOLD"));
}

QTEST_GUILESS_MAIN(TestQueueEntryJson)
#include "tst_queueentryjson.moc"
