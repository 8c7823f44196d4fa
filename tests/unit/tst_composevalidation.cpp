// The compose window's pure logic (app/models/Compose*): validation, error mapping, request
// building and the placeholder preview. It lives with the GUI tests because it links
// commdesk_models, which tests/unit does not.
#include "ComposeRequest.h"
#include "ComposeTemplatePreview.h"
#include "ComposeValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace commdesk;

namespace {

QStringList parametersOf(const QList<ComposeIssue> &issues)
{
    QStringList names;
    for (const ComposeIssue &issue : issues)
        names.append(issue.parameter);
    return names;
}

ComposeForm validEmail()
{
    ComposeForm form;
    form.contactValue = QStringLiteral("CI000001");
    form.direction = Direction::Outgoing;
    form.media = Media::Email;
    form.subject = QStringLiteral("Your invoice");
    form.content = QStringLiteral("Dear customer, your invoice is attached.");
    form.to = QStringLiteral("maria@example.com");
    return form;
}

Contact person()
{
    Contact contact;
    contact.id = QStringLiteral("C1");
    contact.number = QStringLiteral("CI000007");
    contact.type = ContactType::Person;
    contact.name = QStringLiteral("Maria Georgiou");
    contact.firstName = QStringLiteral("Maria");
    contact.lastName = QStringLiteral("Georgiou");
    return contact;
}

Contact company()
{
    Contact contact;
    contact.number = QStringLiteral("CI000008");
    contact.type = ContactType::Company;
    contact.name = QStringLiteral("Larnaca Bakeries");
    contact.companyName = contact.name;
    return contact;
}

Template welcome()
{
    Template t;
    t.id = QStringLiteral("T1");
    t.name = QStringLiteral("Welcome");
    t.direction = Direction::Outgoing;
    t.media = Media::Email;
    t.category = Category {QStringLiteral("K1"), QStringLiteral("Enquiries"), QStringLiteral("CS-ENQ"), {}, {}};
    t.subject = QStringLiteral("Welcome, {{first_name}}");
    t.content = QStringLiteral("Dear {{first_name}}, your number is {{number}}.");
    return t;
}

ComposeForm fromTemplate(const Template &t)
{
    ComposeForm form;
    form.contactValue = QStringLiteral("CI000007");
    form.templateChoice = ComposeChoice {Identifier::byId(t.id), t.name};
    form.direction = t.direction;
    form.media = t.media;
    form.category = ComposeChoice {Identifier::byId(t.category->id), t.category->name};
    form.subject = t.subject;
    form.content = t.content;
    form.to = QStringLiteral("maria@example.com");
    return form;
}

Communication draft()
{
    Communication c;
    c.id = QStringLiteral("D1");
    c.number = QStringLiteral("CM000201");
    c.lifeCycleState = LifeCycleState::Draft;
    c.direction = Direction::Outgoing;
    c.media = Media::Email;
    c.subject = QStringLiteral("Old subject");
    c.content = QStringLiteral("Body");
    c.to = QStringLiteral("maria@example.com");
    c.notes = QStringLiteral("Call first");
    c.contact = person();
    c.category = Category {QStringLiteral("K1"), QStringLiteral("Enquiries"), {}, {}, {}};
    c.udfFloats[0] = 2.5;
    c.udfStrings[2] = QStringLiteral("gold");
    c.unrestrictedParameters = {
        UnrestrictedParameter {QStringLiteral("P1"), QStringLiteral("tier"), QStringLiteral("tier"),
                               ParameterType::String, QStringLiteral("gold")},
        UnrestrictedParameter {QStringLiteral("P2"), QStringLiteral("score"), QStringLiteral("score"),
                               ParameterType::Integer, qint64(7)},
    };
    return c;
}

QJsonObject json(const CommunicationInput &input)
{
    return input.toJson();
}

} // namespace

class TestComposeValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyFormNamesEveryMandatoryMember();
    void validFormPasses();
    void recipient_data();
    void recipient();
    void templateGivesMandatoryMembers();
    void updateNeedsNoContact();
    void typedValues();
    void identifiers();
    void referringTo();
    void unrestrictedParameters();
    void serverErrors_data();
    void serverErrors();
    void createSendsWhatIsSet();
    void createLeavesTemplateMembersToServer();
    void updateSendsOnlyChanges();
    void updateClearsEmptiedMembers();
    void updateChangesParameters();
    void updateWithNewTemplate();
    void formOfDraftRoundTrips();
    void placeholders();
};

