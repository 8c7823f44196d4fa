#include "CommunicationInput.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace commdesk;

namespace {

// Compact text with sorted keys, from either side, so that a failure shows a readable diff.
QByteArray text(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray text(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return text(document.object());
}

} // namespace

class TestCommunicationInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyInputSendsNothing();
    void setMembers();
    void clearedMembersAreNull();
    void absentSetAndClearedTogether();
    void userDefinedFields();
    void referringToByNumberOrId();
    void createParameters();
    void parameterChanges();
    void patchStates();
};

void TestCommunicationInput::emptyInputSendsNothing()
{
    const CommunicationInput input;
    QVERIFY(input.toJson().isEmpty());
    QVERIFY(input.isEmpty());
}

void TestCommunicationInput::setMembers()
{
    CommunicationInput input;
    input.templateId = Identifier(QStringLiteral("alternative_code"), QStringLiteral("WELCOME"));
    input.category = Identifier::byName(QStringLiteral("Billing"));
    input.externalSystem = Identifier::byName(QStringLiteral("SMS gateway"));
    input.ownedByGroup = Identifier::byId(QStringLiteral("0123456789ABCDEF0123456789ABCDEF"));
    input.privacyLevel = Identifier::byNumber(QStringLiteral("PL1"));
    input.direction = Direction::Outgoing;
    input.media = Media::FaceToFace;
    input.subject = QStringLiteral("Meeting");
    input.content = QStringLiteral("Ελένη & Co");
    input.to = QStringLiteral("eleni@example.com");
    input.notes = QStringLiteral("");
    input.lifeCycleState = LifeCycleState::Draft;
    QVERIFY(!input.isEmpty());
    QCOMPARE(text(input.toJson()), text(R"({
        "template_identifier": {"alternative_code": "WELCOME"},
        "category_identifier": {"name": "Billing"},
        "communication_queue_external_system_identifier": {"name": "SMS gateway"},
        "owned_by_group_identifier": {"id": "0123456789ABCDEF0123456789ABCDEF"},
        "privacy_level_identifier": {"number": "PL1"},
        "direction": "OUTGOING",
        "media": "F2F",
        "subject": "Meeting",
        "content": "Ελένη & Co",
        "to": "eleni@example.com",
        "notes": "",
        "life_cycle_state": "DRAFT"
    })"));
}

void TestCommunicationInput::clearedMembersAreNull()
{
    CommunicationInput input;
    input.templateId = Patch<Identifier>::cleared();
    input.category = Patch<Identifier>::cleared();
    input.externalSystem = Patch<Identifier>::cleared();
    input.ownedByGroup = Patch<Identifier>::cleared();
    input.privacyLevel = Patch<Identifier>::cleared();
    input.direction = Patch<Direction>::cleared();
    input.media = Patch<Media>::cleared();
    input.subject = Patch<QString>::cleared();
    input.content = Patch<QString>::cleared();
    input.to = Patch<QString>::cleared();
    input.notes = Patch<QString>::cleared();
    input.lifeCycleState = Patch<LifeCycleState>::cleared();
    input.referringTo = Patch<ReferringTo>::cleared();
    QCOMPARE(text(input.toJson()), text(R"({
        "template_identifier": null,
        "category_identifier": null,
        "communication_queue_external_system_identifier": null,
        "owned_by_group_identifier": null,
        "privacy_level_identifier": null,
        "direction": null,
        "media": null,
        "subject": null,
        "content": null,
        "to": null,
        "notes": null,
        "life_cycle_state": null,
        "referring_to": null
    })"));
}

// docs/api-contract.md "Communications" update semantics: left out stays, null clears, a value replaces.
void TestCommunicationInput::absentSetAndClearedTogether()
{
    CommunicationInput input;
    input.subject = QStringLiteral("New subject");
    input.notes = Patch<QString>::cleared();
    input.udfFloats[1] = Patch<double>::cleared();
    const QJsonObject json = input.toJson();
    QCOMPARE(text(json), text(R"({"subject": "New subject", "notes": null, "udf_float_2": null})"));
    QVERIFY(!json.contains(QStringLiteral("content")));
    QVERIFY(json.value(QStringLiteral("notes")).isNull());
}

