#include "Communication.h"
#include "CommunicationInput.h"
#include "DisplayText.h"
#include "JsonTestSupport.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace commdesk;

namespace {

using JsonTestSupport::object;
using JsonTestSupport::text;

Communication read(const QJsonObject &json, QString *error = nullptr)
{
    return JsonTestSupport::read<Communication>(json, error);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// A communication as a server writes it (docs/api-contract.md "Communications"): Java dates, F2F, "" and null for "no
// value", a member the contract does not know.
const char serverCommunication[] = R"({
    "some_future_member": {"x": 1},
    "id": "8A2F4E1C9B3D4F6A8C0E2B4D6F8A0C1E",
    "number": "CM000680",
    "life_cycle_state": "COMPLETED",
    "direction": "OUTGOING",
    "media": "F2F",
    "subject": "Your bill",
    "content": "Dear Ελένη,\nyour bill is ready.",
    "to": "",
    "notes": null,
    "viewed": true,
    "viewed_on": "Mon May 22 12:42:03 EEST 2017",
    "contact_information": {
        "id": "C1", "number": "CI000111", "type": "PERSON", "name": "Ελένη Παπαδοπούλου",
        "title": "", "first_name": "Ελένη", "middle_name": null, "last_name": "Παπαδοπούλου",
        "company_name": null, "life_cycle_state": "ACTIVE",
        "demographics": {"date_of_birth": {"day": 1, "month": 2, "year": 1980},
                         "name_day": {"day": 21, "month": 5}, "gender": "FEMALE"}
    },
    "category": {"id": "CAT1", "name": "Billing", "code": "BIL"},
    "template": null,
    "communication_queue_external_system": {"id": "ES1", "name": "SMS gateway", "alternative_code": "SMSGW"},
    "owned_by_group": {"id": "G1", "name": "Back office", "alternative_code": "BO"},
    "privacy_level": {"id": "P1", "number": "PL1", "name": "Internal"},
    "referring_to": {"entity": "BILLS", "id": "B1", "number": "BL000012"},
    "udf_string_1": "first", "udf_string_2": "", "udf_string_8": "eighth",
    "udf_float_1": 12.5, "udf_float_3": null, "udf_float_4": 0,
    "udf_date_1": "", "udf_date_2": "2017-05-22T12:42:03+03:00",
    "unrestricted_parameter_set": [
        {"id": "U1", "key": "k1", "name": "colour", "type": "STRING", "string_value": "blue"},
        {"id": "U2", "name": "weight", "type": "FLOAT", "float_value": 2.5},
        {"id": "U3", "name": "count", "type": "INTEGER", "integer_value": 7},
        {"id": "U4", "name": "due", "type": "DATE", "date_value": "Tue May 23 09:00:00 UTC 2017"}
    ],
    "follow_up_set": [{"id": "F1", "anything": [1, 2]}],
    "log_information": {
        "created_date": "Mon May 22 12:42:03 EEST 2017",
        "created_by_user": {"id": "U9", "username": "eleni"},
        "updated_date": "Tue May 23 08:00:00 GMT 2017",
        "updated_by_user": {"id": 17, "username": "admin"}
    }
})";

