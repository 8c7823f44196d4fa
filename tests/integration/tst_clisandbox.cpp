// The real commdesk-cli program against the sandbox started in this process: communications create
// and update with every member (group, privacy level, user-defined fields, referring_to, unrestricted
// parameters), read back with `communications show --json`, and `contacts show`. What goes on the
// wire, literally, is tst_clibinary's business; here the server's answer is.
#include "CliProcess.h"
#include "Enums.h"
#include "SandboxFixture.h"

#ifndef COMMDESK_CLI_PATH
#error "COMMDESK_CLI_PATH must name the commdesk-cli program (tests/integration/CMakeLists.txt)"
#endif

using namespace commdesk;

namespace {

struct Run : CliProcess::Run
{
    Run(CliProcess::Run run)
        : CliProcess::Run(std::move(run))
    { }
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

QJsonObject member(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toObject();
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

// The unrestricted parameters by name, each without its server-made id.
QHash<QString, QJsonObject> parametersOf(const QJsonObject &communication)
{
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &item : communication.value(QLatin1StringView("unrestricted_parameter_set")).toArray()) {
        QJsonObject parameter = item.toObject();
        if (!SandboxFormats::isId(parameter.take(QLatin1StringView("id")).toString()))
            parameter.insert(QStringLiteral("id"), QStringLiteral("not an id")); // fails the comparison
        byName.insert(text(parameter, "name"), parameter);
    }
    return byName;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestCliSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;

    // Runs the program, signed in as the sandbox's demo user, in the test's event loop so that the
    // sandbox keeps answering meanwhile.
    Run run(QStringList arguments)
    {
        arguments << QStringLiteral("--server") << f->sandbox.serverUrl().toString() << QStringLiteral("--username")
                  << QStringLiteral("demo") << QStringLiteral("--organisation") << QStringLiteral("DEMO")
                  << QStringLiteral("--password-stdin");
        return CliProcess::run(QStringLiteral(COMMDESK_CLI_PATH), arguments, "demo\n");
    }

    QJsonObject show(const QString &number)
    {
        const Run shown = run({QStringLiteral("communications"), QStringLiteral("show"),
                               QStringLiteral("number=") + number, QStringLiteral("--json")});
        if (shown.exitCode != 0)
            qWarning("show failed: %s", shown.err.constData());
        return shown.object();
    }

    // A DRAFT with every member the CLI can set, made once; its number.
    QString m_draft;

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    void createWithEveryMember()
    {
        QStringList arguments = {
            QStringLiteral("communications"),
            QStringLiteral("create"),
            QStringLiteral("--contact"),
            QStringLiteral("number=CI000111"),
            QStringLiteral("--direction"),
            QStringLiteral("outgoing"),
            QStringLiteral("--media"),
            QStringLiteral("sms"),
            QStringLiteral("--subject"),
            QStringLiteral("Planned works"),
            QStringLiteral("--content"),
            QStringLiteral("On Monday"),
            QStringLiteral("--to"),
            QStringLiteral("+35799000000"),
            QStringLiteral("--draft"),
            QStringLiteral("--group"),
            QStringLiteral("name=Sales"),
            QStringLiteral("--privacy-level"),
            QStringLiteral("number=PL001"),
            QStringLiteral("--referring-to"),
            QStringLiteral("jobs:number=J000123"),
            QStringLiteral("--parameter"),
            QStringLiteral("Colour:string=blue"),
            QStringLiteral("--parameter"),
            QStringLiteral("Weight:float=2.5"),
            QStringLiteral("--parameter"),
            QStringLiteral("Count:integer=3"),
            QStringLiteral("--parameter"),
            QStringLiteral("Due:date=2026-01-31"),
            QStringLiteral("--json"),
        };
        for (int i = 1; i <= 8; ++i)
            arguments << QStringLiteral("--udf-string-%1").arg(i) << QStringLiteral("text %1").arg(i);
        for (int i = 1; i <= 4; ++i) {
            arguments << QStringLiteral("--udf-float-%1").arg(i) << QString::number(i + 0.25);
            arguments << QStringLiteral("--udf-date-%1").arg(i) << QStringLiteral("2026-01-0%1T10:00:00+02:00").arg(i);
        }
        const Run created = run(arguments);
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(created.err.isEmpty());
        m_draft = text(created.object(), "number");
        QVERIFY(SandboxFormats::isNumber(m_draft, "CM"));

        const QJsonObject c = show(m_draft);
        QCOMPARE(c, created.object()); // create answers with what show gives
        QCOMPARE(text(c, "life_cycle_state"), QStringLiteral("DRAFT"));
        QCOMPARE(text(member(c, "owned_by_group"), "name"), QStringLiteral("Sales"));
        QCOMPARE(text(member(c, "privacy_level"), "number"), QStringLiteral("PL001"));
        for (int i = 1; i <= 8; ++i)
            QCOMPARE(c.value(QStringLiteral("udf_string_%1").arg(i)).toString(), QStringLiteral("text %1").arg(i));
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(c.value(QStringLiteral("udf_float_%1").arg(i)).toDouble(), i + 0.25);
            // Normalised to UTC by the CLI, whatever zone the sandbox wrote.
            QCOMPARE(c.value(QStringLiteral("udf_date_%1").arg(i)).toString(),
                     QStringLiteral("2026-01-0%1T08:00:00Z").arg(i));
        }
        const QJsonObject referring = member(c, "referring_to");
        QCOMPARE(text(referring, "entity"), QStringLiteral("JOBS"));
        QCOMPARE(text(referring, "number"), QStringLiteral("J000123"));
        const QHash<QString, QJsonObject> parameters = parametersOf(c);
        QCOMPARE(parameters.size(), 4);
        QCOMPARE(parameters.value(QStringLiteral("Colour")),
                 json(R"({"key":"colour","name":"Colour","type":"STRING","string_value":"blue"})"));
        QCOMPARE(parameters.value(QStringLiteral("Weight")),
                 json(R"({"key":"weight","name":"Weight","type":"FLOAT","float_value":2.5})"));
        QCOMPARE(parameters.value(QStringLiteral("Count")),
                 json(R"({"key":"count","name":"Count","type":"INTEGER","integer_value":3})"));
        QCOMPARE(parameters.value(QStringLiteral("Due")),
                 json(R"({"key":"due","name":"Due","type":"DATE","date_value":"2026-01-31T00:00:00Z"})"));
    }