void TestComposeValidation::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestComposeValidation::emptyFormNamesEveryMandatoryMember()
{
    const QList<ComposeIssue> issues = ComposeValidation::validate({}, {}, ComposeValidation::Mode::Create);
    QCOMPARE(parametersOf(issues),
             (QStringList {QStringLiteral("contact_information_identifier"), QStringLiteral("direction"),
                           QStringLiteral("media"), QStringLiteral("subject"), QStringLiteral("content")}));
    for (const ComposeIssue &issue : issues)
        QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.parameter));
    ComposeForm blank = validEmail();
    blank.subject = QStringLiteral("   ");
    QCOMPARE(parametersOf(ComposeValidation::validate(blank, {}, ComposeValidation::Mode::Create)),
             QStringList {QStringLiteral("subject")});
    blank = validEmail();
    blank.contactField = QStringLiteral("email");
    QCOMPARE(parametersOf(ComposeValidation::validate(blank, {}, ComposeValidation::Mode::Create)),
             QStringList {QStringLiteral("contact_information_identifier")});
}

void TestComposeValidation::validFormPasses()
{
    QCOMPARE(ComposeValidation::validate(validEmail(), {}, ComposeValidation::Mode::Create), QList<ComposeIssue>());
    ComposeForm phone = validEmail();
    phone.media = Media::Phone;
    phone.to.clear();
    QCOMPARE(ComposeValidation::validate(phone, {}, ComposeValidation::Mode::Create), QList<ComposeIssue>());
}

void TestComposeValidation::recipient_data()
{
    QTest::addColumn<int>("media");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("valid");
    const int email = int(Media::Email);
    const int sms = int(Media::Sms);
    QTest::newRow("e-mail") << email << QStringLiteral("maria.georgiou@mail.example.cy") << true;
    QTest::newRow("e-mail with blanks around") << email << QStringLiteral("  maria@example.com ") << true;
    QTest::newRow("e-mail missing") << email << QString() << false;
    QTest::newRow("e-mail without domain") << email << QStringLiteral("maria@") << false;
    QTest::newRow("e-mail without dot") << email << QStringLiteral("maria@example") << false;
    QTest::newRow("e-mail with blank") << email << QStringLiteral("maria georgiou@example.com") << false;
    QTest::newRow("two addresses") << email << QStringLiteral("a@example.com, b@example.com") << false;
    QTest::newRow("phone") << sms << QStringLiteral("+35799123456") << true;
    QTest::newRow("phone with blanks and dashes") << sms << QStringLiteral("+357 99-123 456") << true;
    QTest::newRow("short code") << sms << QStringLiteral("1234") << true;
    QTest::newRow("no number for SMS is allowed") << sms << QString() << true;
    QTest::newRow("letters") << sms << QStringLiteral("call me") << false;
    QTest::newRow("e-mail for SMS") << sms << QStringLiteral("maria@example.com") << false;
    QTest::newRow("two digits") << sms << QStringLiteral("12") << false;
    QTest::newRow("sixteen digits") << sms << QStringLiteral("+1234567890123456") << false;
    QTest::newRow("plus inside") << sms << QStringLiteral("357+99123456") << false;
    QTest::newRow("trailing dash") << sms << QStringLiteral("99123456-") << false;
}

void TestComposeValidation::recipient()
{
    QFETCH(int, media);
    QFETCH(QString, to);
    QFETCH(bool, valid);
    ComposeForm form = validEmail();
    form.media = Media(media);
    form.to = to;
    const QList<ComposeIssue> issues = ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create);
    QCOMPARE(parametersOf(issues), valid ? QStringList() : QStringList {QStringLiteral("to")});
}

void TestComposeValidation::templateGivesMandatoryMembers()
{
    ComposeForm form;
    form.contactValue = QStringLiteral("CI000007");
    form.templateChoice = ComposeChoice {Identifier::byId(QStringLiteral("T1")), QStringLiteral("Welcome")};
    form.to = QStringLiteral("maria@example.com");
    const ComposeContext context {welcome(), person()};
    QCOMPARE(ComposeValidation::validate(form, context, ComposeValidation::Mode::Create), QList<ComposeIssue>());
    // The template's media is EMAIL, so `to` is still needed.
    form.to.clear();
    QCOMPARE(parametersOf(ComposeValidation::validate(form, context, ComposeValidation::Mode::Create)),
             QStringList {QStringLiteral("to")});
    // Without knowing what the template gives, nothing counts as given.
    form.to = QStringLiteral("maria@example.com");
    QCOMPARE(ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create).size(), 4);
    // On update the template only counts when it is sent again.
    ComposeForm original = form;
    original.subject = QStringLiteral("Kept");
    QCOMPARE(parametersOf(ComposeValidation::validate(form, context, ComposeValidation::Mode::Update, &form)),
             (QStringList {QStringLiteral("direction"), QStringLiteral("media"), QStringLiteral("subject"),
                           QStringLiteral("content")}));
    original.templateChoice.reset();
    QCOMPARE(ComposeValidation::validate(form, context, ComposeValidation::Mode::Update, &original),
             QList<ComposeIssue>());
}

