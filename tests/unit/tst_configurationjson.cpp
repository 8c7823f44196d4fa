#include "ExternalSystem.h"
#include "Group.h"
#include "PrivacyLevel.h"
#include "ReferringTo.h"
#include "Template.h"

#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

namespace {

QJsonValue parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QByteArray text(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// Reads a list answer (docs/api-contract.md "Configuration look-ups") the way the API layer does.
template<class T>
QList<T> readList(const QByteArray &json, QString *error = nullptr)
{
    JsonReader reader;
    QList<T> items;
    reader.forEach(parse(json).toArray(),
                   [&items](const JsonReader::Object &item) { items.append(T::fromJson(item)); });
    if (error)
        *error = reader.error();
    return items;
}

template<class T>
T readOne(const QByteArray &json)
{
    JsonReader reader;
    T value = T::fromJson(reader.root(parse(json).toObject()));
    if (reader.hasError())
        qWarning("unexpected error: %s", qPrintable(reader.error()));
    return value;
}

template<class T>
bool roundTrips(const T &value)
{
    JsonReader reader;
    return T::fromJson(reader.root(value.toJson())) == value && !reader.hasError();
}

} // namespace

class TestConfigurationJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categories();
    void templates();
    void templateWithUnknownDirection();
    void externalSystems();
    void characterLimitWrongType();
    void groupsAndPrivacyLevels();
    void referringToForms();
};

void TestConfigurationJson::categories()
{
    QString error;
    const QList<Category> categories = readList<Category>(R"([
        {"id": "C1", "name": "Billing", "code": "BIL", "description": "Bills and payments", "parent_id": null},
        {"id": "C2", "name": "Overdue", "code": "", "description": "", "parent_id": "C1", "colour": "red"},
        {"id": 3, "name": "Numbers", "parent_id": 1}
    ])",
                                                          &error);
    QCOMPARE(error, QString());
    QCOMPARE(categories.size(), 3);
    QCOMPARE(categories.at(0),
             (Category {QStringLiteral("C1"),
                        QStringLiteral("Billing"),
                        QStringLiteral("BIL"),
                        QStringLiteral("Bills and payments"),
                        {}}));
    QCOMPARE(categories.at(1).parentId, QStringLiteral("C1"));
    QCOMPARE(categories.at(2).id, QStringLiteral("3"));
    QCOMPARE(categories.at(2).parentId, QStringLiteral("1"));
    QCOMPARE(text(categories.at(1).toJson()), QByteArray(R"({"id":"C2","name":"Overdue","parent_id":"C1"})"));
    for (const Category &category : categories)
        QVERIFY(roundTrips(category));
}

void TestConfigurationJson::templates()
{
    const Template t = readOne<Template>(R"({
        "id": "T1", "name": "Welcome", "alternative_code": "WELCOME", "description": "",
        "direction": "OUTGOING", "media": "F2F",
        "category": {"id": "C1", "name": "Billing", "code": "BIL"},
        "subject": "Hello {{first_name}}", "content": "Dear {{name}}, ..."
    })");
    QCOMPARE(t.alternativeCode, QStringLiteral("WELCOME"));
    QCOMPARE(t.direction, std::optional(Direction::Outgoing));
    QCOMPARE(t.media, std::optional(Media::FaceToFace));
    QCOMPARE(t.category->code, QStringLiteral("BIL"));
    QCOMPARE(t.content, QStringLiteral("Dear {{name}}, ..."));
    QCOMPARE(text(t.toJson()),
             text(parse(R"({"id": "T1", "name": "Welcome", "alternative_code": "WELCOME",
                            "direction": "OUTGOING", "media": "FACE_TO_FACE",
                            "category": {"id": "C1", "name": "Billing", "code": "BIL"},
                            "subject": "Hello {{first_name}}", "content": "Dear {{name}}, ..."})")
                      .toObject()));
    QVERIFY(roundTrips(t));
}

