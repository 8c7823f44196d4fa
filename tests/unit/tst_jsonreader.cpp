#include "JsonReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

namespace {

QJsonDocument parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document;
}

QJsonObject object(const char *json)
{
    return parse(json).object();
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noValueVariants();
    void stringAcceptsNumbers_data();
    void stringAcceptsNumbers();
    void typeErrors_data();
    void typeErrors();
    void numbersAndIntegers();
    void booleans();
    void numbersAsText();
    void unknownEnumValues();
    void dates();
    void enums();
    void nestedPaths();
    void arrayElementPath();
    void listAnswerPath();
    void listAnswerNonObject();
    void keepsTheFirstError();
    void stringAndRawArrays();
    void customRootPath();
};

void TestJsonReader::noValueVariants()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"a": "", "b": null, "z": 0, "f": false, "s": "x"})"));
    for (const auto key : {u"a", u"b", u"missing"}) {
        QVERIFY(!json.has(key));
        QCOMPARE(json.string(key), QString());
        QCOMPARE(json.number(key), std::nullopt);
        QCOMPARE(json.integer(key), std::nullopt);
        QCOMPARE(json.boolean(key), std::nullopt);
        QVERIFY(!json.date(key));
        QCOMPARE(json.enumValue<Media>(key), std::nullopt);
        QVERIFY(!json.object(key, [](const JsonReader::Object &) { QFAIL("no object expected"); }));
        json.array(key, [](const JsonReader::Object &) { QFAIL("no element expected"); });
        QVERIFY(json.stringArray(key).isEmpty());
        QVERIFY(json.rawArray(key).isEmpty());
    }
    QVERIFY(json.has(u"z"));
    QVERIFY(json.has(u"f"));
    QVERIFY(json.has(u"s"));
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
}

void TestJsonReader::stringAcceptsNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integral id") << QByteArray(R"({"id": 12345})") << QStringLiteral("12345");
    QTest::newRow("integral written with .0") << QByteArray(R"({"id": 7.0})") << QStringLiteral("7");
    QTest::newRow("big integral") << QByteArray(R"({"id": 1234567890123})") << QStringLiteral("1234567890123");
    QTest::newRow("negative") << QByteArray(R"({"id": -42})") << QStringLiteral("-42");
    QTest::newRow("fraction") << QByteArray(R"({"id": 1.5})") << QStringLiteral("1.5");
    QTest::newRow("string") << QByteArray(R"({"id": "4A0B"})") << QStringLiteral("4A0B");
}

void TestJsonReader::stringAcceptsNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    JsonReader reader;
    QCOMPARE(reader.root(object(json.constData())).string(u"id"), expected);
    QVERIFY(!reader.hasError());
}

