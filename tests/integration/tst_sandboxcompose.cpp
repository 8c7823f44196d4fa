// docs/api-contract.md "Communications" against the sandbox: communications/create, update, complete and set_as_viewed,
// with templates, placeholders, absent-versus-null updates, the DRAFT rule and unrestricted
// parameters; through the real client and checked on the wire.
#include "CommunicationsApi.h"
#include "SandboxFixture.h"

#include <QTimeZone>

using namespace commdesk;
using namespace SandboxFormats;

class TestSandboxCompose : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;

    QJsonObject contact(const char *number)
    {
        return f
            ->get(QStringLiteral("contact_information/show"),
                  "contact_information_identifier=number=" + QByteArray(number))
            .object();
    }

    SandboxAnswer create(QJsonObject body)
    {
        if (!body.contains(QStringLiteral("contact_information_identifier")))
            body.insert(QStringLiteral("contact_information_identifier"),
                        QJsonObject {{QStringLiteral("number"), QStringLiteral("CI000005")}});
        return f->post(QStringLiteral("communications/create"), body);
    }

    static QJsonObject body(const char *json) { return QJsonDocument::fromJson(json).object(); }

    SandboxAnswer update(const QString &number, QJsonObject changes)
    {
        changes.insert(QStringLiteral("communication_identifier"), QJsonObject {{QStringLiteral("number"), number}});
        return f->post(QStringLiteral("communications/update"), changes);
    }

    QString newDraft()
    {
        const SandboxAnswer answer = create(body(R"({"direction":"OUTGOING","media":"SMS","subject":"Draft",
            "content":"Draft text","to":"+35799000000","life_cycle_state":"DRAFT","notes":"first",
            "udf_string_1":"AC000001","udf_float_1":12.5,
            "unrestricted_parameter_set":[{"name":"Campaign","type":"STRING","string_value":"SPRING"},
                                          {"name":"Priority","type":"INTEGER","integer_value":2}]})"));
        return answer.object().value(QStringLiteral("number")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    void createOnTheWire()
    {
        const SandboxAnswer answer = create(body(R"({
            "direction": "OUTGOING", "media": "EMAIL", "subject": "Your invoice", "content": "Hello",
            "to": "eleni@example.com", "notes": "sent by hand",
            "category_identifier": {"code": "BILL-INV"},
            "communication_queue_external_system_identifier": {"alternative_code": "MAILRELAY"},
            "owned_by_group_identifier": {"name": "Billing Team"},
            "privacy_level_identifier": {"number": "PL002"},
            "udf_string_8": "eight", "udf_float_4": 2.25, "udf_date_2": "2017-05-22T12:42:03+03:00",
            "referring_to": {"entity": "BILLS", "entity_identifier": {"number": "BL000123"}},
            "unrestricted_parameter_set": [
                {"name": "Amount due", "type": "FLOAT", "float_value": 10.5},
                {"name": "Callback", "type": "DATE", "date_value": "Mon May 22 12:42:03 EEST 2017"}]
        })"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QJsonObject c = answer.object();
        QVERIFY(isId(c.value(QStringLiteral("id")).toString()));
        QVERIFY(isNumber(c.value(QStringLiteral("number")).toString(), "CM"));
        QCOMPARE(c.value(QStringLiteral("number")).toString(), QStringLiteral("CM000201")); // after 200 demo ones
        QVERIFY(isJavaDate(
            c.value(QStringLiteral("log_information")).toObject().value(QStringLiteral("created_date")).toString()));
        QCOMPARE(c.value(QStringLiteral("log_information"))
                     .toObject()
                     .value(QStringLiteral("created_by_user"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString(),
                 QStringLiteral("demo"));
        // The members the request decided, literally.
        const QJsonObject expected = body(R"({
            "life_cycle_state": "COMPLETED", "direction": "OUTGOING", "media": "EMAIL", "subject": "Your invoice",
            "content": "Hello", "to": "eleni@example.com", "notes": "sent by hand", "viewed": false, "viewed_on": null,
            "template": null, "udf_string_1": null, "udf_string_8": "eight", "udf_float_4": 2.25, "udf_float_1": null,
            "udf_date_2": "Mon May 22 12:42:03 EEST 2017", "udf_date_1": null, "follow_up_set": []
        })");
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(c.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(c.value(QStringLiteral("category")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("BILL-INV"));
        QCOMPARE(c.value(QStringLiteral("communication_queue_external_system"))
                     .toObject()
                     .value(QStringLiteral("alternative_code"))
                     .toString(),
                 QStringLiteral("MAILRELAY"));
        QCOMPARE(c.value(QStringLiteral("owned_by_group")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Billing Team"));
        QCOMPARE(c.value(QStringLiteral("privacy_level")).toObject().value(QStringLiteral("number")).toString(),
                 QStringLiteral("PL002"));
        const QJsonObject referring = c.value(QStringLiteral("referring_to")).toObject();
        QCOMPARE(referring.value(QStringLiteral("entity")).toString(), QStringLiteral("BILLS"));
        QCOMPARE(referring.value(QStringLiteral("number")).toString(), QStringLiteral("BL000123"));
        QVERIFY(isId(referring.value(QStringLiteral("id")).toString()));
        const QJsonArray parameters = c.value(QStringLiteral("unrestricted_parameter_set")).toArray();
        QCOMPARE(parameters.size(), 2);
        QJsonObject amount = parameters.at(0).toObject();
        QVERIFY(isId(amount.take(QStringLiteral("id")).toString()));
        QCOMPARE(amount, body(R"({"key":"amount_due","name":"Amount due","type":"FLOAT","float_value":10.5})"));
        QJsonObject callback = parameters.at(1).toObject();
        callback.remove(QStringLiteral("id"));
        QCOMPARE(
            callback,
            body(R"({"key":"callback","name":"Callback","type":"DATE","date_value":"Mon May 22 12:42:03 EEST 2017"})"));
        // show gives the same object.
        const SandboxAnswer shown =
            f->get(QStringLiteral("communications/show"),
                   "communication_identifier=id=" + c.value(QStringLiteral("id")).toString().toLatin1());
        QCOMPARE(shown.object(), answer.object());
    }

    void createThroughTheClient()
    {
        CommunicationInput input;
        input.direction = Direction::Incoming;
        input.media = Media::Phone;
        input.subject = QStringLiteral("Call about roaming");
        input.content = QStringLiteral("Customer asked about roaming in Greece.");
        input.category = Identifier(QStringLiteral("name"), QStringLiteral("Enquiries"));
        input.udfDates[0] = QDateTime(QDate(2024, 1, 15), QTime(8, 30), QTimeZone::utc());
        UnrestrictedParameter priority;
        priority.name = QStringLiteral("Priority");
        priority.type = ParameterType::Integer;
        priority.value = qint64(4);
        input.newParameters.append(priority);
        Capture<Communication> created;
        CommunicationsApi(&f->session)
            .create(nullptr, Identifier::byNumber(QStringLiteral("CI000009")), input, created.handler());
        QVERIFY(SandboxFixture::wait(created));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : SandboxFixture::describe(created.error())));
        const Communication &c = created.value();
        QCOMPARE(c.direction, Direction::Incoming);
        QCOMPARE(c.media, Media::Phone);
        QCOMPARE(c.lifeCycleState, LifeCycleState::Completed);
        QCOMPARE(c.category->name, QStringLiteral("Enquiries"));
        QCOMPARE(c.contact->number, QStringLiteral("CI000009"));
        QCOMPARE(c.udfDates[0]->toUtc(), QDateTime(QDate(2024, 1, 15), QTime(8, 30), QTimeZone::utc()));
        QCOMPARE(c.udfDates[0]->originalText(), QStringLiteral("Mon Jan 15 10:30:00 EET 2024"));
        QCOMPARE(c.unrestrictedParameters.size(), 1);
        QCOMPARE(c.unrestrictedParameters.at(0).value.toLongLong(), 4);
    }

    void templateAndPlaceholders()
    {
        const QJsonObject person = contact("CI000005");
        const QString first = person.value(QStringLiteral("first_name")).toString();
        const QString last = person.value(QStringLiteral("last_name")).toString();
        const QString name = person.value(QStringLiteral("name")).toString();
        const SandboxAnswer answer = create(body(R"({"template_identifier":{"alternative_code":"TPL-REM-EMAIL"},
                                                    "to":"x@example.com"})"));
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        const QJsonObject c = answer.object();
        QCOMPARE(c.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Payment reminder for account CI000005"));
        QVERIFY(c.value(QStringLiteral("content"))
                    .toString()
                    .startsWith(QStringLiteral("Dear ") + first + u' ' + last + u','));
        QVERIFY(!c.value(QStringLiteral("content")).toString().contains(QStringLiteral("{{")));
        QCOMPARE(c.value(QStringLiteral("direction")).toString(), QStringLiteral("OUTGOING"));
        QCOMPARE(c.value(QStringLiteral("media")).toString(), QStringLiteral("EMAIL"));
        QCOMPARE(c.value(QStringLiteral("category")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("BILL-REM"));
        QCOMPARE(c.value(QStringLiteral("template")).toObject().value(QStringLiteral("alternative_code")).toString(),
                 QStringLiteral("TPL-REM-EMAIL"));

        // Explicit parameters override what the template gives; {{name}} fills too.
        const SandboxAnswer overridden = create(body(R"({"template_identifier":{"alternative_code":"TPL-INV"},
            "media":"LETTER","subject":"My own subject","category_identifier":{"code":"CON"}})"));
        QCOMPARE(overridden.code(), QStringLiteral("OK"));
        const QJsonObject o = overridden.object();
        QCOMPARE(o.value(QStringLiteral("media")).toString(), QStringLiteral("LETTER"));
        QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("My own subject"));
        QCOMPARE(o.value(QStringLiteral("category")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("CON"));
        QVERIFY(o.value(QStringLiteral("content")).toString().startsWith(QStringLiteral("Dear ") + name + u','));

        // A retired template cannot be used.
        QCOMPARE(create(body(R"({"template_identifier":{"alternative_code":"TPL-RENEW-2019"}})")).code(),
                 QStringLiteral("INVALID_STATE"));
        QCOMPARE(create(body(R"({"template_identifier":{"name":"No such template"}})")).code(),
                 QStringLiteral("NOT_FOUND"));
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("named");
        const QByteArray base = R"("direction":"OUTGOING","subject":"s","content":"c")";
        QTest::newRow("F2F") << QByteArray("{" + base + R"(,"media":"F2F"})") << QStringLiteral("OK") << QString();
        QTest::newRow("lower case") << QByteArray(
            R"({"direction":"incoming","subject":"s","content":"c","media":"letter"})")
                                    << QStringLiteral("OK") << QString();
        QTest::newRow("EMAIL without to") << QByteArray("{" + base + R"(,"media":"EMAIL"})")
                                          << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("to");
        QTest::newRow("no direction") << QByteArray(R"({"media":"SMS","subject":"s","content":"c"})")
                                      << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("direction");
        QTest::newRow("no media") << QByteArray("{" + base + "}") << QStringLiteral("MISSING_PARAMETER")
                                  << QStringLiteral("media");
        QTest::newRow("no subject") << QByteArray(R"({"direction":"OUTGOING","media":"SMS","content":"c"})")
                                    << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("subject");
        QTest::newRow("no content") << QByteArray(R"({"direction":"OUTGOING","media":"SMS","subject":"s"})")
                                    << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("content");
        QTest::newRow("no contact") << QByteArray("{" + base
                                                  + R"(,"media":"SMS","contact_information_identifier":null})")
                                    << QStringLiteral("MISSING_PARAMETER")
                                    << QStringLiteral("contact_information_identifier");
        QTest::newRow("unknown contact") << QByteArray(
            "{" + base + R"(,"media":"SMS","contact_information_identifier":{"number":"CI999999"}})")
                                         << QStringLiteral("NOT_FOUND")
                                         << QStringLiteral("contact_information_identifier");
        QTest::newRow("two fields") << QByteArray(
            "{" + base + R"(,"media":"SMS","category_identifier":{"code":"CON","name":"Contracts"}})")
                                    << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("category_identifier");
        QTest::newRow("identifier not an object")
            << QByteArray("{" + base + R"(,"media":"SMS","category_identifier":"code=CON"})")
            << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("category_identifier");
        QTest::newRow("field not accepted")
            << QByteArray("{" + base + R"(,"media":"SMS","privacy_level_identifier":{"code":"PL001"}})")
            << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("privacy_level_identifier");
        QTest::newRow("bad media") << QByteArray("{" + base + R"(,"media":"TELEX"})")
                                   << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("media");
        QTest::newRow("bad state") << QByteArray("{" + base + R"(,"media":"SMS","life_cycle_state":"SENT"})")
                                   << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("life_cycle_state");
        QTest::newRow("subject a number")
            << QByteArray(R"({"direction":"OUTGOING","media":"SMS","subject":5,"content":"c"})")
            << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("subject");
        QTest::newRow("bad float") << QByteArray("{" + base + R"(,"media":"SMS","udf_float_1":"lots"})")
                                   << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("udf_float_1");
        QTest::newRow("bad date") << QByteArray("{" + base + R"(,"media":"SMS","udf_date_3":"31/12/2020"})")
                                  << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("udf_date_3");
        QTest::newRow("bad referring entity")
            << QByteArray("{" + base
                          + R"(,"media":"SMS","referring_to":{"entity":"PLANETS","entity_identifier":{"number":"X"}}})")
            << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("referring_to.entity");
        QTest::newRow("referred communication missing") << QByteArray(
            "{" + base
            + R"(,"media":"SMS","referring_to":{"entity":"COMMUNICATIONS","entity_identifier":{"number":"CM999999"}}})")
                                                        << QStringLiteral("NOT_FOUND")
                                                        << QStringLiteral("referring_to.entity_identifier");
        QTest::newRow("parameter without type")
            << QByteArray("{" + base
                          + R"(,"media":"SMS","unrestricted_parameter_set":[{"name":"A","string_value":"x"}]})")
            << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("unrestricted_parameter_set[0].type");
        QTest::newRow("parameter value of another type") << QByteArray(
            "{" + base
            + R"(,"media":"SMS","unrestricted_parameter_set":[{"name":"A","type":"INTEGER","string_value":"x"}]})")
                                                         << QStringLiteral("MISSING_PARAMETER")
                                                         << QStringLiteral(
                                                                "unrestricted_parameter_set[0].integer_value");
        QTest::newRow("parameter twice") << QByteArray(
            "{" + base
            + R"(,"media":"SMS","unrestricted_parameter_set":[{"name":"A","type":"STRING","string_value":"x"},{"name":"A","type":"STRING","string_value":"y"}]})")
                                         << QStringLiteral("INVALID_PARAMETER")
                                         << QStringLiteral("unrestricted_parameter_set[1].name");
    }

    void createValidation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, named);
        QJsonObject request = QJsonDocument::fromJson(json).object();
        if (request.value(QStringLiteral("contact_information_identifier")).isNull()
            && request.contains(QStringLiteral("contact_information_identifier")))
            request.remove(QStringLiteral("contact_information_identifier"));
        else if (!request.contains(QStringLiteral("contact_information_identifier")))
            request.insert(QStringLiteral("contact_information_identifier"),
                           QJsonObject {{QStringLiteral("number"), QStringLiteral("CI000005")}});
        const SandboxAnswer answer = f->post(QStringLiteral("communications/create"), request);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.code(), code);
        if (code == QStringLiteral("OK")) {
            QVERIFY(answer.object().value(QStringLiteral("media")).toString() != QStringLiteral("F2F"));
            return;
        }
        QVERIFY(answer.data().isNull());
        QVERIFY2(answer.message().contains(named), qPrintable(answer.message()));
    }

    void unicodeAndSqlRoundTrip()
    {
        const QString subject = QStringLiteral("Γειά σου Ελένη 😀 — ünïcödé ✓");
        const QString content = QStringLiteral("'; DROP TABLE communications; -- \" \\ \n\t %s %1 ?");
        const QString notes = QStringLiteral("Robert'); DELETE FROM queue_entries WHERE ('1'='1");
        CommunicationInput input;
        input.direction = Direction::Outgoing;
        input.media = Media::Letter;
        input.subject = subject;
        input.content = content;
        input.notes = notes;
        input.udfStrings[2] = QStringLiteral("🇨🇾 Λεμεσός");
        Capture<Communication> created;
        CommunicationsApi api(&f->session);
        api.create(nullptr, Identifier::byNumber(QStringLiteral("CI000012")), input, created.handler());
        QVERIFY(SandboxFixture::wait(created));
        QVERIFY(created.ok());
        Capture<Communication> shown;
        api.show(nullptr, Identifier::byNumber(created.value().number), {}, shown.handler());
        QVERIFY(SandboxFixture::wait(shown));
        QVERIFY(shown.ok());
        QCOMPARE(shown.value().subject, subject);
        QCOMPARE(shown.value().content, content);
        QCOMPARE(shown.value().notes, notes);
        QCOMPARE(shown.value().udfStrings[2], QStringLiteral("🇨🇾 Λεμεσός"));
        // Nothing was dropped or deleted.
        QCOMPARE(f->get(QStringLiteral("communications/show"), "communication_identifier=number=CM000001").code(),
                 QStringLiteral("OK"));
        QVERIFY(!f->get(QStringLiteral("communications/queue/list"), "media=EMAIL").array().isEmpty());
    }

    void absentVersusNull()
    {
        const QString number = newDraft();
        QVERIFY(!number.isEmpty());
        // Left out stays; null clears.
        const SandboxAnswer changed = update(number, body(R"({"notes":null,"udf_float_1":null,"subject":"Changed"})"));
        QCOMPARE(changed.code(), QStringLiteral("OK"));
        const QJsonObject c = changed.object();
        QCOMPARE(c.value(QStringLiteral("subject")).toString(), QStringLiteral("Changed"));
        QVERIFY(c.value(QStringLiteral("notes")).isNull());
        QVERIFY(c.value(QStringLiteral("udf_float_1")).isNull());
        QCOMPARE(c.value(QStringLiteral("content")).toString(), QStringLiteral("Draft text"));
        QCOMPARE(c.value(QStringLiteral("udf_string_1")).toString(), QStringLiteral("AC000001"));
        QCOMPARE(c.value(QStringLiteral("to")).toString(), QStringLiteral("+35799000000"));
        QCOMPARE(c.value(QStringLiteral("unrestricted_parameter_set")).toArray().size(), 2);
        QCOMPARE(c.value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("DRAFT"));

        // The same through the client's Patch.
        CommunicationInput input;
        input.udfStrings[0] = Patch<QString>::cleared();
        input.category = Identifier(QStringLiteral("code"), QStringLiteral("MKT-PRO"));
        Capture<Communication> updated;
        CommunicationsApi(&f->session).update(nullptr, Identifier::byNumber(number), input, updated.handler());
        QVERIFY(SandboxFixture::wait(updated));
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : SandboxFixture::describe(updated.error())));
        QVERIFY(updated.value().udfStrings[0].isEmpty());
        QCOMPARE(updated.value().category->code, QStringLiteral("MKT-PRO"));
        QCOMPARE(updated.value().subject, QStringLiteral("Changed"));
        const SandboxAnswer wire =
            f->get(QStringLiteral("communications/show"),
                   "communication_identifier=number=" + number.toLatin1() + "&fields_set=udf_string_1,category");
        QVERIFY(wire.object().value(QStringLiteral("udf_string_1")).isNull());

        // Clearing the category through null.
        QVERIFY(update(number, body(R"({"category_identifier":null})"))
                    .object()
                    .value(QStringLiteral("category"))
                    .isNull());
        // Mandatory members cannot be cleared; the contact cannot change.
        QCOMPARE(update(number, body(R"({"subject":null})")).code(), QStringLiteral("INVALID_PARAMETER"));
        QCOMPARE(update(number, body(R"({"media":null})")).code(), QStringLiteral("INVALID_PARAMETER"));
        QCOMPARE(update(number, body(R"({"contact_information_identifier":{"number":"CI000001"}})")).code(),
                 QStringLiteral("INVALID_PARAMETER"));
        QCOMPARE(update(number, body(R"({"media":"EMAIL","to":null})")).code(), QStringLiteral("MISSING_PARAMETER"));
        QCOMPARE(update(number, body(R"({"media":"EMAIL","to":"a@example.com"})")).code(), QStringLiteral("OK"));
        QCOMPARE(update(QStringLiteral("CM999999"), body(R"({"notes":"x"})")).code(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(f->post(QStringLiteral("communications/update"), body(R"({"notes":"x"})")).code(),
                 QStringLiteral("MISSING_PARAMETER"));
    }

    void parameterActions()
    {
        const QString number = newDraft();
        const QJsonArray before =
            f->get(QStringLiteral("communications/show"), "communication_identifier=number=" + number.toLatin1())
                .object()
                .value(QStringLiteral("unrestricted_parameter_set"))
                .toArray();
        const QString campaignId = before.at(0).toObject().value(QStringLiteral("id")).toString();
        QJsonObject changes = body(R"({"unrestricted_parameter_set":[
            {"action":"update","unrestricted_parameter_identifier":{"key":"priority"},"integer_value":5},
            {"action":"Add","name":"Due","type":"DATE","date_value":"2024-03-01"},
            {"action":"ADD","name":"Ratio","type":"FLOAT","float_value":0.25}]})");
        SandboxAnswer answer = update(number, changes);
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QJsonArray parameters = answer.object().value(QStringLiteral("unrestricted_parameter_set")).toArray();
        QCOMPARE(parameters.size(), 4);
        QCOMPARE(parameters.at(1).toObject().value(QStringLiteral("integer_value")).toInt(), 5);
        QCOMPARE(parameters.at(2).toObject().value(QStringLiteral("date_value")).toString(),
                 QStringLiteral("Fri Mar 01 00:00:00 EET 2024"));

        changes = QJsonObject {
            {QStringLiteral("unrestricted_parameter_set"),
             QJsonArray {QJsonObject {{QStringLiteral("action"), QStringLiteral("remove")},
                                      {QStringLiteral("unrestricted_parameter_identifier"),
                                       QJsonObject {{QStringLiteral("id"), campaignId}}}},
                         QJsonObject {{QStringLiteral("action"), QStringLiteral("REMOVE")},
                                      {QStringLiteral("unrestricted_parameter_identifier"),
                                       QJsonObject {{QStringLiteral("name"), QStringLiteral("Ratio")}}}}}}};
        answer = update(number, changes);
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        parameters = answer.object().value(QStringLiteral("unrestricted_parameter_set")).toArray();
        QCOMPARE(parameters.size(), 2);
        QCOMPARE(parameters.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Priority"));
        QCOMPARE(parameters.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Due"));

        // Through the client: UPDATE by name.
        UnrestrictedParameterChange change;
        change.action = ParameterAction::Update;
        change.parameter = Identifier::byName(QStringLiteral("Priority"));
        change.value.name = QStringLiteral("Priority");
        change.value.type = ParameterType::Integer;
        change.value.value = qint64(1);
        CommunicationInput input;
        input.parameterChanges.append(change);
        Capture<Communication> updated;
        CommunicationsApi(&f->session).update(nullptr, Identifier::byNumber(number), input, updated.handler());
        QVERIFY(SandboxFixture::wait(updated));
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : SandboxFixture::describe(updated.error())));
        QCOMPARE(updated.value().unrestrictedParameters.at(0).value.toLongLong(), 1);

        const auto failing = [&](const char *item) {
            return update(number,
                          QJsonObject {{QStringLiteral("unrestricted_parameter_set"),
                                        QJsonArray {QJsonDocument::fromJson(item).object()}}});
        };
        QCOMPARE(failing(R"({"name":"X","type":"STRING","string_value":"x"})").code(),
                 QStringLiteral("MISSING_PARAMETER"));
        QCOMPARE(failing(R"({"action":"RENAME","name":"X"})").code(), QStringLiteral("INVALID_PARAMETER"));
        QCOMPARE(failing(R"({"action":"REMOVE"})").code(), QStringLiteral("MISSING_PARAMETER"));
        QCOMPARE(failing(R"({"action":"REMOVE","unrestricted_parameter_identifier":{"name":"Nope"}})").code(),
                 QStringLiteral("NOT_FOUND"));
        QCOMPARE(failing(R"({"action":"REMOVE","unrestricted_parameter_identifier":{"colour":"red"}})").code(),
                 QStringLiteral("INVALID_PARAMETER"));
        QCOMPARE(failing(R"({"action":"ADD","name":"Priority","type":"STRING","string_value":"again"})").code(),
                 QStringLiteral("INVALID_PARAMETER"));
    }

    void onlyDraftsAreEdited()
    {
        const QString number = newDraft();
        // complete: DRAFT -> COMPLETED, then never again.
        Capture<Communication> completed;
        CommunicationsApi api(&f->session);
        api.complete(nullptr, Identifier::byNumber(number), completed.handler());
        QVERIFY(SandboxFixture::wait(completed));
        QVERIFY(completed.ok());
        QCOMPARE(completed.value().lifeCycleState, LifeCycleState::Completed);
        Capture<Communication> again;
        api.complete(nullptr, Identifier::byNumber(number), again.handler());
        QVERIFY(SandboxFixture::wait(again));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), QStringLiteral("INVALID_STATE"));

        // COMPLETED accepts notes and viewed only.
        for (const char *change : {R"({"subject":"late"})", R"({"udf_string_2":"x"})",
                                   R"({"life_cycle_state":"DRAFT"})", R"({"category_identifier":null})"}) {
            const SandboxAnswer refused = update(number, body(change));
            QCOMPARE(refused.code(), QStringLiteral("INVALID_STATE"));
            QVERIFY(refused.data().isNull());
        }
        SandboxAnswer answer = update(number, body(R"({"notes":"after the fact"})"));
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QCOMPARE(answer.object().value(QStringLiteral("notes")).toString(), QStringLiteral("after the fact"));
        answer = update(number, body(R"({"viewed":true})"));
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QVERIFY(answer.object().value(QStringLiteral("viewed")).toBool());
        QVERIFY(isJavaDate(answer.object().value(QStringLiteral("viewed_on")).toString()));
        answer = update(number, body(R"({"viewed":false})"));
        QVERIFY(!answer.object().value(QStringLiteral("viewed")).toBool());
        QVERIFY(answer.object().value(QStringLiteral("viewed_on")).isNull());
    }

    void completeByUpdate()
    {
        const QString number = newDraft();
        const SandboxAnswer answer = update(number, body(R"({"life_cycle_state":"COMPLETED","subject":"Final"})"));
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QCOMPARE(answer.object().value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(answer.object().value(QStringLiteral("subject")).toString(), QStringLiteral("Final"));
    }

    void setAsViewed()
    {
        const QString number = newDraft();
        CommunicationsApi api(&f->session);
        Capture<Communication> refused;
        api.setAsViewed(nullptr, Identifier::byNumber(number), {}, refused.handler());
        QVERIFY(SandboxFixture::wait(refused));
        QCOMPARE(refused.error().code(), QStringLiteral("INVALID_STATE"));
        QCOMPARE(f->post(QStringLiteral("communications/complete"),
                         QJsonObject {{QStringLiteral("communication_identifier"),
                                       QJsonObject {{QStringLiteral("number"), number}}}})
                     .code(),
                 QStringLiteral("OK"));

        // Without viewed_on: now.
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        Capture<Communication> viewed;
        api.setAsViewed(nullptr, Identifier::byNumber(number), {}, viewed.handler());
        QVERIFY(SandboxFixture::wait(viewed));
        QVERIFY(viewed.ok());
        QCOMPARE(viewed.value().viewed, true);
        QVERIFY(viewed.value().viewedOn->toUtc() >= before.addSecs(-1));
        QVERIFY(viewed.value().viewedOn->toUtc() <= QDateTime::currentDateTimeUtc().addSecs(1));

        // viewed_on in every accepted form, read back in Java's form (Europe/Nicosia).
        const QList<QPair<QString, QString>> forms {
            {QStringLiteral("2017-05-22T12:42:03+03:00"), QStringLiteral("Mon May 22 12:42:03 EEST 2017")},
            {QStringLiteral("2017-05-22T09:42:03Z"), QStringLiteral("Mon May 22 12:42:03 EEST 2017")},
            {QStringLiteral("2017-05-22T12:42:03"), QStringLiteral("Mon May 22 12:42:03 EEST 2017")},
            {QStringLiteral("2017-05-22T12:42:03.250+0300"), QStringLiteral("Mon May 22 12:42:03 EEST 2017")},
            {QStringLiteral("2017-05-22"), QStringLiteral("Mon May 22 00:00:00 EEST 2017")},
            {QStringLiteral("Mon May 22 12:42:03 EEST 2017"), QStringLiteral("Mon May 22 12:42:03 EEST 2017")},
            {QStringLiteral("Mon May 22 09:42:03 UTC 2017"), QStringLiteral("Mon May 22 12:42:03 EEST 2017")},
            {QStringLiteral("Fri Jan 05 08:00:00 GMT 2018"), QStringLiteral("Fri Jan 05 10:00:00 EET 2018")},
            {QStringLiteral("Sun Oct 29 03:30:00 EET 2023"), QStringLiteral("Sun Oct 29 03:30:00 EET 2023")},
        };
        for (const auto &[sent, written] : forms) {
            const SandboxAnswer answer =
                f->post(QStringLiteral("communications/set_as_viewed"),
                        QJsonObject {{QStringLiteral("communication_identifier"),
                                      QJsonObject {{QStringLiteral("number"), number}}},
                                     {QStringLiteral("viewed_on"), sent},
                                     {QStringLiteral("fields_set"), QStringLiteral("viewed,viewed_on")}});
            QCOMPARE(answer.code(), QStringLiteral("OK"));
            QCOMPARE(answer.object().value(QStringLiteral("viewed_on")).toString(), written);
            QCOMPARE(sortedKeys(answer.object()),
                     sorted({QStringLiteral("id"), QStringLiteral("viewed"), QStringLiteral("viewed_on")}));
        }
        for (const char *bad : {"22/05/2017", "Tue May 22 12:42:03 EEST 2017", "Mon May 22 12:42:03 XYZT 2017",
                                "2017-02-30", "yesterday"}) {
            const SandboxAnswer answer = f->post(QStringLiteral("communications/set_as_viewed"),
                                                 QJsonObject {{QStringLiteral("communication_identifier"),
                                                               QJsonObject {{QStringLiteral("number"), number}}},
                                                              {QStringLiteral("viewed_on"), QString::fromLatin1(bad)}});
            QVERIFY2(answer.code() == QStringLiteral("INVALID_PARAMETER"), bad);
            QVERIFY(answer.message().contains(QStringLiteral("viewed_on")));
        }
    }

    void timeZoneIsConfigurable()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 10;
        config.timeZone = "UTC";
        SandboxFixture utc(config);
        QVERIFY(utc.start());
        const SandboxAnswer answer = utc.post(QStringLiteral("communications/create"), body(R"({
            "contact_information_identifier":{"number":"CI000001"},"direction":"INCOMING","media":"PHONE",
            "subject":"s","content":"c","udf_date_1":"2017-05-22T12:42:03+03:00","fields_set":"udf_date_1"})"));
        QCOMPARE(answer.object().value(QStringLiteral("udf_date_1")).toString(),
                 QStringLiteral("Mon May 22 09:42:03 UTC 2017"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCompose)
#include "tst_sandboxcompose.moc"