void TestComposeValidation::updateNeedsNoContact()
{
    ComposeForm form = validEmail();
    form.contactValue.clear();
    QCOMPARE(ComposeValidation::validate(form, {}, ComposeValidation::Mode::Update, &form), QList<ComposeIssue>());
}

void TestComposeValidation::typedValues()
{
    ComposeForm form = validEmail();
    form.udfFloats = {QStringLiteral("12.5"), QStringLiteral("abc"), QStringLiteral("-3"), QStringLiteral("inf")};
    form.udfDates = {QStringLiteral("2024-05-31"), QStringLiteral("2024-02-30"), QStringLiteral("2024-05-31T10:30:00"),
                     QStringLiteral("tomorrow")};
    const QList<ComposeIssue> issues = ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create);
    QCOMPARE(parametersOf(issues),
             (QStringList {QStringLiteral("udf_float_2"), QStringLiteral("udf_float_4"), QStringLiteral("udf_date_2"),
                           QStringLiteral("udf_date_4")}));
    QVERIFY(issues.first().message.contains(QStringLiteral("abc")));
    QCOMPARE(ComposeValues::parseNumber(QStringLiteral(" 1e3 ")), std::optional<double>(1000));
    QCOMPARE(ComposeValues::parseInteger(QStringLiteral("1.5")), std::nullopt);
    QCOMPARE(ComposeValues::parseDate(QStringLiteral("2024-05-31")), QDateTime(QDate(2024, 5, 31), QTime(0, 0)));
    // In the user's own format: the year in four digits as the app shows it, or two, read as the nearer century.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(ComposeValues::parseDate(QStringLiteral("2/5/2031")), QDateTime(QDate(2031, 2, 5), QTime(0, 0)));
    QCOMPARE(ComposeValues::parseDate(QStringLiteral("2/5/31")), QDateTime(QDate(2031, 2, 5), QTime(0, 0)));
    QCOMPARE(ComposeValues::parseDate(QStringLiteral("2/5/85")), QDateTime(QDate(1985, 2, 5), QTime(0, 0)));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(ComposeValues::parseDate(QStringLiteral("05.02.2031")), QDateTime(QDate(2031, 2, 5), QTime(0, 0)));
    QLocale::setDefault(before);
}

void TestComposeValidation::identifiers()
{
    ComposeForm form = validEmail();
    form.ownedByGroup = QStringLiteral("Billing Team");
    form.privacyLevel = QStringLiteral("colour=red");
    const QList<ComposeIssue> issues = ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create);
    QCOMPARE(parametersOf(issues),
             (QStringList {QStringLiteral("owned_by_group_identifier"), QStringLiteral("privacy_level_identifier")}));
    QVERIFY(issues.at(1).message.contains(QStringLiteral("colour")));
    form.ownedByGroup = QStringLiteral("name=Billing Team");
    form.privacyLevel = QStringLiteral("number=PL002");
    QCOMPARE(ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create), QList<ComposeIssue>());
}

void TestComposeValidation::referringTo()
{
    ComposeForm form = validEmail();
    form.referringEntity = ReferringEntity::Bills;
    QCOMPARE(parametersOf(ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create)),
             QStringList {QStringLiteral("referring_to")});
    form.referringEntity.reset();
    form.referringNumber = QStringLiteral("BL000001");
    QCOMPARE(parametersOf(ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create)),
             QStringList {QStringLiteral("referring_to")});
    form.referringEntity = ReferringEntity::Bills;
    QCOMPARE(ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create), QList<ComposeIssue>());
}