    void updateChangesOnlyWhatIsGiven()
    {
        QVERIFY(!m_draft.isEmpty());
        const Run updated = run({QStringLiteral("communications"),
                                 QStringLiteral("update"),
                                 QStringLiteral("number=") + m_draft,
                                 QStringLiteral("--remove-parameter"),
                                 QStringLiteral("key=colour"),
                                 QStringLiteral("--update-parameter"),
                                 QStringLiteral("Weight:float=7.75"),
                                 QStringLiteral("--update-parameter"),
                                 QStringLiteral("Count:string=three"),
                                 QStringLiteral("--parameter"),
                                 QStringLiteral("Size:string=XL"),
                                 QStringLiteral("--parameter"),
                                 QStringLiteral("Colour:integer=5"),
                                 QStringLiteral("--group"),
                                 QString(),
                                 QStringLiteral("--udf-float-2"),
                                 QString(),
                                 QStringLiteral("--udf-string-8"),
                                 QStringLiteral("eight"),
                                 QStringLiteral("--referring-to"),
                                 QString()});
        QVERIFY2(updated.exitCode == 0, updated.err.constData());
        QVERIFY(updated.out.startsWith("number:"));

        const QJsonObject c = show(m_draft);
        // Cleared: left out of the normalised JSON.
        QVERIFY(!c.contains(QLatin1StringView("owned_by_group")));
        QVERIFY(!c.contains(QLatin1StringView("udf_float_2")));
        QVERIFY(!c.contains(QLatin1StringView("referring_to")));
        // Changed, and left as they were.
        QCOMPARE(text(c, "udf_string_8"), QStringLiteral("eight"));
        QCOMPARE(text(c, "udf_string_1"), QStringLiteral("text 1"));
        QCOMPARE(c.value(QLatin1StringView("udf_float_1")).toDouble(), 1.25);
        QCOMPARE(text(member(c, "privacy_level"), "number"), QStringLiteral("PL001"));
        QCOMPARE(text(c, "subject"), QStringLiteral("Planned works"));
        const QHash<QString, QJsonObject> parameters = parametersOf(c);
        QCOMPARE(parameters.size(), 5);
        QCOMPARE(parameters.value(QStringLiteral("Weight")),
                 json(R"({"key":"weight","name":"Weight","type":"FLOAT","float_value":7.75})"));
        QCOMPARE(parameters.value(QStringLiteral("Count")),
                 json(R"({"key":"count","name":"Count","type":"STRING","string_value":"three"})"));
        QCOMPARE(parameters.value(QStringLiteral("Size")),
                 json(R"({"key":"size","name":"Size","type":"STRING","string_value":"XL"})"));
        // Removed and added again in one run, with another type.
        QCOMPARE(parameters.value(QStringLiteral("Colour")),
                 json(R"({"key":"colour","name":"Colour","type":"INTEGER","integer_value":5})"));
        QVERIFY(parameters.contains(QStringLiteral("Due")));
    }