// The same communication normalised: ISO 8601 UTC dates, canonical enum names, no empty members.
const char normalisedCommunication[] = R"({
    "id": "8A2F4E1C9B3D4F6A8C0E2B4D6F8A0C1E",
    "number": "CM000680",
    "life_cycle_state": "COMPLETED",
    "direction": "OUTGOING",
    "media": "FACE_TO_FACE",
    "subject": "Your bill",
    "content": "Dear Ελένη,\nyour bill is ready.",
    "viewed": true,
    "viewed_on": "2017-05-22T09:42:03Z",
    "contact_information": {
        "id": "C1", "number": "CI000111", "type": "PERSON", "name": "Ελένη Παπαδοπούλου",
        "first_name": "Ελένη", "last_name": "Παπαδοπούλου", "life_cycle_state": "ACTIVE",
        "demographics": {"date_of_birth": {"day": 1, "month": 2, "year": 1980},
                         "name_day": {"day": 21, "month": 5}, "gender": "FEMALE"}
    },
    "category": {"id": "CAT1", "name": "Billing", "code": "BIL"},
    "communication_queue_external_system": {"id": "ES1", "name": "SMS gateway", "alternative_code": "SMSGW"},
    "owned_by_group": {"id": "G1", "name": "Back office", "alternative_code": "BO"},
    "privacy_level": {"id": "P1", "number": "PL1", "name": "Internal"},
    "referring_to": {"entity": "BILLS", "id": "B1", "number": "BL000012"},
    "udf_string_1": "first", "udf_string_8": "eighth",
    "udf_float_1": 12.5, "udf_float_4": 0,
    "udf_date_2": "2017-05-22T09:42:03Z",
    "unrestricted_parameter_set": [
        {"id": "U1", "key": "k1", "name": "colour", "type": "STRING", "string_value": "blue"},
        {"id": "U2", "name": "weight", "type": "FLOAT", "float_value": 2.5},
        {"id": "U3", "name": "count", "type": "INTEGER", "integer_value": 7},
        {"id": "U4", "name": "due", "type": "DATE", "date_value": "2017-05-23T09:00:00Z"}
    ],
    "follow_up_set": [{"id": "F1", "anything": [1, 2]}],
    "log_information": {
        "created_date": "2017-05-22T09:42:03Z",
        "created_by_user": {"id": "U9", "username": "eleni"},
        "updated_date": "2017-05-23T08:00:00Z",
        "updated_by_user": {"id": "17", "username": "admin"}
    }
})";

} // namespace

class TestCommunicationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryMember();
    void readsUnrestrictedParameters();
    void writesNormalisedJson();
    void roundTripFromServerJson();
    void roundTripFromValues();
    void noValueVariants_data();
    void noValueVariants();
    void numbersAsIds();
    void partialFieldsSet();
    void mediaSynonym_data();
    void mediaSynonym();
    void viewedFalseIsKept();
    void unknownValuesAreKept();
    void requestsSpellFaceToFaceF2F();
    void impliedParameterType();
    void wrongTypes_data();
    void wrongTypes();
    void wrongTypeInListAnswer();
};