void TestJsonReader::typeErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("string got boolean") << QByteArray(R"({"x": true})") << QStringLiteral("string")
                                        << QStringLiteral("data.x: expected a string, got a boolean");
    QTest::newRow("string got object") << QByteArray(R"({"x": {}})") << QStringLiteral("string")
                                       << QStringLiteral("data.x: expected a string, got an object");
    QTest::newRow("string got array") << QByteArray(R"({"x": []})") << QStringLiteral("string")
                                      << QStringLiteral("data.x: expected a string, got an array");
    QTest::newRow("number got text") << QByteArray(R"({"x": "twelve"})") << QStringLiteral("number")
                                     << QStringLiteral("data.x: expected a number, got \"twelve\"");
    QTest::newRow("number got decimal comma") << QByteArray(R"({"x": "1,5"})") << QStringLiteral("number")
                                              << QStringLiteral("data.x: expected a number, got \"1,5\"");
    QTest::newRow("number got boolean") << QByteArray(R"({"x": false})") << QStringLiteral("number")
                                        << QStringLiteral("data.x: expected a number, got a boolean");
    QTest::newRow("integer got fraction") << QByteArray(R"({"x": 2.5})") << QStringLiteral("integer")
                                          << QStringLiteral("data.x: expected an integer, got 2.5");
    QTest::newRow("integer got text") << QByteArray(R"({"x": "two"})") << QStringLiteral("integer")
                                      << QStringLiteral("data.x: expected a number, got \"two\"");
    QTest::newRow("integer got fraction text") << QByteArray(R"({"x": "2.5"})") << QStringLiteral("integer")
                                               << QStringLiteral("data.x: expected an integer, got 2.5");
    QTest::newRow("int32 too big") << QByteArray(R"({"x": 3000000000})") << QStringLiteral("int32")
                                   << QStringLiteral("data.x: expected a 32-bit integer, got 3000000000");
    QTest::newRow("boolean got other text") << QByteArray(R"({"x": "yes"})") << QStringLiteral("boolean")
                                            << QStringLiteral("data.x: expected a boolean, got \"yes\"");
    QTest::newRow("boolean got other number") << QByteArray(R"({"x": 2})") << QStringLiteral("boolean")
                                              << QStringLiteral("data.x: expected a boolean, got 2");
    QTest::newRow("boolean got object") << QByteArray(R"({"x": {}})") << QStringLiteral("boolean")
                                        << QStringLiteral("data.x: expected a boolean, got an object");
    QTest::newRow("date got number") << QByteArray(R"({"x": 1495446123000})") << QStringLiteral("date")
                                     << QStringLiteral("data.x: expected a date, got a number");
    QTest::newRow("date got garbage") << QByteArray(R"({"x": "soon"})") << QStringLiteral("date")
                                      << QStringLiteral("data.x: expected a date, got \"soon\"");
    QTest::newRow("wire value got object") << QByteArray(R"({"x": {"code": "SMS"}})") << QStringLiteral("wireMedia")
                                           << QStringLiteral("data.x: expected a string, got an object");
    QTest::newRow("enum got boolean") << QByteArray(R"({"x": true})") << QStringLiteral("media")
                                      << QStringLiteral("data.x: expected a string, got a boolean");
    QTest::newRow("enum got number") << QByteArray(R"({"x": 1})") << QStringLiteral("media")
                                     << QStringLiteral("data.x: expected a string, got a number");
    QTest::newRow("object got string") << QByteArray(R"({"x": "Billing"})") << QStringLiteral("object")
                                       << QStringLiteral("data.x: expected an object, got a string");
    QTest::newRow("array got object") << QByteArray(R"({"x": {"a": 1}})") << QStringLiteral("array")
                                      << QStringLiteral("data.x: expected an array, got an object");
    QTest::newRow("array element got string") << QByteArray(R"({"x": [{}, "a"]})") << QStringLiteral("array")
                                              << QStringLiteral("data.x[1]: expected an object, got a string");
    QTest::newRow("array element got null") << QByteArray(R"({"x": [null]})") << QStringLiteral("array")
                                            << QStringLiteral("data.x[0]: expected an object, got null");
    QTest::newRow("string array element got object")
        << QByteArray(R"({"x": ["a", {}]})") << QStringLiteral("stringArray")
        << QStringLiteral("data.x[1]: expected a string, got an object");
}

void TestJsonReader::typeErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, kind);
    QFETCH(QString, error);
    JsonReader reader;
    const auto root = reader.root(object(json.constData()));
    const auto ignore = [](const JsonReader::Object &) {};
    if (kind == u"string")
        QCOMPARE(root.string(u"x"), QString());
    else if (kind == u"number")
        QCOMPARE(root.number(u"x"), std::nullopt);
    else if (kind == u"integer")
        QCOMPARE(root.integer(u"x"), std::nullopt);
    else if (kind == u"int32")
        QCOMPARE(root.int32(u"x"), std::nullopt);
    else if (kind == u"boolean")
        QCOMPARE(root.boolean(u"x"), std::nullopt);
    else if (kind == u"date")
        QVERIFY(!root.date(u"x"));
    else if (kind == u"media")
        QCOMPARE(root.enumValue<Media>(u"x"), std::nullopt);
    else if (kind == u"wireMedia")
        QCOMPARE(root.wireValue<Media>(u"x"), std::nullopt);
    else if (kind == u"object")
        QVERIFY(!root.object(u"x", ignore));
    else if (kind == u"array")
        root.array(u"x", ignore);
    else if (kind == u"stringArray")
        root.stringArray(u"x");
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error(), error);
    QCOMPARE(reader.errorPath(), error.section(u':', 0, 0));
}