void TestComposeValidation::unrestrictedParameters()
{
    ComposeForm form = validEmail();
    form.parameters = {
        {{}, QStringLiteral("note"), ParameterType::String, {}}, // an empty text is a value
        {{}, {}, ParameterType::String, QStringLiteral("x")},
        {{}, QStringLiteral("note"), ParameterType::String, QStringLiteral("y")},
        {{}, QStringLiteral("amount"), ParameterType::Float, QStringLiteral("ten")},
        {{}, QStringLiteral("count"), ParameterType::Integer, QStringLiteral("1.5")},
        {{}, QStringLiteral("due"), ParameterType::Date, QStringLiteral("2024-13-01")},
        {{}, QStringLiteral("when"), ParameterType::Date, {}},
        {{}, QStringLiteral("ok"), ParameterType::Integer, QStringLiteral("42")},
    };
    const QList<ComposeIssue> issues = ComposeValidation::validate(form, {}, ComposeValidation::Mode::Create);
    QCOMPARE(issues.size(), 6);
    for (const ComposeIssue &issue : issues)
        QCOMPARE(issue.parameter, QStringLiteral("unrestricted_parameter_set"));
    QVERIFY(issues.at(0).message.contains(QLatin1Char('2')));
    QVERIFY(issues.at(1).message.contains(QStringLiteral("note")));
    QVERIFY(issues.at(5).message.contains(QLatin1Char('7')));
}

void TestComposeValidation::serverErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("sandbox missing") << QStringLiteral("MISSING_PARAMETER")
                                     << QStringLiteral("Mandatory parameter subject is missing")
                                     << QStringLiteral("subject") << QStringLiteral("subject");
    QTest::newRow("sandbox not found") << QStringLiteral("NOT_FOUND")
                                       << QStringLiteral("contact_information_identifier names nothing: no contact")
                                       << QStringLiteral("contact_information_identifier")
                                       << QStringLiteral("contact_information_identifier");
    QTest::newRow("nested member") << QStringLiteral("INVALID_PARAMETER")
                                   << QStringLiteral("Parameter unrestricted_parameter_set[2].name is invalid")
                                   << QStringLiteral("unrestricted_parameter_set[2].name")
                                   << QStringLiteral("unrestricted_parameter_set");
    QTest::newRow("message only, quoted")
        << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("Parameter 'to' is mandatory for EMAIL") << QString()
        << QStringLiteral("to");
    QTest::newRow("message only, after 'parameter'")
        << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("Mandatory parameter to is missing") << QString()
        << QStringLiteral("to");
    QTest::newRow("message only, underscore name")
        << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("The value of udf_float_2 is not a number")
        << QString() << QStringLiteral("udf_float_2");
    QTest::newRow("ordinary words are no parameters")
        << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("Cannot send content to this media") << QString()
        << QString();
    QTest::newRow("unknown description falls back to the message")
        << QStringLiteral("NOT_FOUND") << QStringLiteral("owned_by_group_identifier names nothing")
        << QStringLiteral("group") << QStringLiteral("owned_by_group_identifier");
    QTest::newRow("state errors name no field")
        << QStringLiteral("INVALID_STATE") << QStringLiteral("Parameter subject cannot change")
        << QStringLiteral("subject") << QString();
}

void TestComposeValidation::serverErrors()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, description);
    QFETCH(QString, parameter);
    const ApiError error = ApiError::api(code, message, description);
    const std::optional<ComposeIssue> issue = ComposeValidation::serverIssue(error);
    QCOMPARE(issue.has_value(), !parameter.isEmpty());
    if (issue) {
        QCOMPARE(issue->parameter, parameter);
        QCOMPARE(issue->message, error.userText());
    }
    QCOMPARE(ComposeValidation::parameterOf(ApiError(ApiError::Kind::Network, QStringLiteral("subject"))),
             std::nullopt);
}