void TestCommunicationJson::readsEveryMember()
{
    QString error;
    const Communication c = read(object(serverCommunication), &error);
    QCOMPARE(error, QString());
    QCOMPARE(c.id, QStringLiteral("8A2F4E1C9B3D4F6A8C0E2B4D6F8A0C1E"));
    QCOMPARE(c.number, QStringLiteral("CM000680"));
    QCOMPARE(c.lifeCycleState, std::optional(LifeCycleState::Completed));
    QCOMPARE(c.direction, std::optional(Direction::Outgoing));
    QCOMPARE(c.media, std::optional(Media::FaceToFace));
    QCOMPARE(c.subject, QStringLiteral("Your bill"));
    QCOMPARE(c.content, QStringLiteral("Dear Ελένη,\nyour bill is ready."));
    QCOMPARE(c.to, QString());
    QCOMPARE(c.notes, QString());
    QCOMPARE(c.viewed, std::optional(true));
    QVERIFY(c.viewedOn);
    QCOMPARE(c.viewedOn->toUtc(), utc("2017-05-22T09:42:03Z"));
    QCOMPARE(c.viewedOn->originalText(), QStringLiteral("Mon May 22 12:42:03 EEST 2017"));

    QVERIFY(c.contact);
    QCOMPARE(c.contact->number, QStringLiteral("CI000111"));
    QCOMPARE(c.contact->type, std::optional(ContactType::Person));
    QCOMPARE(c.contact->lastName, QStringLiteral("Παπαδοπούλου"));
    QVERIFY(c.contact->demographics);
    QCOMPARE(c.contact->demographics->dateOfBirth, std::optional(CalendarDay {1, 2, 1980}));
    QCOMPARE(c.contact->demographics->nameDay, std::optional(CalendarDay {21, 5, std::nullopt}));

    QCOMPARE(
        c.category,
        std::optional(Category {QStringLiteral("CAT1"), QStringLiteral("Billing"), QStringLiteral("BIL"), {}, {}}));
    QCOMPARE(c.templateRef, std::nullopt);
    QVERIFY(c.externalSystem);
    QCOMPARE(c.externalSystem->alternativeCode, QStringLiteral("SMSGW"));
    QCOMPARE(c.ownedByGroup,
             std::optional(Group {QStringLiteral("G1"), QStringLiteral("Back office"), QStringLiteral("BO")}));
    QCOMPARE(c.privacyLevel,
             std::optional(PrivacyLevel {QStringLiteral("P1"), QStringLiteral("PL1"), QStringLiteral("Internal")}));
    QCOMPARE(c.referringTo,
             std::optional(ReferringTo {ReferringEntity::Bills, QStringLiteral("B1"), QStringLiteral("BL000012")}));

    QCOMPARE(c.udfStrings[0], QStringLiteral("first"));
    QCOMPARE(c.udfStrings[1], QString());
    QCOMPARE(c.udfStrings[7], QStringLiteral("eighth"));
    QCOMPARE(c.udfFloats[0], std::optional(12.5));
    QCOMPARE(c.udfFloats[1], std::nullopt);
    QCOMPARE(c.udfFloats[2], std::nullopt);
    QCOMPARE(c.udfFloats[3], std::optional(0.0)); // a zero is a value, not "no value"
    QCOMPARE(c.udfDates[0], std::nullopt);
    QVERIFY(c.udfDates[1]);
    QCOMPARE(c.udfDates[1]->toUtc(), utc("2017-05-22T09:42:03Z"));

    QCOMPARE(c.followUps,
             QJsonArray({QJsonObject {{QStringLiteral("id"), QStringLiteral("F1")},
                                      {QStringLiteral("anything"), QJsonArray {1, 2}}}}));
    QVERIFY(c.logInformation);
    QCOMPARE(c.logInformation->createdBy, std::optional(UserRef {QStringLiteral("U9"), QStringLiteral("eleni")}));
    QCOMPARE(c.logInformation->updatedBy, std::optional(UserRef {QStringLiteral("17"), QStringLiteral("admin")}));
    QCOMPARE(c.logInformation->updatedDate->toUtc(), utc("2017-05-23T08:00:00Z"));
}