void TestJsonReader::numbersAndIntegers()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"f": 2.25, "i": 42, "neg": -7, "big": 9007199254740992, "int": 12})"));
    QCOMPARE(json.number(u"f"), std::optional<double>(2.25));
    QCOMPARE(json.number(u"i"), std::optional<double>(42));
    QCOMPARE(json.integer(u"i"), std::optional<qint64>(42));
    QCOMPARE(json.integer(u"neg"), std::optional<qint64>(-7));
    QCOMPARE(json.integer(u"big"), std::optional<qint64>(9007199254740992LL));
    QCOMPARE(json.int32(u"int"), std::optional<int>(12));
    QVERIFY(!reader.hasError());
}

// Servers differ: CRM.COM's own set_as_viewed example answers "viewed": 1.
void TestJsonReader::booleans()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"t": true, "f": false, "one": 1, "zero": 0, "tt": "true",
                                            "ff": "FALSE", "t1": "1", "f0": "0"})"));
    for (const auto key : {u"t", u"one", u"tt", u"t1"})
        QCOMPARE(json.boolean(key), std::optional<bool>(true));
    for (const auto key : {u"f", u"zero", u"ff", u"f0"})
        QCOMPARE(json.boolean(key), std::optional<bool>(false));
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
}

void TestJsonReader::numbersAsText()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"n": "12", "f": " -2.5 ", "big": "9007199254740993", "i": "42"})"));
    QCOMPARE(json.number(u"n"), std::optional<double>(12));
    QCOMPARE(json.number(u"f"), std::optional<double>(-2.5));
    QCOMPARE(json.integer(u"big"), std::optional<qint64>(9007199254740993LL)); // exact beyond a double
    QCOMPARE(json.int32(u"i"), std::optional<int>(42));
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
}

// A value this client does not know is kept as it came (wireValue) or read as no value (enumValue),
// never an error of the whole answer.
void TestJsonReader::unknownEnumValues()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"new": "WHATSAPP", "known": "SMS", "alias": "F2F", "lower": "email"})"));
    const std::optional<WireValue<Media>> unknown = json.wireValue<Media>(u"new");
    QVERIFY(unknown);
    QVERIFY(!unknown->isKnown());
    QCOMPARE(unknown->text(), QStringLiteral("WHATSAPP"));
    QCOMPARE(wireName(*unknown), QStringLiteral("WHATSAPP"));
    QVERIFY(!(*unknown == Media::Sms));
    QCOMPARE(json.wireValue<Media>(u"known"), std::optional<WireValue<Media>>(Media::Sms));
    QCOMPARE(json.wireValue<Media>(u"alias")->text(), QStringLiteral("FACE_TO_FACE"));
    QCOMPARE(json.wireValue<Media>(u"lower")->text(), QStringLiteral("email"));
    QCOMPARE(json.enumValue<Media>(u"new"), std::nullopt);
    QCOMPARE(json.enumValue<Media>(u"known"), std::optional<Media>(Media::Sms));
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
}

void TestJsonReader::dates()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"java": "Mon May 22 12:42:03 EEST 2017", "iso": "2017-05-22"})"));
    const std::optional<ApiDate> java = json.date(u"java");
    QVERIFY(java);
    QCOMPARE(java->toIsoUtc(), QStringLiteral("2017-05-22T09:42:03Z"));
    QCOMPARE(json.date(u"iso")->toIsoUtc(), QStringLiteral("2017-05-22T00:00:00Z"));
    QVERIFY(!reader.hasError());
}

void TestJsonReader::enums()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"a": "EMAIL", "b": "F2F", "c": "FACE_TO_FACE", "d": "COMPLETED"})"));
    QCOMPARE(json.enumValue<Media>(u"a"), std::optional<Media>(Media::Email));
    QCOMPARE(json.enumValue<Media>(u"b"), std::optional<Media>(Media::FaceToFace));
    QCOMPARE(json.enumValue<Media>(u"c"), std::optional<Media>(Media::FaceToFace));
    QCOMPARE(json.enumValue<LifeCycleState>(u"d"), std::optional<LifeCycleState>(LifeCycleState::Completed));
    QVERIFY(!reader.hasError());
}

