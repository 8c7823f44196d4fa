#include "Contact.h"
#include "JsonTestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

namespace {

using JsonTestSupport::object;
using JsonTestSupport::text;

Contact read(const QByteArray &json, QString *error = nullptr)
{
    return JsonTestSupport::read<Contact>(object(json), error);
}

// `contact_information/show` (docs/api-contract.md "Configuration look-ups"): the embedded members plus the phone and
// e-mail sets.
const char serverContact[] = R"({
    "id": "C1", "number": "CI000111", "type": "PERSON", "name": "", "title": "Ms",
    "first_name": "Ελένη", "middle_name": "", "last_name": "Παπαδοπούλου", "company_name": null,
    "life_cycle_state": "ACTIVE",
    "demographics": {"date_of_birth": {"day": 1, "month": 2, "year": 1980}, "name_day": {"day": 21, "month": 5},
                     "gender": "FEMALE", "nationality": "CY"},
    "phone_set": [
        {"number": "+35722000000", "type": "LANDLINE", "is_primary": true},
        {"number": "+35799000001", "type": "MOBILE", "is_primary": false},
        {"number": "+35799000002", "type": "MOBILE", "is_primary": true},
        {"number": "+35722000009", "type": "FAX", "is_primary": null}
    ],
    "email_set": [
        {"email_address": "eleni@home.example", "type": "PERSONAL", "is_primary": false},
        {"email_address": "eleni@work.example", "type": "BUSINESS", "is_primary": true}
    ]
})";

} // namespace

class TestContactJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSets();
    void writesNormalisedJson();
    void roundTrip();
    void displayName_data();
    void displayName();
    void primaryEmail();
    void primaryMobile();
    void wrongTypes_data();
    void wrongTypes();
};

void TestContactJson::readsSets()
{
    QString error;
    const Contact contact = read(serverContact, &error);
    QCOMPARE(error, QString());
    QCOMPARE(contact.type, std::optional(ContactType::Person));
    QCOMPARE(contact.title, QStringLiteral("Ms"));
    QCOMPARE(contact.lifeCycleState, QStringLiteral("ACTIVE"));
    QCOMPARE(contact.demographics->gender, QStringLiteral("FEMALE"));
    QCOMPARE(contact.phones.size(), 4);
    QCOMPARE(contact.phones.at(0), (ContactPhone {QStringLiteral("+35722000000"), PhoneType::Landline, true}));
    QCOMPARE(contact.phones.at(3), (ContactPhone {QStringLiteral("+35722000009"), PhoneType::Fax, false}));
    QCOMPARE(contact.emails.size(), 2);
    QCOMPARE(contact.emails.at(1), (ContactEmail {QStringLiteral("eleni@work.example"), EmailType::Business, true}));
}

void TestContactJson::writesNormalisedJson()
{
    QCOMPARE(text(read(serverContact).toJson()), text(object(R"({
        "id": "C1", "number": "CI000111", "type": "PERSON", "title": "Ms",
        "first_name": "Ελένη", "last_name": "Παπαδοπούλου", "life_cycle_state": "ACTIVE",
        "demographics": {"date_of_birth": {"day": 1, "month": 2, "year": 1980}, "name_day": {"day": 21, "month": 5},
                         "gender": "FEMALE"},
        "phone_set": [
            {"number": "+35722000000", "type": "LANDLINE", "is_primary": true},
            {"number": "+35799000001", "type": "MOBILE"},
            {"number": "+35799000002", "type": "MOBILE", "is_primary": true},
            {"number": "+35722000009", "type": "FAX"}
        ],
        "email_set": [
            {"email_address": "eleni@home.example", "type": "PERSONAL"},
            {"email_address": "eleni@work.example", "type": "BUSINESS", "is_primary": true}
        ]
    })")));
}

void TestContactJson::roundTrip()
{
    const Contact original = read(serverContact);
    JsonReader reader;
    const Contact back = Contact::fromJson(reader.root(original.toJson()));
    QVERIFY(!reader.hasError());
    QVERIFY(back == original);
}

void TestContactJson::displayName_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name wins") << QByteArray(R"({"name": "E. P.", "first_name": "Ελένη", "company_name": "X"})")
                               << QStringLiteral("E. P.");
    QTest::newRow("first and last") << QByteArray(R"({"first_name": "Ελένη", "last_name": "Παπαδοπούλου"})")
                                    << QStringLiteral("Ελένη Παπαδοπούλου");
    QTest::newRow("first only") << QByteArray(R"({"first_name": "Ελένη", "number": "CI1"})") << QStringLiteral("Ελένη");
    QTest::newRow("last only") << QByteArray(R"({"last_name": "Παπαδοπούλου"})") << QStringLiteral("Παπαδοπούλου");
    QTest::newRow("company") << QByteArray(R"({"company_name": "Acme Ltd", "number": "CI2"})")
                             << QStringLiteral("Acme Ltd");
    QTest::newRow("number last") << QByteArray(R"({"name": "", "number": "CI000111"})") << QStringLiteral("CI000111");
    QTest::newRow("nothing") << QByteArray("{}") << QString();
}

void TestContactJson::displayName()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(read(json).displayName(), expected);
}

void TestContactJson::primaryEmail()
{
    QCOMPARE(read(serverContact).primaryEmail(), QStringLiteral("eleni@work.example"));
    QCOMPARE(read(R"({"email_set": [{"email_address": "a@x"}, {"email_address": "b@x"}]})").primaryEmail(),
             QStringLiteral("a@x"));
    QCOMPARE(read("{}").primaryEmail(), QString());
}

void TestContactJson::primaryMobile()
{
    // The landline is primary, but only a mobile number can receive an SMS.
    QCOMPARE(read(serverContact).primaryMobile(), QStringLiteral("+35799000002"));
    QCOMPARE(read(R"({"phone_set": [{"number": "1", "type": "FAX", "is_primary": true},
                                    {"number": "2", "type": "MOBILE"}, {"number": "3", "type": "MOBILE"}]})")
                 .primaryMobile(),
             QStringLiteral("2"));
    QCOMPARE(read(R"({"phone_set": [{"number": "1", "type": "LANDLINE", "is_primary": true}]})").primaryMobile(),
             QString());
}

void TestContactJson::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("contact type as object")
        << QByteArray(R"({"type": {}})") << QStringLiteral("data.type: expected a string, got an object");
    QTest::newRow("phone type as object") << QByteArray(R"({"phone_set": [{"type": "MOBILE"}, {"type": []}]})")
                                          << QStringLiteral("data.phone_set[1].type: expected a string, got an array");
    QTest::newRow("is_primary as other text")
        << QByteArray(R"({"email_set": [{"is_primary": "yes"}]})")
        << QStringLiteral("data.email_set[0].is_primary: expected a boolean, got \"yes\"");
    QTest::newRow("year as fraction")
        << QByteArray(R"({"demographics": {"date_of_birth": {"day": 1, "month": 1, "year": 1980.5}}})")
        << QStringLiteral("data.demographics.date_of_birth.year: expected an integer, got 1980.5");
    QTest::newRow("demographics as text") << QByteArray(R"({"demographics": "none"})")
                                          << QStringLiteral("data.demographics: expected an object, got a string");
}

void TestContactJson::wrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    read(json, &actual);
    QCOMPARE(actual, error);
}

QTEST_GUILESS_MAIN(TestContactJson)
#include "tst_contactjson.moc"