void TestCommunicationJson::readsUnrestrictedParameters()
{
    const Communication c = read(object(serverCommunication));
    QCOMPARE(c.unrestrictedParameters.size(), 4);
    const UnrestrictedParameter &text = c.unrestrictedParameters.at(0);
    QCOMPARE(text.id, QStringLiteral("U1"));
    QCOMPARE(text.key, QStringLiteral("k1"));
    QCOMPARE(text.name, QStringLiteral("colour"));
    QCOMPARE(text.type, ParameterType::String);
    QCOMPARE(text.value, QVariant(QStringLiteral("blue")));
    QCOMPARE(c.unrestrictedParameters.at(1).type, ParameterType::Float);
    QCOMPARE(c.unrestrictedParameters.at(1).value.metaType(), QMetaType::fromType<double>());
    QCOMPARE(c.unrestrictedParameters.at(1).value.toDouble(), 2.5);
    QCOMPARE(c.unrestrictedParameters.at(2).type, ParameterType::Integer);
    QCOMPARE(c.unrestrictedParameters.at(2).value.metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(c.unrestrictedParameters.at(2).value.toLongLong(), 7);
    const UnrestrictedParameter &date = c.unrestrictedParameters.at(3);
    QCOMPARE(date.type, ParameterType::Date);
    QCOMPARE(date.value.metaType(), QMetaType::fromType<ApiDate>());
    QCOMPARE(date.value.value<ApiDate>().toUtc(), utc("2017-05-23T09:00:00Z"));
}

void TestCommunicationJson::writesNormalisedJson()
{
    QCOMPARE(text(read(object(serverCommunication)).toJson()), text(object(normalisedCommunication)));
}

void TestCommunicationJson::roundTripFromServerJson()
{
    const Communication original = read(object(serverCommunication));
    QString error;
    const Communication back = read(original.toJson(), &error);
    QCOMPARE(error, QString());
    QVERIFY(back == original);
    QCOMPARE(text(back.toJson()), text(original.toJson()));
}

void TestCommunicationJson::roundTripFromValues()
{
    Communication c;
    c.id = QStringLiteral("ID1");
    c.lifeCycleState = LifeCycleState::Draft;
    c.direction = Direction::Incoming;
    c.media = Media::Sms;
    c.to = QStringLiteral("+35799123456");
    c.notes = QStringLiteral("call back & confirm");
    c.viewed = false;
    c.viewedOn = ApiDate(QDateTime(QDate(2020, 2, 29), QTime(23, 30, 0), QTimeZone(-5 * 3600)));
    c.templateRef =
        Template {QStringLiteral("T1"), QStringLiteral("Reminder"), QStringLiteral("REM"), {}, {}, {}, {}, {}, {}};
    c.referringTo = ReferringTo {ReferringEntity::ServiceRequests, {}, QStringLiteral("SR1")};
    c.udfStrings[3] = QStringLiteral("four");
    c.udfFloats[1] = -0.25;
    c.udfDates[3] = ApiDate(utc("1999-12-31T23:59:59Z"));
    c.unrestrictedParameters.append(
        UnrestrictedParameter {{}, {}, QStringLiteral("n"), ParameterType::Integer, QVariant(qint64(-3))});
    c.unrestrictedParameters.append(UnrestrictedParameter {
        {}, {}, QStringLiteral("d"), ParameterType::Date, QVariant::fromValue(ApiDate(utc("2001-01-01T00:00:00Z")))});
    c.logInformation = LogInformation {ApiDate(utc("2020-01-01T00:00:00Z")), std::nullopt, std::nullopt,
                                       UserRef {QStringLiteral("U"), QStringLiteral("u")}};

    const QJsonObject json = c.toJson();
    QCOMPARE(json.value(QStringLiteral("viewed_on")).toString(), QStringLiteral("2020-03-01T04:30:00Z"));
    QCOMPARE(json.value(QStringLiteral("viewed")), QJsonValue(false));
    QString error;
    const Communication back = read(json, &error);
    QCOMPARE(error, QString());
    QVERIFY(back == c);
}

void TestCommunicationJson::noValueVariants_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QByteArray>("value");
    const char *members[] = {"number",
                             "life_cycle_state",
                             "direction",
                             "media",
                             "subject",
                             "content",
                             "to",
                             "notes",
                             "viewed",
                             "viewed_on",
                             "contact_information",
                             "category",
                             "template",
                             "communication_queue_external_system",
                             "owned_by_group",
                             "privacy_level",
                             "referring_to",
                             "udf_string_1",
                             "udf_string_8",
                             "udf_float_1",
                             "udf_float_4",
                             "udf_date_1",
                             "udf_date_4",
                             "unrestricted_parameter_set",
                             "follow_up_set",
                             "log_information"};
    for (const char *member : members) {
        for (const char *value : {"\"\"", "null", ""}) {
            const QByteArray name = QByteArray(member) + ' ' + (*value ? value : "missing");
            QTest::newRow(name.constData()) << QString::fromLatin1(member) << QByteArray(value);
        }
    }
}

// docs/api-contract.md "Envelope": "" and null mean "no value", like a missing member; nothing is invented for them.
void TestCommunicationJson::noValueVariants()
{
    QFETCH(QString, member);
    QFETCH(QByteArray, value);
    const QByteArray json = value.isEmpty() ? QByteArray(R"({"id": "X"})")
                                            : R"({"id": "X", ")" + member.toLatin1() + R"(": )" + value + '}';
    QString error;
    const Communication c = read(object(json), &error);
    QCOMPARE(error, QString());
    QCOMPARE(text(c.toJson()), QByteArray(R"({"id":"X"})"));
    Communication expected;
    expected.id = QStringLiteral("X");
    QVERIFY(c == expected);
}