void TestConfigurationJson::templateWithUnknownDirection()
{
    QString error;
    // A newer server's direction or media leaves the template usable; compose then asks for them.
    const QList<Template> templates =
        readList<Template>(R"([{"id": "T1"}, {"id": "T2", "direction": "SIDEWAYS", "media": "PIGEON"}])", &error);
    QCOMPARE(error, QString());
    QCOMPARE(templates.size(), 2);
    QCOMPARE(templates.at(1).direction, std::nullopt);
    QCOMPARE(templates.at(1).media, std::nullopt);
}

void TestConfigurationJson::externalSystems()
{
    QString error;
    const QList<ExternalSystem> systems = readList<ExternalSystem>(R"([
        {"id": "E1", "name": "SMS gateway", "alternative_code": "SMSGW", "description": "Outbound SMS",
         "character_limit": 160},
        {"id": "E2", "name": "Mail relay", "alternative_code": "MAIL", "character_limit": null},
        {"id": "E3", "name": "Portal", "character_limit": ""}
    ])",
                                                                   &error);
    QCOMPARE(error, QString());
    QCOMPARE(systems.size(), 3);
    QCOMPARE(systems.at(0).characterLimit, std::optional(160));
    QCOMPARE(systems.at(1).characterLimit, std::nullopt);
    QCOMPARE(systems.at(2).characterLimit, std::nullopt);
    QCOMPARE(text(systems.at(0).toJson()),
             QByteArray(R"({"alternative_code":"SMSGW","character_limit":160,"description":"Outbound SMS",)"
                        R"("id":"E1","name":"SMS gateway"})"));
    QVERIFY(!systems.at(1).toJson().contains(QStringLiteral("character_limit")));
    for (const ExternalSystem &system : systems)
        QVERIFY(roundTrips(system));
}

void TestConfigurationJson::characterLimitWrongType()
{
    QString error;
    const QList<ExternalSystem> systems =
        readList<ExternalSystem>(R"([{"id": "E1", "character_limit": "160"}])", &error);
    QCOMPARE(error, QString()); // digits as text are a number
    QCOMPARE(systems.at(0).characterLimit, std::optional(160));
    readList<ExternalSystem>(R"([{"id": "E1", "character_limit": "SMS"}])", &error);
    QCOMPARE(error, QStringLiteral("data[0].character_limit: expected a number, got \"SMS\""));
    readList<ExternalSystem>(R"([{"id": "E1", "character_limit": 70.5}])", &error);
    QCOMPARE(error, QStringLiteral("data[0].character_limit: expected an integer, got 70.5"));
}

void TestConfigurationJson::groupsAndPrivacyLevels()
{
    const Group group = readOne<Group>(R"({"id": "G1", "name": "Back office", "alternative_code": "BO"})");
    QCOMPARE(group, (Group {QStringLiteral("G1"), QStringLiteral("Back office"), QStringLiteral("BO")}));
    QCOMPARE(text(group.toJson()), QByteArray(R"({"alternative_code":"BO","id":"G1","name":"Back office"})"));
    QVERIFY(roundTrips(group));

    const PrivacyLevel level = readOne<PrivacyLevel>(R"({"id": "P1", "number": 2, "name": null})");
    QCOMPARE(level, (PrivacyLevel {QStringLiteral("P1"), QStringLiteral("2"), {}}));
    QCOMPARE(text(level.toJson()), QByteArray(R"({"id":"P1","number":"2"})"));
    QVERIFY(roundTrips(level));
}

void TestConfigurationJson::referringToForms()
{
    const ReferringTo referring =
        readOne<ReferringTo>(R"({"entity": "SERVICE_REQUESTS", "id": "R1", "number": "SR9"})");
    QCOMPARE(referring, (ReferringTo {ReferringEntity::ServiceRequests, QStringLiteral("R1"), QStringLiteral("SR9")}));
    QCOMPARE(text(referring.toJson()), QByteArray(R"({"entity":"SERVICE_REQUESTS","id":"R1","number":"SR9"})"));
    QCOMPARE(text(referring.toRequestJson()),
             QByteArray(R"({"entity":"SERVICE_REQUESTS","entity_identifier":{"number":"SR9"}})"));
    QVERIFY(roundTrips(referring));
}

QTEST_GUILESS_MAIN(TestConfigurationJson)
#include "tst_configurationjson.moc"