void TestJsonReader::nestedPaths()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"contact_information": {"id": "A1", "type": 3}})"));
    QString id;
    const bool present = json.object(u"contact_information", [&id](const JsonReader::Object &contact) {
        QCOMPARE(contact.path(), QStringLiteral("data.contact_information"));
        id = contact.string(u"id");
        contact.enumValue<ContactType>(u"type");
    });
    QVERIFY(present);
    QCOMPARE(id, QStringLiteral("A1"));
    QCOMPARE(reader.error(), QStringLiteral("data.contact_information.type: expected a string, got a number"));
}

void TestJsonReader::arrayElementPath()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"unrestricted_parameter_set": [{"name": "a"}, {"name": ["b"]}]})"));
    QStringList names;
    json.array(u"unrestricted_parameter_set",
               [&names](const JsonReader::Object &item) { names.append(item.string(u"name")); });
    QCOMPARE(names, QStringList({QStringLiteral("a"), QString()}));
    QCOMPARE(reader.error(),
             QStringLiteral("data.unrestricted_parameter_set[1].name: expected a string, got an array"));
    QCOMPARE(reader.errorPath(), QStringLiteral("data.unrestricted_parameter_set[1].name"));
}

void TestJsonReader::listAnswerPath()
{
    // Tolerated variants first (docs/api-contract.md "Envelope"), then the offending element: its index is in the path.
    JsonReader reader;
    const QJsonArray list = parse(R"([{"contact_information": {"type": "PERSON"}},
                                      {},
                                      {"contact_information": null},
                                      {"contact_information": {"type": 1}},
                                      {"contact_information": {"type": 2}}])")
                                .array();
    QList<std::optional<ContactType>> types;
    reader.forEach(list, [&types](const JsonReader::Object &item) {
        std::optional<ContactType> type;
        item.object(u"contact_information",
                    [&type](const JsonReader::Object &contact) { type = contact.enumValue<ContactType>(u"type"); });
        types.append(type);
    });
    QCOMPARE(reader.error(), QStringLiteral("data[3].contact_information.type: expected a string, got a number"));
    QCOMPARE(reader.errorPath(), QStringLiteral("data[3].contact_information.type"));
    QCOMPARE(types.size(), 4); // the element after the error is not read
    QCOMPARE(types.first(), std::optional<ContactType>(ContactType::Person));
    QCOMPARE(types.at(1), std::nullopt);
    QCOMPARE(types.at(2), std::nullopt);
}

void TestJsonReader::listAnswerNonObject()
{
    JsonReader reader;
    int visited = 0;
    reader.forEach(parse(R"([{}, 7, {}])").array(), [&visited](const JsonReader::Object &) { ++visited; });
    QCOMPARE(visited, 1); // stops at the error
    QCOMPARE(reader.error(), QStringLiteral("data[1]: expected an object, got a number"));
}

void TestJsonReader::keepsTheFirstError()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"a": true, "b": "x", "c": "good"})"));
    QCOMPARE(json.number(u"a"), std::nullopt);
    QCOMPARE(json.number(u"b"), std::nullopt);
    QCOMPARE(reader.error(), QStringLiteral("data.a: expected a number, got a boolean"));
    // After the first error, reads give empty values rather than half-read data.
    QCOMPARE(json.string(u"c"), QString());
    QVERIFY(!json.has(u"c"));
    reader.fail(QStringLiteral("data.z"), QStringLiteral("later"));
    QCOMPARE(reader.errorPath(), QStringLiteral("data.a"));
}

void TestJsonReader::stringAndRawArrays()
{
    JsonReader reader;
    const auto json = reader.root(object(R"({"s": ["a", 2, null, "c"], "r": [1, "x", {"k": true}]})"));
    QCOMPARE(json.stringArray(u"s"), QStringList({QStringLiteral("a"), QStringLiteral("2"), QStringLiteral("c")}));
    QCOMPARE(json.rawArray(u"r"), parse(R"([1, "x", {"k": true}])").array());
    QVERIFY(!reader.hasError());
}

void TestJsonReader::customRootPath()
{
    JsonReader reader(QStringLiteral("answer"));
    reader.root(object(R"({"viewed": "yes"})")).boolean(u"viewed");
    QCOMPARE(reader.error(), QStringLiteral("answer.viewed: expected a boolean, got \"yes\""));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