void TestCommunicationJson::numbersAsIds()
{
    QString error;
    const Communication c = read(object(R"({"id": 680, "number": 12.0,
                                            "contact_information": {"id": 4711, "number": "CI1"},
                                            "category": {"id": 3, "name": "Billing"},
                                            "udf_string_2": 1.5})"),
                                 &error);
    QCOMPARE(error, QString());
    QCOMPARE(c.id, QStringLiteral("680"));
    QCOMPARE(c.number, QStringLiteral("12"));
    QCOMPARE(c.contact->id, QStringLiteral("4711"));
    QCOMPARE(c.category->id, QStringLiteral("3"));
    QCOMPARE(c.udfStrings[1], QStringLiteral("1.5"));
}

void TestCommunicationJson::partialFieldsSet()
{
    QString error;
    const Communication c = read(object(R"({"subject": "Hello", "id": "A"})"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(c.subject, QStringLiteral("Hello"));
    QCOMPARE(c.media, std::nullopt);
    QCOMPARE(c.viewed, std::nullopt);
    QCOMPARE(c.contact, std::nullopt);
    QVERIFY(c.unrestrictedParameters.isEmpty());
    QCOMPARE(text(c.toJson()), QByteArray(R"({"id":"A","subject":"Hello"})"));
}

void TestCommunicationJson::mediaSynonym_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Media>("media");
    QTest::addColumn<QString>("written");
    QTest::newRow("F2F") << QByteArray("F2F") << Media::FaceToFace << QStringLiteral("FACE_TO_FACE");
    QTest::newRow("FACE_TO_FACE") << QByteArray("FACE_TO_FACE") << Media::FaceToFace << QStringLiteral("FACE_TO_FACE");
    QTest::newRow("EMAIL") << QByteArray("EMAIL") << Media::Email << QStringLiteral("EMAIL");
    QTest::newRow("SMS") << QByteArray("SMS") << Media::Sms << QStringLiteral("SMS");
    QTest::newRow("PHONE") << QByteArray("PHONE") << Media::Phone << QStringLiteral("PHONE");
    QTest::newRow("LETTER") << QByteArray("LETTER") << Media::Letter << QStringLiteral("LETTER");
}

void TestCommunicationJson::mediaSynonym()
{
    QFETCH(QByteArray, wire);
    QFETCH(Media, media);
    QFETCH(QString, written);
    const Communication c = read(object(R"({"media": ")" + wire + R"("})"));
    QCOMPARE(c.media, std::optional(media));
    QCOMPARE(c.toJson().value(QStringLiteral("media")).toString(), written);
}

// What a newer server sends that this client does not know is kept as it came, shown as it came,
// and written back so (the offline copy), never a failure of the whole answer.
void TestCommunicationJson::unknownValuesAreKept()
{
    const Communication c = read(object(R"({"media": "WHATSAPP", "life_cycle_state": "SCHEDULED",
        "direction": "INTERNAL", "viewed": "1", "contact_information": {"type": "HOUSEHOLD", "first_name": "Persia"},
        "referring_to": {"entity": "LOYALTY_CARDS", "number": "LC1"}})"));
    QCOMPARE(c.media->text(), QStringLiteral("WHATSAPP"));
    QVERIFY(!c.media->isKnown());
    QCOMPARE(knownValue(c.media), std::nullopt);
    QCOMPARE(c.lifeCycleState->text(), QStringLiteral("SCHEDULED"));
    QVERIFY(!(c.lifeCycleState == LifeCycleState::Completed));
    QCOMPARE(c.direction->text(), QStringLiteral("INTERNAL"));
    QCOMPARE(c.viewed, std::optional<bool>(true));
    QCOMPARE(c.contact->type->text(), QStringLiteral("HOUSEHOLD"));
    QCOMPARE(c.referringTo->entity.text(), QStringLiteral("LOYALTY_CARDS"));
    QCOMPARE(DisplayText::media(*c.media), QStringLiteral("WHATSAPP"));
    QCOMPARE(DisplayText::state(*c.lifeCycleState), QStringLiteral("SCHEDULED"));
    QCOMPARE(DisplayText::referringEntity(c.referringTo->entity), QStringLiteral("LOYALTY_CARDS"));
    QVERIFY(DisplayText::mediaIcon(*c.media).isNull());
    const QJsonObject written = c.toJson();
    QCOMPARE(written.value(QStringLiteral("media")).toString(), QStringLiteral("WHATSAPP"));
    QCOMPARE(written.value(QStringLiteral("referring_to")).toObject().value(QStringLiteral("entity")).toString(),
             QStringLiteral("LOYALTY_CARDS"));
    QCOMPARE(read(written), c); // the offline copy reads back the same
}

// The create and update pages spell face to face F2F on input; answers keep FACE_TO_FACE.
void TestCommunicationJson::requestsSpellFaceToFaceF2F()
{
    CommunicationInput input;
    input.media = Media::FaceToFace;
    QCOMPARE(input.toJson().value(QStringLiteral("media")).toString(), QStringLiteral("F2F"));
    input.media = Media::Sms;
    QCOMPARE(input.toJson().value(QStringLiteral("media")).toString(), QStringLiteral("SMS"));
    // Every referring_to entity of the pages, by its wire name.
    QCOMPARE(wireNames<ReferringEntity>().size(), 16);
    for (const ReferringEntity entity : allValues<ReferringEntity>()) {
        input.referringTo = ReferringTo {entity, {}, QStringLiteral("N1")};
        const QJsonObject sent = input.toJson().value(QStringLiteral("referring_to")).toObject();
        QCOMPARE(sent.value(QStringLiteral("entity")).toString(), wireName(entity));
        QVERIFY(!DisplayText::referringEntity(entity).isEmpty());
    }
}

void TestCommunicationJson::viewedFalseIsKept()
{
    const Communication c = read(object(R"({"viewed": false})"));
    QCOMPARE(c.viewed, std::optional(false));
    QCOMPARE(text(c.toJson()), QByteArray(R"({"viewed":false})"));
}

void TestCommunicationJson::impliedParameterType()
{
    QString error;
    const Communication c = read(object(R"({"unrestricted_parameter_set": [
                                              {"name": "a", "integer_value": 5},
                                              {"name": "b"},
                                              {"name": "c", "type": "FLOAT", "float_value": null}]})"),
                                 &error);
    QCOMPARE(error, QString());
    QCOMPARE(c.unrestrictedParameters.size(), 3);
    QCOMPARE(c.unrestrictedParameters.at(0).type, ParameterType::Integer);
    QCOMPARE(c.unrestrictedParameters.at(0).value.toLongLong(), 5);
    QCOMPARE(c.unrestrictedParameters.at(1).type, ParameterType::String);
    QVERIFY(!c.unrestrictedParameters.at(1).value.isValid());
    QVERIFY(!c.unrestrictedParameters.at(2).value.isValid());
    QCOMPARE(text(c.unrestrictedParameters.at(2).toJson()), QByteArray(R"({"name":"c","type":"FLOAT"})"));
}