void TestComposeValidation::createSendsWhatIsSet()
{
    ComposeForm form = validEmail();
    form.notes = QStringLiteral("  ");
    form.externalSystem = ComposeChoice {Identifier::byId(QStringLiteral("X1")), QStringLiteral("Mail Relay")};
    form.ownedByGroup = QStringLiteral("name=Billing Team");
    form.udfStrings[1] = QStringLiteral("gold");
    form.udfFloats[0] = QStringLiteral("12.5");
    form.udfDates[0] = QStringLiteral("2024-05-31T10:30:00Z");
    form.referringEntity = ReferringEntity::Communications;
    form.referringNumber = QStringLiteral("CM000680");
    form.parameters = {{{}, QStringLiteral("amount"), ParameterType::Float, QStringLiteral("3.25")},
                       {{}, QStringLiteral("count"), ParameterType::Integer, QStringLiteral("4")}};
    const QJsonObject body = json(ComposeRequest::forCreate(form, {}, LifeCycleState::Draft));
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "direction": "OUTGOING", "media": "EMAIL", "subject": "Your invoice",
        "content": "Dear customer, your invoice is attached.", "to": "maria@example.com",
        "communication_queue_external_system_identifier": {"id": "X1"},
        "owned_by_group_identifier": {"name": "Billing Team"},
        "udf_string_2": "gold", "udf_float_1": 12.5, "udf_date_1": "2024-05-31T10:30:00+00:00",
        "referring_to": {"entity": "COMMUNICATIONS", "entity_identifier": {"number": "CM000680"}},
        "unrestricted_parameter_set": [{"name": "amount", "type": "FLOAT", "float_value": 3.25},
                                       {"name": "count", "type": "INTEGER", "integer_value": 4}],
        "life_cycle_state": "DRAFT"})")
                                     .object();
    QCOMPARE(body, expected);
    QCOMPARE(ComposeRequest::contact(form), Identifier::byNumber(QStringLiteral("CI000001")));
}

void TestComposeValidation::createLeavesTemplateMembersToServer()
{
    const Template t = welcome();
    ComposeForm form = fromTemplate(t);
    const ComposeContext context {t, person()};
    QJsonObject body = json(ComposeRequest::forCreate(form, context, LifeCycleState::Completed));
    QCOMPARE(body,
             QJsonDocument::fromJson(R"({"template_identifier": {"id": "T1"}, "to": "maria@example.com",
                                              "life_cycle_state": "COMPLETED"})")
                 .object());
    // A member typed differently overrides the template, its placeholders filled in for the contact.
    form.content = QStringLiteral("Hello {{first_name}} {{last_name}}!");
    form.media = Media::Letter;
    body = json(ComposeRequest::forCreate(form, context, LifeCycleState::Completed));
    QCOMPARE(body.value(QStringLiteral("content")).toString(), QStringLiteral("Hello Maria Georgiou!"));
    QCOMPARE(body.value(QStringLiteral("media")).toString(), QStringLiteral("LETTER"));
    QVERIFY(!body.contains(QStringLiteral("subject")));
    // Not knowing what the template gives, everything typed is sent.
    body = json(ComposeRequest::forCreate(form, {}, LifeCycleState::Completed));
    QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("Welcome, {{first_name}}"));
    QCOMPARE(body.value(QStringLiteral("category_identifier")).toObject(),
             QJsonObject({{QStringLiteral("id"), QStringLiteral("K1")}}));
}

void TestComposeValidation::updateSendsOnlyChanges()
{
    const ComposeForm original = ComposeForm::fromCommunication(draft());
    QCOMPARE(json(ComposeRequest::forUpdate(original, original, {}, std::nullopt)), QJsonObject());
    ComposeForm form = original;
    form.subject = QStringLiteral("New subject");
    QCOMPARE(json(ComposeRequest::forUpdate(original, form, {}, std::nullopt)),
             QJsonObject({{QStringLiteral("subject"), QStringLiteral("New subject")}}));
    QCOMPARE(json(ComposeRequest::forUpdate(original, form, {}, LifeCycleState::Completed)),
             QJsonObject({{QStringLiteral("subject"), QStringLiteral("New subject")},
                          {QStringLiteral("life_cycle_state"), QStringLiteral("COMPLETED")}}));
}

void TestComposeValidation::updateClearsEmptiedMembers()
{
    const ComposeForm original = ComposeForm::fromCommunication(draft());
    ComposeForm form = original;
    form.notes.clear();
    form.udfFloats[0].clear();
    form.udfStrings[2].clear();
    form.category.reset();
    form.udfFloats[1] = QStringLiteral("7");
    const QJsonObject body = json(ComposeRequest::forUpdate(original, form, {}, std::nullopt));
    QCOMPARE(body,
             QJsonDocument::fromJson(R"({"notes": null, "udf_float_1": null, "udf_string_3": null,
                                              "category_identifier": null, "udf_float_2": 7})")
                 .object());
}