    void refersToEveryEntity()
    {
        QVERIFY(!m_draft.isEmpty());
        // A communication must exist; the other entities live outside the sandbox.
        const auto numberFor = [](const QString &entity) {
            return entity == wireName(ReferringEntity::Communications) ? QStringLiteral("CM000001")
                                                                       : QStringLiteral("X000042");
        };
        // The program, end to end, for a communication and for an entity of two words (the parser
        // knows every entity: tst_cliparser).
        for (const ReferringEntity kind : {ReferringEntity::Communications, ReferringEntity::ServiceRequests}) {
            const QString entity = wireName(kind);
            const Run updated =
                run({QStringLiteral("communications"), QStringLiteral("update"), QStringLiteral("number=") + m_draft,
                     QStringLiteral("--referring-to"), entity + QStringLiteral(":number=") + numberFor(entity),
                     QStringLiteral("--json")});
            QVERIFY2(updated.exitCode == 0, qPrintable(entity + u' ' + QString::fromUtf8(updated.err)));
            const QJsonObject referring = member(updated.object(), "referring_to");
            QCOMPARE(text(referring, "entity"), entity);
            QCOMPARE(text(referring, "number"), numberFor(entity));
        }
        // Every entity the program can name is one the server accepts, sent as the program sends it.
        for (const QString &entity : wireNames<ReferringEntity>()) {
            const QJsonObject body {
                {QStringLiteral("communication_identifier"), QJsonObject {{QStringLiteral("number"), m_draft}}},
                {QStringLiteral("referring_to"),
                 QJsonObject {{QStringLiteral("entity"), entity},
                              {QStringLiteral("entity_identifier"),
                               QJsonObject {{QStringLiteral("number"), numberFor(entity)}}}}}};
            const SandboxAnswer updated = f->post(QStringLiteral("communications/update"), body);
            QVERIFY2(updated.code() == QStringLiteral("OK"), qPrintable(entity + u' ' + updated.code()));
            const SandboxAnswer shown =
                f->get(QStringLiteral("communications/show"), "communication_identifier=number=" + m_draft.toLatin1());
            const QJsonObject referring = member(shown.object(), "referring_to");
            QCOMPARE(text(referring, "entity"), entity);
            QCOMPARE(text(referring, "number"), numberFor(entity));
        }
    }