void TestCommunicationJson::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("viewed as other text")
        << QByteArray(R"({"viewed": "seen"})") << QStringLiteral("data.viewed: expected a boolean, got \"seen\"");
    QTest::newRow("viewed as other number")
        << QByteArray(R"({"viewed": 7})") << QStringLiteral("data.viewed: expected a boolean, got 7");
    QTest::newRow("subject as object") << QByteArray(R"({"subject": {"text": "x"}})")
                                       << QStringLiteral("data.subject: expected a string, got an object");
    QTest::newRow("media as object") << QByteArray(R"({"media": {"name": "PIGEON"}})")
                                     << QStringLiteral("data.media: expected a string, got an object");
    QTest::newRow("direction as number") << QByteArray(R"({"direction": 1})")
                                         << QStringLiteral("data.direction: expected a string, got a number");
    QTest::newRow("viewed_on garbage") << QByteArray(R"({"viewed_on": "last Monday"})")
                                       << QStringLiteral("data.viewed_on: expected a date, got \"last Monday\"");
    QTest::newRow("contact type as number")
        << QByteArray(R"({"contact_information": {"type": 1}})")
        << QStringLiteral("data.contact_information.type: expected a string, got a number");
    QTest::newRow("contact as array") << QByteArray(R"({"contact_information": []})")
                                      << QStringLiteral("data.contact_information: expected an object, got an array");
    QTest::newRow("category as name") << QByteArray(R"({"category": "Billing"})")
                                      << QStringLiteral("data.category: expected an object, got a string");
    QTest::newRow("birthday day as text")
        << QByteArray(R"({"contact_information": {"demographics": {"date_of_birth": {"day": "first"}}}})")
        << QStringLiteral("data.contact_information.demographics.date_of_birth.day: expected a number, got \"first\"");
    QTest::newRow("udf_float as words") << QByteArray(R"({"udf_float_2": "one and a half"})")
                                        << QStringLiteral(
                                               "data.udf_float_2: expected a number, got \"one and a half\"");
    QTest::newRow("udf_date garbage") << QByteArray(R"({"udf_date_3": "tomorrow"})")
                                      << QStringLiteral("data.udf_date_3: expected a date, got \"tomorrow\"");
    QTest::newRow("udf_string as boolean") << QByteArray(R"({"udf_string_8": false})")
                                           << QStringLiteral("data.udf_string_8: expected a string, got a boolean");
    QTest::newRow("referring entity as object")
        << QByteArray(R"({"referring_to": {"entity": {}}})")
        << QStringLiteral("data.referring_to.entity: expected a string, got an object");
    QTest::newRow("parameter set as object")
        << QByteArray(R"({"unrestricted_parameter_set": {}})")
        << QStringLiteral("data.unrestricted_parameter_set: expected an array, got an object");
    QTest::newRow("parameter item as text")
        << QByteArray(R"({"unrestricted_parameter_set": [{}, "x"]})")
        << QStringLiteral("data.unrestricted_parameter_set[1]: expected an object, got a string");
    QTest::newRow("parameter type as number")
        << QByteArray(R"({"unrestricted_parameter_set": [{"type": 4}]})")
        << QStringLiteral("data.unrestricted_parameter_set[0].type: expected a string, got a number");
    QTest::newRow("parameter integer with fraction")
        << QByteArray(R"({"unrestricted_parameter_set": [{"type": "INTEGER", "integer_value": 1.5}]})")
        << QStringLiteral("data.unrestricted_parameter_set[0].integer_value: expected an integer, got 1.5");
    QTest::newRow("parameter float as text")
        << QByteArray(R"({"unrestricted_parameter_set": [{"type": "FLOAT", "float_value": "2,5"}]})")
        << QStringLiteral("data.unrestricted_parameter_set[0].float_value: expected a number, got \"2,5\"");
    QTest::newRow("follow-ups as object") << QByteArray(R"({"follow_up_set": {}})")
                                          << QStringLiteral("data.follow_up_set: expected an array, got an object");
    QTest::newRow("log user name as array")
        << QByteArray(R"({"log_information": {"created_by_user": {"username": []}}})")
        << QStringLiteral("data.log_information.created_by_user.username: expected a string, got an array");
    QTest::newRow("first error wins") << QByteArray(R"({"viewed": "no", "udf_float_1": "x"})")
                                      << QStringLiteral("data.viewed: expected a boolean, got \"no\"");
}

void TestCommunicationJson::wrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    read(object(json), &actual);
    QCOMPARE(actual, error);
}

void TestCommunicationJson::wrongTypeInListAnswer()
{
    const QJsonArray list = QJsonDocument::fromJson(R"([{"id": "A"}, {"id": "B", "contact_information": null},
                                                        {"id": "C"}, {"id": "D", "contact_information": {"type": 2}}])")
                                .array();
    JsonReader reader;
    QList<Communication> communications;
    reader.forEach(list, [&communications](const JsonReader::Object &item) {
        communications.append(Communication::fromJson(item));
    });
    QCOMPARE(reader.error(), QStringLiteral("data[3].contact_information.type: expected a string, got a number"));
    QCOMPARE(communications.size(), 4);
    QCOMPARE(communications.at(2).id, QStringLiteral("C"));
}

QTEST_GUILESS_MAIN(TestCommunicationJson)
#include "tst_communicationjson.moc"