void TestComposeValidation::updateChangesParameters()
{
    const ComposeForm original = ComposeForm::fromCommunication(draft());
    QCOMPARE(original.parameters.size(), 2);
    QCOMPARE(original.parameters.at(1).value, QStringLiteral("7"));
    ComposeForm form = original;
    form.parameters.removeFirst(); // tier
    form.parameters[0].value = QStringLiteral("8"); // score
    form.parameters.append({{}, QStringLiteral("tier"), ParameterType::String, QStringLiteral("platinum")});
    const QJsonObject body = json(ComposeRequest::forUpdate(original, form, {}, std::nullopt));
    QCOMPARE(body,
             QJsonDocument::fromJson(R"({"unrestricted_parameter_set": [
        {"action": "REMOVE", "unrestricted_parameter_identifier": {"id": "P1"}},
        {"action": "UPDATE", "unrestricted_parameter_identifier": {"id": "P2"}, "name": "score",
         "type": "INTEGER", "integer_value": 8},
        {"action": "ADD", "name": "tier", "type": "STRING", "string_value": "platinum"}]})")
                 .object());
}

void TestComposeValidation::updateWithNewTemplate()
{
    const ComposeForm original = ComposeForm::fromCommunication(draft());
    Template t = welcome();
    t.media = Media::Email;
    ComposeForm form = original;
    form.templateChoice = ComposeChoice {Identifier::byId(t.id), t.name};
    form.content = t.content;
    // The server applies the template first: the subject, unchanged here, differs from the
    // template's and must be sent to survive; content equal to the template's is left to it.
    const QJsonObject body = json(ComposeRequest::forUpdate(original, form, {t, person()}, std::nullopt));
    QCOMPARE(body,
             QJsonDocument::fromJson(R"({"template_identifier": {"id": "T1"}, "subject": "Old subject"})").object());
}

void TestComposeValidation::formOfDraftRoundTrips()
{
    Communication c = draft();
    c.ownedByGroup = Group {QStringLiteral("G1"), QStringLiteral("Billing Team"), QStringLiteral("BILLING")};
    c.privacyLevel = PrivacyLevel {QStringLiteral("L1"), QStringLiteral("PL002"), {}};
    c.referringTo = ReferringTo {ReferringEntity::Bills, QStringLiteral("B1"), QStringLiteral("BL000001")};
    c.udfDates[0] = ApiDate(QDateTime(QDate(2024, 5, 31), QTime(0, 0)));
    const ComposeForm form = ComposeForm::fromCommunication(c);
    QCOMPARE(form.contactField, QStringLiteral("number"));
    QCOMPARE(form.contactValue, QStringLiteral("CI000007"));
    QCOMPARE(form.ownedByGroup, QStringLiteral("name=Billing Team"));
    QCOMPARE(form.privacyLevel, QStringLiteral("number=PL002"));
    QCOMPARE(form.referringEntity, ReferringEntity::Bills);
    QCOMPARE(form.referringNumber, QStringLiteral("BL000001"));
    QCOMPARE(form.udfFloats[0], QStringLiteral("2.5"));
    QCOMPARE(form.udfDates[0], QStringLiteral("2024-05-31"));
    QCOMPARE(form.category->ref, Identifier::byId(QStringLiteral("K1")));
    QCOMPARE(ComposeValidation::validate(form, {}, ComposeValidation::Mode::Update, &form), QList<ComposeIssue>());
}

void TestComposeValidation::placeholders()
{
    const QString text = QStringLiteral("Dear {{first_name}} {{last_name}} ({{number}}), {{name}}. {{first_name}} "
                                        "{{balance}} {{ first_name }}");
    ComposeTemplatePreview::Result result = ComposeTemplatePreview::resolve(text, person());
    QCOMPARE(result.text,
             QStringLiteral("Dear Maria Georgiou (CI000007), Maria Georgiou. Maria {{balance}} "
                            "{{ first_name }}"));
    QCOMPARE(result.empty, QStringList());
    QCOMPARE(result.unknown, QStringList {QStringLiteral("balance")});
    result = ComposeTemplatePreview::resolve(text, company());
    QCOMPARE(result.text, QStringLiteral("Dear   (CI000008), Larnaca Bakeries.  {{balance}} {{ first_name }}"));
    QCOMPARE(result.empty, (QStringList {QStringLiteral("first_name"), QStringLiteral("last_name")}));
    QCOMPARE(ComposeTemplatePreview::placeholdersIn(text),
             (QStringList {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("number"),
                           QStringLiteral("name"), QStringLiteral("balance")}));
    QVERIFY(!ComposeTemplatePreview::hasPlaceholders(QStringLiteral("No {{ placeholders }} here")));
}

QTEST_GUILESS_MAIN(TestComposeValidation)
#include "tst_composevalidation.moc"