    void invalidParameterChangeIsTheServersError()
    {
        QVERIFY(!m_draft.isEmpty());
        const Run refused =
            run({QStringLiteral("communications"), QStringLiteral("update"), QStringLiteral("number=") + m_draft,
                 QStringLiteral("--remove-parameter"), QStringLiteral("name=Nothing such")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.startsWith("commdesk-cli: ") && refused.err.count('\n') == 1, refused.err.constData());
    }

    void contactsShowAsFieldBlockAndJson()
    {
        const Run block = run({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("number=CI000111")});
        QVERIFY2(block.exitCode == 0, block.err.constData());
        QVERIFY(block.err.isEmpty());
        const QList<QByteArray> lines = block.out.split('\n');
        QVERIFY2(lines.first().startsWith("number:") && lines.first().endsWith(" CI000111"), block.out.constData());
        QVERIFY2(lines.at(1).startsWith("id:"), block.out.constData());
        QVERIFY2(block.out.contains("\nphone_set[0].number:"), block.out.constData());

        // The same contact, named by its id, as JSON: the sandbox's contact, normalised.
        const QJsonObject raw =
            f->get(QStringLiteral("contact_information/show"), "contact_information_identifier=number=CI000111")
                .object();
        const Run byId = run({QStringLiteral("contacts"), QStringLiteral("show"),
                              QStringLiteral("id=") + text(raw, "id"), QStringLiteral("--json")});
        QVERIFY2(byId.exitCode == 0, byId.err.constData());
        const QJsonObject contact = byId.object();
        QCOMPARE(text(contact, "number"), QStringLiteral("CI000111"));
        QCOMPARE(text(contact, "name"), text(raw, "name"));
        QCOMPARE(contact.value(QLatin1StringView("phone_set")).toArray().size(),
                 raw.value(QLatin1StringView("phone_set")).toArray().size());
        QCOMPARE(contact.value(QLatin1StringView("email_set")).toArray().size(),
                 raw.value(QLatin1StringView("email_set")).toArray().size());
    }

    void contactsShowByIdentityNumber()
    {
        // docs/sandbox.md: CI000123 has id_number 800123 (a Greek or Cypriot person), passport_number
        // K20000123 (another person) or registration_number HE300123 (a company).
        QString field;
        QString value;
        const QList<std::pair<QString, QString>> candidates = {
            {QStringLiteral("id_number"), QStringLiteral("800123")},
            {QStringLiteral("passport_number"), QStringLiteral("K20000123")},
            {QStringLiteral("registration_number"), QStringLiteral("HE300123")},
        };
        for (const auto &[candidateField, candidateValue] : candidates) {
            const QByteArray query =
                "contact_information_identifier=" + candidateField.toLatin1() + '=' + candidateValue.toLatin1();
            if (f->get(QStringLiteral("contact_information/show"), query).code() == QLatin1StringView("OK")) {
                field = candidateField;
                value = candidateValue;
                break;
            }
        }
        QVERIFY(!field.isEmpty());
        const Run shown = run({QStringLiteral("contacts"), QStringLiteral("show"), field + u'=' + value,
                               QStringLiteral("--json"), QStringLiteral("--fields"), QStringLiteral("number,name")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(text(shown.object(), "number"), QStringLiteral("CI000123"));
        QVERIFY(!shown.object().contains(QLatin1StringView("phone_set")));
    }

    // --all reads page after page (--limit is the page size); --csv prints every row once, as a
    // spreadsheet reads it; the same list in one page of JSON holds the same communications.
    void listAllAsCsv()
    {
        const QStringList list {QStringLiteral("communications"), QStringLiteral("list"), QStringLiteral("--category"),
                                QStringLiteral("name=Billing")};
        const Run whole =
            run(list + QStringList {QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
        QCOMPARE(whole.exitCode, 0);
        QSet<QString> expected;
        for (const QJsonValue &item : QJsonDocument::fromJson(whole.out).array())
            expected.insert(item.toObject().value(QLatin1StringView("number")).toString());
        QVERIFY(expected.size() > 6); // more than two pages of 3

        const Run csv = run(list
                            + QStringList {QStringLiteral("--all"), QStringLiteral("--limit"), QStringLiteral("3"),
                                           QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QStringList lines = QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.takeFirst().startsWith(QStringLiteral("number,created_date,")));
        QSet<QString> numbers;
        for (const QString &line : std::as_const(lines))
            numbers.insert(line.section(QLatin1Char(','), 0, 0));
        QCOMPARE(lines.size(), expected.size()); // each once
        QCOMPARE(numbers, expected);

        // Without --all, one page of the limit.
        const Run page =
            run(list + QStringList {QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--csv")});
        QCOMPARE(QString::fromUtf8(page.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(),
                 4); // the header and 3 rows

        const Run both = run(list + QStringList {QStringLiteral("--csv"), QStringLiteral("--json")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains("--csv or --json"), both.err.constData());
    }

    void contactNotFoundExits1()
    {
        const Run missing =
            run({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("number=CI999999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY2(missing.err.startsWith("commdesk-cli: Not found: ") && missing.err.count('\n') == 1,
                 missing.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_clisandbox.moc"