void TestCommunicationInput::userDefinedFields()
{
    CommunicationInput input;
    input.udfStrings[0] = QStringLiteral("one");
    input.udfStrings[7] = Patch<QString>::cleared();
    input.udfFloats[0] = 12.5;
    input.udfFloats[3] = 0.0;
    input.udfDates[0] = QDateTime(QDate(2017, 5, 22), QTime(12, 42, 3), QTimeZone(3 * 3600));
    input.udfDates[2] = QDateTime(QDate(2017, 5, 22), QTime(9, 42, 3), QTimeZone::utc());
    input.udfDates[3] = Patch<QDateTime>::cleared();
    QCOMPARE(text(input.toJson()), text(R"({
        "udf_string_1": "one",
        "udf_string_8": null,
        "udf_float_1": 12.5,
        "udf_float_4": 0,
        "udf_date_1": "2017-05-22T12:42:03+03:00",
        "udf_date_3": "2017-05-22T09:42:03+00:00",
        "udf_date_4": null
    })"));
}

void TestCommunicationInput::referringToByNumberOrId()
{
    CommunicationInput input;
    input.referringTo =
        ReferringTo {ReferringEntity::Communications, QStringLiteral("ID9"), QStringLiteral("CM000680")};
    QCOMPARE(text(input.toJson()),
             text(R"({"referring_to": {"entity": "COMMUNICATIONS", "entity_identifier": {"number": "CM000680"}}})"));

    input.referringTo = ReferringTo {ReferringEntity::AccountsReceivable, QStringLiteral("ID9"), {}};
    QCOMPARE(text(input.toJson()),
             text(R"({"referring_to": {"entity": "ACCOUNTS_RECEIVABLE", "entity_identifier": {"id": "ID9"}}})"));
}

void TestCommunicationInput::createParameters()
{
    CommunicationInput input;
    input.newParameters = {
        {{}, {}, QStringLiteral("colour"), ParameterType::String, QStringLiteral("blue")},
        {{}, {}, QStringLiteral("weight"), ParameterType::Float, 2.5},
        {{}, {}, QStringLiteral("count"), ParameterType::Integer, qint64(7)},
        {{},
         {},
         QStringLiteral("due"),
         ParameterType::Date,
         QVariant::fromValue(ApiDate(QDateTime(QDate(2017, 5, 23), QTime(9, 0), QTimeZone(2 * 3600))))},
        {{},
         {},
         QStringLiteral("start"),
         ParameterType::Date,
         QDateTime(QDate(2017, 5, 24), QTime(8, 30), QTimeZone(-4 * 3600))},
    };
    QCOMPARE(text(input.toJson()), text(R"({"unrestricted_parameter_set": [
        {"name": "colour", "type": "STRING", "string_value": "blue"},
        {"name": "weight", "type": "FLOAT", "float_value": 2.5},
        {"name": "count", "type": "INTEGER", "integer_value": 7},
        {"name": "due", "type": "DATE", "date_value": "2017-05-23T09:00:00+02:00"},
        {"name": "start", "type": "DATE", "date_value": "2017-05-24T08:30:00-04:00"}
    ]})"));
}

void TestCommunicationInput::parameterChanges()
{
    UnrestrictedParameterChange add;
    add.action = ParameterAction::Add;
    add.value = {{}, {}, QStringLiteral("colour"), ParameterType::String, QStringLiteral("red")};

    UnrestrictedParameterChange update;
    update.action = ParameterAction::Update;
    update.parameter = Identifier(QStringLiteral("key"), QStringLiteral("k1"));
    update.value = {{}, {}, {}, ParameterType::Integer, qint64(8)};

    UnrestrictedParameterChange remove;
    remove.action = ParameterAction::Remove;
    remove.parameter = Identifier::byName(QStringLiteral("weight"));
    remove.value = {{}, {}, QStringLiteral("ignored"), ParameterType::Float, 1.0};

    CommunicationInput input;
    input.parameterChanges = {add, update, remove};
    QCOMPARE(text(input.toJson()), text(R"({"unrestricted_parameter_set": [
        {"action": "ADD", "name": "colour", "type": "STRING", "string_value": "red"},
        {"action": "UPDATE", "unrestricted_parameter_identifier": {"key": "k1"},
         "type": "INTEGER", "integer_value": 8},
        {"action": "REMOVE", "unrestricted_parameter_identifier": {"name": "weight"}}
    ]})"));
}

void TestCommunicationInput::patchStates()
{
    Patch<QString> absent;
    QVERIFY(absent.isAbsent() && !absent.isCleared() && !absent.hasValue());
    const auto cleared = Patch<QString>::cleared();
    QVERIFY(!cleared.isAbsent() && cleared.isCleared() && !cleared.hasValue());
    Patch<QString> set(QStringLiteral("x"));
    QVERIFY(!set.isAbsent() && !set.isCleared() && set.hasValue());
    QCOMPARE(set.value(), QStringLiteral("x"));
    QVERIFY(!(absent == cleared));
}

QTEST_GUILESS_MAIN(TestCommunicationInput)
#include "tst_communicationinput.moc"
