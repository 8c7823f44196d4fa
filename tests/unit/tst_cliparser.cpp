// commdesk-cli's command line: options anywhere, every value checked before anything is sent, secrets
// refused, and one clear sentence for each mistake.
#include "ApiClient.h"
#include "CliApplication.h"
#include "CliParser.h"
#include "CliProfiles.h"
#include "CommandLine.h"
#include "CommunicationsApi.h"
#include "CredentialReader.h"
#include "ProfileStore.h"
#include "ScriptedPeer.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;
using Action = ParseOutcome::Action;

namespace {

QStringList args(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// Parses with a fixed server and no environment, so that the machine's COMMDESK_* do not leak in.
ParseOutcome parse(QStringList arguments, const QProcessEnvironment &environment = QProcessEnvironment())
{
    arguments.prepend(QStringLiteral("--server=https://crm.example.com"));
    return CliParser::parse(arguments, environment);
}

ParseOutcome parse(const char *text)
{
    return parse(args(text));
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

ServerProfile office()
{
    ServerProfile p;
    p.name = QStringLiteral("Office");
    p.serverUrl = QStringLiteral("https://office.example.com");
    p.organisation = QStringLiteral("ACME");
    p.unit = QStringLiteral("Head Office");
    p.username = QStringLiteral("eleni");
    p.rememberSecret = true;
    p.pinnedCertificates = {QStringLiteral("ab:cd:ef")};
    p.caBundlePath = QStringLiteral(COMMDESK_TLS_FIXTURES "/server-a.pem");
    return p;
}

// Writes the profiles as the desktop app does (ProfileStore) and returns an environment whose
// COMMDESK_SETTINGS names that file.
QProcessEnvironment withProfiles(const QTemporaryDir &dir, const QList<ServerProfile> &profiles)
{
    const QString file = dir.filePath(QStringLiteral("CommDesk.conf"));
    {
        Settings settings(file);
        ProfileStore store(&settings);
        for (const ServerProfile &profile : profiles)
            store.save(profile);
        settings.sync();
    }
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("COMMDESK_SETTINGS"), file);
    return environment;
}

} // namespace

class TestCliParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void optionsBeforeBetweenAndAfterTheCommandWords()
    {
        const QStringList orders[] = {
            args("--json communications list --category name=Billing --media sms"),
            args("communications --media SMS list --category name=Billing --json"),
            args("communications list --category=name=Billing --media=Sms --json"),
        };
        for (const QStringList &order : orders) {
            const ParseOutcome outcome = parse(order);
            QCOMPARE(outcome.action, Action::Run);
            QCOMPARE(outcome.invocation.command, CliCommand::CommunicationsList);
            QVERIFY(outcome.invocation.global.json);
            QCOMPARE(CommunicationsApi::listQuery(outcome.invocation.arguments.communications).toEncoded(),
                     QByteArray("category_identifier=name=Billing&media=SMS"));
        }
    }

    void valueStartingWithDashesAfterDoubleDash()
    {
        const ParseOutcome outcome = parse(QStringList {QStringLiteral("communications"), QStringLiteral("show"),
                                                        QStringLiteral("--"), QStringLiteral("number=--1")});
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(outcome.invocation.arguments.target, Identifier::byNumber(QStringLiteral("--1")));
    }

    void helpAndVersionWinOverEverythingButBadTokens()
    {
        QCOMPARE(CliParser::parse(args("--help"), {}).action, Action::Help);
        QCOMPARE(CliParser::parse(args("queue list -h"), {}).action, Action::Help);
        QCOMPARE(CliParser::parse(args("nonsense --help"), {}).action, Action::Help);
        QCOMPARE(CliParser::parse(args("--version"), {}).action, Action::Version);
        QCOMPARE(CliParser::parse(args("--help --bogus"), {}).action, Action::Usage);
    }

    void secretsAreRefusedOnTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("--password value")
            << args("--password hunter2 categories") << QStringLiteral("--password-stdin");
        QTest::newRow("--password=value")
            << args("categories --password=hunter2") << QStringLiteral("COMMDESK_PASSWORD");
        QTest::newRow("--password last") << args("categories --password") << QStringLiteral("--password-stdin");
        QTest::newRow("--api-key") << args("--api-key hunter2 categories") << QStringLiteral("--api-key-stdin");
        QTest::newRow("--token") << args("--token=hunter2 categories") << QStringLiteral("COMMDESK_API_KEY");
    }

    void secretsAreRefusedOnTheCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const ParseOutcome outcome = parse(arguments);
        QCOMPARE(outcome.action, Action::Usage);
        QVERIFY2(outcome.error.contains(mentions), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("command line")), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QStringLiteral("hunter2")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << args("categories --colour red")
                                        << QStringLiteral("Unknown option \"--colour\".");
        QTest::newRow("single dash") << args("categories -x") << QStringLiteral("Unknown option \"-x\".");
        QTest::newRow("missing value") << args("queue list --media")
                                       << QStringLiteral("The option --media needs a value.");
        QTest::newRow("flag with value") << args("categories --json=yes")
                                         << QStringLiteral("The option --json takes no value.");
        QTest::newRow("repeated") << args("queue list --media SMS --media EMAIL")
                                  << QStringLiteral("The option --media was given more than once.");
        QTest::newRow("no command") << args("--json") << QStringLiteral("No command given.");
        QTest::newRow("unknown command") << args("frobnicate") << QStringLiteral("Unknown command \"frobnicate\".");
        QTest::newRow("group alone")
            << args("queue")
            << QStringLiteral("\"queue\" needs a command: list, show, pending, "
                              "pending-completed, complete, reject, remove, stats, check, serve-metrics.");
        QTest::newRow("unknown subcommand") << args("communications delete number=CM1")
                                            << QStringLiteral("Unknown command \"communications delete\": the "
                                                              "communications commands are list, show, create, update, "
                                                              "complete, view.");
        QTest::newRow("extra word") << args("categories now") << QStringLiteral("Unexpected argument \"now\".");
        QTest::newRow("missing identifier") << args("communications show")
                                            << QStringLiteral("\"communications show\" needs FIELD=VALUE naming what "
                                                              "it acts on, e.g. number=CM000680.");
        QTest::newRow("identifier without field") << args("communications show CM000680")
                                                  << QStringLiteral("This command expects FIELD=VALUE, e.g. "
                                                                    "number=CM000680, not \"CM000680\".");
        QTest::newRow("wrong field") << args("queue show nubmer=CQ1")
                                     << QStringLiteral("This command cannot use the field \"nubmer\": use one of id, "
                                                       "number.");
        QTest::newRow("option of another command") << args("categories --state PENDING")
                                                   << QStringLiteral("The option --state does not apply to "
                                                                     "\"categories\".");
        QTest::newRow("bad enum") << args("queue list --media pigeon")
                                  << QStringLiteral("\"pigeon\" is not a valid value for --media: use one of EMAIL, "
                                                    "SMS, PHONE, LETTER, FACE_TO_FACE.");
        QTest::newRow("bad state") << args("queue list --media SMS --state done")
                                   << QStringLiteral("\"done\" is not a valid value for --state: use one of PENDING, "
                                                     "COMPLETED, REJECTED, COMPLETED_AND_REMOVED.");
        QTest::newRow("limit zero") << args("queue list --media SMS --limit 0")
                                    << QStringLiteral("The option --limit needs a whole number of at least 1, not "
                                                      "\"0\".");
        QTest::newRow("limit text") << args("queue list --media SMS --limit ten")
                                    << QStringLiteral("The option --limit needs a whole number of at least 1, not "
                                                      "\"ten\".");
        QTest::newRow("timeout") << args("categories --timeout 0")
                                 << QStringLiteral("The option --timeout needs a whole number of at least 1, not "
                                                   "\"0\".");
        QTest::newRow("list needs a filter") << args("communications list")
                                             << QStringLiteral("\"communications list\" needs --category or "
                                                               "--contact.");
        QTest::newRow("list takes one filter") << args("communications list --category name=A --contact number=B")
                                               << QStringLiteral("Give either --category or --contact to "
                                                                 "\"communications list\", not both.");
        QTest::newRow("contact field") << args("communications list --contact email=a@b")
                                       << QStringLiteral("The option --contact cannot use the field \"email\": use "
                                                         "one of id, number, id_number, passport_number, "
                                                         "social_security_number, vat_registration_number, "
                                                         "registration_number.");
        QTest::newRow("queue source") << args("queue list")
                                      << QStringLiteral("\"queue list\" needs --media or --external-system.");
        QTest::newRow("queue two sources") << args("queue pending --media SMS --external-system name=GW --number 1")
                                           << QStringLiteral("Give either --media or --external-system to \"queue "
                                                             "pending\", not both.");
        QTest::newRow("pending number") << args("queue pending --media SMS")
                                        << QStringLiteral("\"queue pending\" needs --number.");
        QTest::newRow("reject code") << args("queue reject number=CQ1 --description Bounced")
                                     << QStringLiteral("\"queue reject\" needs --code.");
        QTest::newRow("stats scope") << args("queue stats")
                                     << QStringLiteral("\"queue stats\" needs --media, --external-system or --all.");
        QTest::newRow("stats two scopes") << args("queue stats --all --media SMS")
                                          << QStringLiteral("Give only one of --media, --external-system and --all to "
                                                            "\"queue stats\".");
        QTest::newRow("create contact") << args("communications create --subject Hi")
                                        << QStringLiteral("\"communications create\" needs --contact.");
        QTest::newRow("update nothing") << args("communications update number=CM1")
                                        << QStringLiteral("Nothing to update: give at least one option such as "
                                                          "--subject or --notes.");
        QTest::newRow("view date") << args("communications view number=CM1 --on yesterday")
                                   << QStringLiteral("The option --on needs an ISO 8601 date such as "
                                                     "2017-05-22T12:42:03+03:00, not \"yesterday\".");
        QTest::newRow("group field") << args("communications update number=CM1 --group code=SALES")
                                     << QStringLiteral("The option --group cannot use the field \"code\": use one of "
                                                       "id, name, alternative_code.");
        QTest::newRow("privacy level form") << args("communications update number=CM1 --privacy-level PL001")
                                            << QStringLiteral("The option --privacy-level expects FIELD=VALUE, e.g. "
                                                              "number=PL001, not \"PL001\".");
        QTest::newRow("group twice") << args("communications update number=CM1 --group name=A --group name=B")
                                     << QStringLiteral("The option --group was given more than once.");
        QTest::newRow("udf float") << args("communications update number=CM1 --udf-float-2 2,5")
                                   << QStringLiteral("The option --udf-float-2 needs a number such as 2.5, not "
                                                     "\"2,5\".");
        QTest::newRow("udf float infinite") << args("communications update number=CM1 --udf-float-4 inf")
                                            << QStringLiteral("The option --udf-float-4 needs a number such as 2.5, "
                                                              "not \"inf\".");
        QTest::newRow("udf date") << args("communications update number=CM1 --udf-date-3 31/01/2026")
                                  << QStringLiteral("The option --udf-date-3 needs an ISO 8601 date such as "
                                                    "2017-05-22T12:42:03+03:00, not \"31/01/2026\".");
        QTest::newRow("udf beyond 8") << args("communications update number=CM1 --udf-string-9 x")
                                      << QStringLiteral("Unknown option \"--udf-string-9\".");
        QTest::newRow("referring form") << args("communications update number=CM1 --referring-to J000123")
                                        << QStringLiteral("The option --referring-to expects ENTITY:FIELD=VALUE, e.g. "
                                                          "JOBS:number=J000123, not \"J000123\".");
        QTest::newRow("referring entity")
            << args("communications update number=CM1 --referring-to TICKETS:number=T1")
            << QStringLiteral("\"TICKETS\" is not an entity that --referring-to knows: use one of %1.")
                   .arg(wireNames<ReferringEntity>().join(QLatin1StringView(", ")));
        QTest::newRow("referring field") << args("communications update number=CM1 --referring-to jobs:code=J1")
                                         << QStringLiteral("The option --referring-to cannot use the field \"code\": "
                                                           "use one of id, number.");
        QTest::newRow("parameter form") << args("communications update number=CM1 --parameter colour=blue")
                                        << QStringLiteral("The option --parameter expects NAME:TYPE=VALUE, e.g. "
                                                          "colour:string=blue, not \"colour=blue\".");
        QTest::newRow("parameter without name") << args("communications create --contact id=C --parameter :string=x")
                                                << QStringLiteral("The option --parameter expects NAME:TYPE=VALUE, "
                                                                  "e.g. colour:string=blue, not \":string=x\".");
        QTest::newRow("parameter type") << args("communications update number=CM1 --parameter colour:text=blue")
                                        << QStringLiteral("\"text\" is not a parameter type that --parameter knows: "
                                                          "use one of STRING, FLOAT, INTEGER, DATE.");
        QTest::newRow("parameter float") << args(
            "communications update number=CM1 --update-parameter weight:float=heavy")
                                         << QStringLiteral("The option --update-parameter needs a number such as 2.5 "
                                                           "as the value of the FLOAT parameter \"weight\", not "
                                                           "\"heavy\".");
        QTest::newRow("parameter integer") << args("communications create --contact id=C --parameter count:integer=1.5")
                                           << QStringLiteral("The option --parameter needs a whole number as the value "
                                                             "of the INTEGER parameter \"count\", not \"1.5\".");
        QTest::newRow("parameter date") << args("communications create --contact id=C --parameter due:date=soon")
                                        << QStringLiteral("The option --parameter needs an ISO 8601 date such as "
                                                          "2017-05-22 as the value of the DATE parameter \"due\", not "
                                                          "\"soon\".");
        QTest::newRow("remove parameter field")
            << args("communications update number=CM1 --remove-parameter type=STRING")
            << QStringLiteral("The option --remove-parameter cannot use the field \"type\": use one of id, key, name.");
        QTest::newRow("update parameter on create")
            << args("communications create --contact id=C --update-parameter colour:string=red")
            << QStringLiteral("The option --update-parameter does not apply to \"communications create\".");
        QTest::newRow("contacts alone") << args("contacts") << QStringLiteral("\"contacts\" needs a command: show.");
        QTest::newRow("contacts show without identifier")
            << args("contacts show")
            << QStringLiteral("\"contacts show\" needs FIELD=VALUE naming what it acts on, "
                              "e.g. number=CI000111.");
        QTest::newRow("contacts show field")
            << args("contacts show email=a@b.example")
            << QStringLiteral("This command cannot use the field \"email\": use one of id, number, id_number, "
                              "passport_number, social_security_number, vat_registration_number, "
                              "registration_number.");
        QTest::newRow("contacts show option") << args("contacts show number=CI1 --media SMS")
                                              << QStringLiteral("The option --media does not apply to \"contacts "
                                                                "show\".");
        QTest::newRow("both stdin") << args("categories --password-stdin --api-key-stdin")
                                    << QStringLiteral("Give either --password-stdin or --api-key-stdin, not both: "
                                                      "standard input holds one line.");
        QTest::newRow("ratio") << args("queue check --max-reject-ratio 1.5")
                               << QStringLiteral("The option --max-reject-ratio needs a number from 0 to 1, not "
                                                 "\"1.5\".");
        QTest::newRow("warn above max") << args("queue check --max-pending 10 --warn-pending 20")
                                        << QStringLiteral("--warn-pending must not be above --max-pending.");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const ParseOutcome outcome = parse(arguments);
        QCOMPARE(outcome.action, Action::Usage);
        QCOMPARE(outcome.error, expected);
    }

    void serverFromTheEnvironmentOrNone()
    {
        QProcessEnvironment environment;
        QCOMPARE(CliParser::parse(args("categories"), environment).error,
                 QStringLiteral("No server given: use --server URL, --profile NAME or the COMMDESK_SERVER "
                                "environment variable."));
        environment.insert(QStringLiteral("COMMDESK_SERVER"), QStringLiteral("https://env.example.com"));
        environment.insert(QStringLiteral("COMMDESK_USERNAME"), QStringLiteral("env-user"));
        environment.insert(QStringLiteral("COMMDESK_ORGANISATION"), QStringLiteral("ENV"));
        environment.insert(QStringLiteral("COMMDESK_UNIT"), QStringLiteral("Branch"));
        const ParseOutcome fromEnvironment = CliParser::parse(args("categories"), environment);
        QCOMPARE(fromEnvironment.action, Action::Run);
        QCOMPARE(fromEnvironment.invocation.global.server, QStringLiteral("https://env.example.com"));
        QCOMPARE(fromEnvironment.invocation.global.username, QStringLiteral("env-user"));
        QCOMPARE(fromEnvironment.invocation.global.organisation, QStringLiteral("ENV"));
        QCOMPARE(fromEnvironment.invocation.global.unit, QStringLiteral("Branch"));
        QCOMPARE(fromEnvironment.invocation.global.timeout, std::chrono::seconds(30));
        // The command line wins.
        const ParseOutcome overridden = CliParser::parse(
            args("categories --server https://cli.example.com --username me --timeout 5"), environment);
        QCOMPARE(overridden.invocation.global.server, QStringLiteral("https://cli.example.com"));
        QCOMPARE(overridden.invocation.global.username, QStringLiteral("me"));
        QCOMPARE(overridden.invocation.global.timeout, std::chrono::seconds(5));
    }

    void serverAddressIsChecked()
    {
        const ParseOutcome outcome = CliParser::parse(args("categories --server ftp://crm.example.com"), {});
        QCOMPARE(outcome.action, Action::Usage);
        QCOMPARE(outcome.error, QStringLiteral("The server address must start with http:// or https://."));
        QCOMPARE(CliParser::parse(args("categories --server crm.example.com"), {}).action, Action::Run);
    }

    void identifierValueMayHoldEqualsAndSpaces()
    {
        const ParseOutcome outcome =
            parse(QStringList {QStringLiteral("templates"), QStringLiteral("--category"), QStringLiteral("name=A = B"),
                               QStringLiteral("--direction"), QStringLiteral("outgoing")});
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(outcome.invocation.arguments.templates.category,
                 Identifier(QStringLiteral("name"), QStringLiteral("A = B")));
        QCOMPARE(outcome.invocation.arguments.templates.direction, Direction::Outgoing);
    }

    void communicationsListPagingAndFields()
    {
        const ParseOutcome outcome =
            parse("communications list --contact number=CI000111 --direction INCOMING --limit 20 --offset 0 "
                  "--fields number,subject,");
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(CommunicationsApi::listQuery(outcome.invocation.arguments.communications).toEncoded(),
                 QByteArray("contact_information_identifier=number=CI000111&direction=INCOMING"
                            "&number_of_results=20&offset=0&fields_set=number,subject"));
    }

    void createBuildsTheInput()
    {
        const ParseOutcome outcome = parse(QStringList {
            QStringLiteral("communications"), QStringLiteral("create"), QStringLiteral("--contact"),
            QStringLiteral("number=CI000111"), QStringLiteral("--template"), QStringLiteral("alternative_code=WELCOME"),
            QStringLiteral("--media"), QStringLiteral("email"), QStringLiteral("--direction"),
            QStringLiteral("OUTGOING"), QStringLiteral("--subject"), QStringLiteral("Hello there"),
            QStringLiteral("--content"), QStringLiteral("Dear Eleni,\nwelcome."), QStringLiteral("--to"),
            QStringLiteral("eleni@example.com"), QStringLiteral("--notes"), QString(), QStringLiteral("--draft")});
        QCOMPARE(outcome.action, Action::Run);
        const CommandArguments &arguments = outcome.invocation.arguments;
        QCOMPARE(CommunicationsApi::createBody(*arguments.contact, arguments.input),
                 json(R"({"contact_information_identifier":{"number":"CI000111"},
                          "template_identifier":{"alternative_code":"WELCOME"},"media":"EMAIL",
                          "direction":"OUTGOING","subject":"Hello there","content":"Dear Eleni,\nwelcome.",
                          "to":"eleni@example.com","life_cycle_state":"DRAFT"})"));
    }

    void updateSendsOnlyWhatWasGiven()
    {
        const ParseOutcome outcome = parse(QStringList {QStringLiteral("communications"), QStringLiteral("update"),
                                                        QStringLiteral("number=CM000680"), QStringLiteral("--subject"),
                                                        QStringLiteral("New"), QStringLiteral("--notes"), QString()});
        QCOMPARE(outcome.action, Action::Run);
        const CommandArguments &arguments = outcome.invocation.arguments;
        QCOMPARE(CommunicationsApi::updateBody(*arguments.target, arguments.input),
                 json(R"({"communication_identifier":{"number":"CM000680"},"subject":"New","notes":null})"));
    }

    void createWithEveryMember()
    {
        const ParseOutcome outcome =
            parse(QStringList {QStringLiteral("communications"),  QStringLiteral("create"),
                               QStringLiteral("--contact"),       QStringLiteral("number=CI000111"),
                               QStringLiteral("--group"),         QStringLiteral("name=Sales"),
                               QStringLiteral("--privacy-level"), QStringLiteral("number=PL001"),
                               QStringLiteral("--udf-string-1"),  QStringLiteral("first"),
                               QStringLiteral("--udf-string-8"),  QStringLiteral("last = 8"),
                               QStringLiteral("--udf-float-1"),   QStringLiteral("2.5"),
                               QStringLiteral("--udf-float-4"),   QStringLiteral("-1e3"),
                               QStringLiteral("--udf-date-1"),    QStringLiteral("2026-01-31"),
                               QStringLiteral("--udf-date-4"),    QStringLiteral("2017-05-22T12:42:03+03:00"),
                               QStringLiteral("--udf-string-2"),  QString(),
                               QStringLiteral("--referring-to"),  QStringLiteral("service_requests:number=SR 7=1"),
                               QStringLiteral("--parameter"),     QStringLiteral("colour:string=blue = navy"),
                               QStringLiteral("--parameter"),     QStringLiteral("weight:FLOAT=2.5"),
                               QStringLiteral("--parameter"),     QStringLiteral("count:integer=-42"),
                               QStringLiteral("--parameter"),     QStringLiteral("due:date=2026-01-31"),
                               QStringLiteral("--parameter"),     QStringLiteral("a:b:string="),
                               QStringLiteral("--subject"),       QStringLiteral("Hi")});
        QCOMPARE(outcome.action, Action::Run);
        const CommandArguments &arguments = outcome.invocation.arguments;
        // An empty value is left out on create; the parameters keep their order.
        QCOMPARE(CommunicationsApi::createBody(*arguments.contact, arguments.input),
                 json(R"({"contact_information_identifier":{"number":"CI000111"},
                          "owned_by_group_identifier":{"name":"Sales"},
                          "privacy_level_identifier":{"number":"PL001"},"subject":"Hi",
                          "udf_string_1":"first","udf_string_8":"last = 8","udf_float_1":2.5,"udf_float_4":-1000,
                          "udf_date_1":"2026-01-31T00:00:00+00:00","udf_date_4":"2017-05-22T12:42:03+03:00",
                          "referring_to":{"entity":"SERVICE_REQUESTS","entity_identifier":{"number":"SR 7=1"}},
                          "unrestricted_parameter_set":[
                              {"name":"colour","type":"STRING","string_value":"blue = navy"},
                              {"name":"weight","type":"FLOAT","float_value":2.5},
                              {"name":"count","type":"INTEGER","integer_value":-42},
                              {"name":"due","type":"DATE","date_value":"2026-01-31T00:00:00+00:00"},
                              {"name":"a:b","type":"STRING","string_value":""}]})"));
    }

    void referringToEveryEntityByIdOrNumber()
    {
        for (const QString &entity : wireNames<ReferringEntity>()) {
            const ParseOutcome outcome =
                parse(QStringList {QStringLiteral("communications"), QStringLiteral("update"), QStringLiteral("id=C"),
                                   QStringLiteral("--referring-to"), entity.toLower() + QStringLiteral(":id=ABC")});
            QCOMPARE(outcome.action, Action::Run);
            QCOMPARE(outcome.invocation.arguments.input.toJson(),
                     (QJsonObject {{QStringLiteral("referring_to"),
                                    QJsonObject {{QStringLiteral("entity"), entity},
                                                 {QStringLiteral("entity_identifier"),
                                                  QJsonObject {{QStringLiteral("id"), QStringLiteral("ABC")}}}}}}));
        }
    }

    void updateClearsMembersAndChangesParameters()
    {
        const ParseOutcome outcome = parse(QStringList {QStringLiteral("communications"),
                                                        QStringLiteral("update"),
                                                        QStringLiteral("number=CM000680"),
                                                        QStringLiteral("--parameter"),
                                                        QStringLiteral("due:date=2026-01-31T10:00:00Z"),
                                                        QStringLiteral("--update-parameter"),
                                                        QStringLiteral("weight:float=2.5"),
                                                        QStringLiteral("--group"),
                                                        QString(),
                                                        QStringLiteral("--privacy-level"),
                                                        QStringLiteral("name=Internal"),
                                                        QStringLiteral("--udf-float-2"),
                                                        QString(),
                                                        QStringLiteral("--udf-date-1"),
                                                        QString(),
                                                        QStringLiteral("--udf-string-3"),
                                                        QString(),
                                                        QStringLiteral("--referring-to"),
                                                        QString(),
                                                        QStringLiteral("--category"),
                                                        QString(),
                                                        QStringLiteral("--remove-parameter"),
                                                        QStringLiteral("key=colour"),
                                                        QStringLiteral("--remove-parameter"),
                                                        QStringLiteral("id=0A1B")});
        QCOMPARE(outcome.action, Action::Run);
        const CommandArguments &arguments = outcome.invocation.arguments;
        // Removals, then updates, then additions, whatever the order on the command line.
        QCOMPARE(CommunicationsApi::updateBody(*arguments.target, arguments.input),
                 json(R"({"communication_identifier":{"number":"CM000680"},"category_identifier":null,
                          "owned_by_group_identifier":null,"privacy_level_identifier":{"name":"Internal"},
                          "udf_string_3":null,"udf_float_2":null,"udf_date_1":null,"referring_to":null,
                          "unrestricted_parameter_set":[
                              {"action":"REMOVE","unrestricted_parameter_identifier":{"key":"colour"}},
                              {"action":"REMOVE","unrestricted_parameter_identifier":{"id":"0A1B"}},
                              {"action":"UPDATE","unrestricted_parameter_identifier":{"name":"weight"},
                               "name":"weight","type":"FLOAT","float_value":2.5},
                              {"action":"ADD","name":"due","type":"DATE","date_value":"2026-01-31T10:00:00+00:00"}]})"));
    }

    void updateWithOnlyAParameterChange()
    {
        const ParseOutcome outcome = parse("communications update number=CM1 --remove-parameter name=colour");
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(outcome.invocation.arguments.input.parameterChanges.size(), 1);
    }

    void contactsShow()
    {
        ParseOutcome outcome = parse("contacts show id_number=800111 --fields number,name --json");
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(outcome.invocation.command, CliCommand::ContactsShow);
        QCOMPARE(outcome.invocation.arguments.target,
                 Identifier(QStringLiteral("id_number"), QStringLiteral("800111")));
        QCOMPARE(outcome.invocation.arguments.fieldsSet, args("number name"));
        QVERIFY(outcome.invocation.global.json);
        QCOMPARE(CliParser::commandName(CliCommand::ContactsShow), QStringLiteral("contacts show"));
        outcome = parse("contacts show number=CI000271");
        QCOMPARE(outcome.invocation.arguments.target, Identifier::byNumber(QStringLiteral("CI000271")));
    }

    void contentFromAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("content.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF"
                   "Καλημέρα,\r\nthe invoice is attached.\n");
        file.close();
        const ParseOutcome outcome =
            parse(QStringList {QStringLiteral("communications"), QStringLiteral("update"), QStringLiteral("id=ABC"),
                               QStringLiteral("--content-file"), path});
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(outcome.invocation.arguments.input.content.value(),
                 QStringLiteral("Καλημέρα,\r\nthe invoice is attached.\n"));
    }

    void contentFileProblems()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        ParseOutcome outcome = parse(QStringList {QStringLiteral("communications"), QStringLiteral("update"),
                                                  QStringLiteral("id=ABC"), QStringLiteral("--content-file"), missing});
        QCOMPARE(outcome.action, Action::Usage);
        QVERIFY2(outcome.error.startsWith(QStringLiteral("The file \"%1\" could not be read: ").arg(missing)),
                 qPrintable(outcome.error));

        const QString latin1 = dir.filePath(QStringLiteral("latin1.txt"));
        QFile file(latin1);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("caf\xE9");
        file.close();
        outcome = parse(QStringList {QStringLiteral("communications"), QStringLiteral("update"),
                                     QStringLiteral("id=ABC"), QStringLiteral("--content-file"), latin1});
        QCOMPARE(outcome.error, QStringLiteral("The file \"%1\" is not UTF-8 text.").arg(latin1));

        outcome = parse(QStringList {QStringLiteral("communications"), QStringLiteral("update"),
                                     QStringLiteral("id=ABC"), QStringLiteral("--content"), QStringLiteral("x"),
                                     QStringLiteral("--content-file"), latin1});
        QCOMPARE(outcome.error, QStringLiteral("Give either --content or --content-file, not both."));
    }

    void viewOnADate()
    {
        const ParseOutcome outcome = parse("communications view number=CM1 --on 2017-05-22T12:42:03+03:00");
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(outcome.invocation.arguments.viewedOn.toUTC(),
                 QDateTime(QDate(2017, 5, 22), QTime(9, 42, 3), Qt::UTC));
        QVERIFY(!parse("communications view number=CM1").invocation.arguments.viewedOn.isValid());
    }

    void queueCommands()
    {
        ParseOutcome outcome = parse("queue list --external-system name=GW --state pending --limit 5");
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(QueueApi::listQuery(outcome.invocation.arguments.queue).toEncoded(),
                 QByteArray("communication_queue_external_system_identifier=name=GW&life_cycle_state=PENDING"
                            "&number_of_results=5"));
        outcome = parse("queue pending --media SMS --number 3");
        QCOMPARE(outcome.invocation.command, CliCommand::QueuePending);
        QCOMPARE(outcome.invocation.arguments.number, 3);
        outcome = parse("queue pending-completed --media EMAIL");
        QCOMPARE(outcome.invocation.command, CliCommand::QueuePendingCompleted);
        QVERIFY(!outcome.invocation.arguments.number);
        outcome = parse(QStringList {QStringLiteral("queue"), QStringLiteral("reject"), QStringLiteral("number=CQ1"),
                                     QStringLiteral("--code"), QStringLiteral("BOUNCED"),
                                     QStringLiteral("--description"), QStringLiteral("Mailbox full")});
        QCOMPARE(outcome.invocation.command, CliCommand::QueueReject);
        QCOMPARE(outcome.invocation.arguments.errorDescription, QStringLiteral("Mailbox full"));
        outcome = parse("queue stats --all");
        QVERIFY(outcome.invocation.arguments.stats.all);
        outcome = parse("queue stats --media f2f");
        QCOMPARE(outcome.invocation.arguments.stats.media, Media::FaceToFace);
    }

    void checkThresholds()
    {
        ParseOutcome outcome = parse("queue check --max-pending 200 --max-oldest-pending 45 --max-reject-ratio 0.2");
        QCOMPARE(outcome.action, Action::Run);
        QVERIFY(outcome.monitoring);
        const QueueCheckThresholds &limits = outcome.invocation.arguments.thresholds;
        QCOMPARE(limits.pending, (Threshold {160.0, 200.0}));
        QCOMPARE(limits.oldestPending, (Threshold {36.0, 45.0})); // 80%, whole seconds
        QCOMPARE(limits.rejectRatio, (Threshold {0.16, 0.2}));

        outcome = parse("queue check --max-pending 200 --warn-pending 50 --warn-reject-ratio 0.05");
        QCOMPARE(outcome.invocation.arguments.thresholds.pending, (Threshold {50.0, 200.0}));
        QCOMPARE(outcome.invocation.arguments.thresholds.rejectRatio, (Threshold {0.05, std::nullopt}));
        QCOMPARE(outcome.invocation.arguments.thresholds.oldestPending, Threshold {});
        QCOMPARE(outcome.invocation.arguments.thresholds.rejectWindowMinutes, std::nullopt);

        outcome = parse("queue check --max-reject-ratio 0.2 --window 60");
        QCOMPARE(outcome.action, Action::Run);
        QCOMPARE(outcome.invocation.arguments.thresholds.rejectWindowMinutes, std::optional<int>(60));
        QCOMPARE(parse("queue check --window 0").action, Action::Usage);
        QCOMPARE(parse("queue stats --all --window 60").action, Action::Usage);
    }

    void monitoringIsKnownEvenWhenParsingFails()
    {
        QVERIFY(parse("queue check --max-pending lots").monitoring);
        QVERIFY(parse("--frobnicate queue check").monitoring);
        QVERIFY(!parse("queue stats").monitoring);
    }

    void commandNames()
    {
        QCOMPARE(CliParser::commandName(CliCommand::QueuePendingCompleted), QStringLiteral("queue pending-completed"));
        QCOMPARE(CliParser::commandName(CliCommand::ExternalSystems), QStringLiteral("external-systems"));
    }

    void credentialsFromStandardInput()
    {
        GlobalOptions options;
        options.username = QStringLiteral("demo");
        options.organisation = QStringLiteral("DEMO");
        options.unit = QStringLiteral("Branch");
        options.passwordStdin = true;
        QByteArray bytes("s3cret pw\r\nsecond line\n");
        QBuffer input(&bytes);
        input.open(QIODevice::ReadOnly);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QStringLiteral("from-env"));
        QString error;
        const auto credentials = CredentialReader::read(options, environment, &input, &error);
        QVERIFY2(credentials, qPrintable(error));
        QCOMPARE(credentials->password, QStringLiteral("s3cret pw"));
        QCOMPARE(credentials->username, QStringLiteral("demo"));
        QCOMPARE(credentials->unit, QStringLiteral("Branch"));
        QVERIFY(!credentials->usesApiKey());

        options.passwordStdin = false;
        options.apiKeyStdin = true;
        QByteArray key("KEY-123");
        QBuffer keyInput(&key);
        keyInput.open(QIODevice::ReadOnly);
        const auto byKey = CredentialReader::read(options, {}, &keyInput, &error);
        QVERIFY(byKey);
        QCOMPARE(byKey->apiKey, QStringLiteral("KEY-123"));
        QVERIFY(byKey->password.isEmpty());
    }

    void credentialProblems()
    {
        GlobalOptions options;
        options.passwordStdin = true;
        QByteArray empty;
        QBuffer input(&empty);
        input.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!CredentialReader::read(options, {}, &input, &error));
        QCOMPARE(error, QStringLiteral("No password could be read from standard input."));

        options.passwordStdin = false;
        QVERIFY(!CredentialReader::read(options, {}, nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("No password given")), qPrintable(error));

        QProcessEnvironment environment;
        environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QStringLiteral("pw"));
        QVERIFY(!CredentialReader::read(options, environment, nullptr, &error));
        QCOMPARE(error,
                 QStringLiteral("No username given: use --username or the COMMDESK_USERNAME environment "
                                "variable."));
        options.username = QStringLiteral("demo");
        QVERIFY(!CredentialReader::read(options, environment, nullptr, &error));
        QCOMPARE(error,
                 QStringLiteral("No organisation given: use --organisation or the COMMDESK_ORGANISATION "
                                "environment variable."));
        options.organisation = QStringLiteral("DEMO");
        QCOMPARE(CredentialReader::read(options, environment, nullptr, &error)->password, QStringLiteral("pw"));

        // An API key in the environment needs no username, and is preferred to a password there.
        environment.insert(QStringLiteral("COMMDESK_API_KEY"), QStringLiteral("KEY"));
        const auto byKey = CredentialReader::read(GlobalOptions(), environment, nullptr, &error);
        QVERIFY(byKey);
        QCOMPARE(byKey->apiKey, QStringLiteral("KEY"));
    }

    void tokenizerKeepsOrderAndWords()
    {
        const CommandLine line = CommandLine::parse(args("queue --json list --media SMS --json"));
        QVERIFY(!line.hasError());
        QCOMPARE(line.words(), args("queue list"));
        QCOMPARE(line.options(), args("json media"));
        QCOMPARE(line.value(QStringLiteral("media")), QStringLiteral("SMS"));
        QVERIFY(CommandLine::isKnown(QStringLiteral("max-reject-ratio")));
        const CommandLine repeated = CommandLine::parse(args("--parameter a:string=1 --parameter=b:string=2"));
        QVERIFY(!repeated.hasError());
        QCOMPARE(repeated.values(QStringLiteral("parameter")), args("a:string=1 b:string=2"));
        QCOMPARE(repeated.value(QStringLiteral("parameter")), QStringLiteral("a:string=1"));
        QVERIFY(CommandLine::isRepeatable(QStringLiteral("remove-parameter")));
        QVERIFY(!CommandLine::isRepeatable(QStringLiteral("group")));
        QVERIFY(!CommandLine::isKnown(QStringLiteral("password")));
    }

    void profileGivesWhatTheCommandLineLeavesOut()
    {
        QTemporaryDir dir;
        ServerProfile lab = office();
        lab.name = QStringLiteral("Lab");
        lab.serverUrl = QStringLiteral("https://lab.example.com");
        QProcessEnvironment environment = withProfiles(dir, {office(), lab});
        // The profile wins over the environment...
        environment.insert(QStringLiteral("COMMDESK_SERVER"), QStringLiteral("https://env.example.com"));
        environment.insert(QStringLiteral("COMMDESK_USERNAME"), QStringLiteral("env-user"));
        const QStringList orders[] = {args("--profile Office categories"), args("categories --profile=Office"),
                                      args("--json categories --profile Office")};
        for (const QStringList &order : orders) {
            const ParseOutcome outcome = CliParser::parse(order, environment);
            QCOMPARE(outcome.action, Action::Run);
            const GlobalOptions &global = outcome.invocation.global;
            QCOMPARE(global.server, QStringLiteral("https://office.example.com"));
            QCOMPARE(global.username, QStringLiteral("eleni"));
            QCOMPARE(global.organisation, QStringLiteral("ACME"));
            QCOMPARE(global.unit, QStringLiteral("Head Office"));
            QVERIFY(global.profile.has_value());
            QCOMPARE(*global.profile, office());
        }
        QCOMPARE(CliParser::parse(args("--profile Lab categories"), environment).invocation.global.server,
                 QStringLiteral("https://lab.example.com"));

        // ...and the command line wins over the profile.
        const ParseOutcome overridden = CliParser::parse(
            args("categories --profile Office --server https://cli.example.com --username me --organisation ORG "
                 "--unit Branch"),
            environment);
        QCOMPARE(overridden.action, Action::Run);
        QCOMPARE(overridden.invocation.global.server, QStringLiteral("https://cli.example.com"));
        QCOMPARE(overridden.invocation.global.username, QStringLiteral("me"));
        QCOMPARE(overridden.invocation.global.organisation, QStringLiteral("ORG"));
        QCOMPARE(overridden.invocation.global.unit, QStringLiteral("Branch"));
        QCOMPARE(overridden.invocation.global.profile->name, QStringLiteral("Office"));

        // Without --profile, the settings are not looked at.
        const ParseOutcome without = CliParser::parse(args("categories"), environment);
        QCOMPARE(without.invocation.global.server, QStringLiteral("https://env.example.com"));
        QVERIFY(!without.invocation.global.profile);
    }

    void unknownProfileNamesTheProfiles()
    {
        QTemporaryDir dir;
        ServerProfile lab = office();
        lab.name = QStringLiteral("Lab");
        const QProcessEnvironment environment = withProfiles(dir, {office(), lab});
        const ParseOutcome outcome = CliParser::parse(args("categories --profile office"), environment);
        QCOMPARE(outcome.action, Action::Usage);
        QCOMPARE(outcome.error,
                 QStringLiteral("There is no profile named \"office\": the profiles are \"Office\", "
                                "\"Lab\"."));

        QTemporaryDir emptyDir;
        const ParseOutcome none = CliParser::parse(args("categories --profile Office"), withProfiles(emptyDir, {}));
        QCOMPARE(none.action, Action::Usage);
        QVERIFY2(none.error.startsWith(QStringLiteral("There is no profile named \"Office\": ")),
                 qPrintable(none.error));
        QVERIFY2(none.error.contains(QStringLiteral("holds no profiles")), qPrintable(none.error));

        QCOMPARE(CliParser::parse(args("categories --profile="), environment).error,
                 QStringLiteral("The option --profile needs the name of a profile of the CommDesk app."));
        // queue check reports it as UNKNOWN, like every usage error.
        QVERIFY(CliParser::parse(args("queue check --profile Nope"), environment).monitoring);
    }

    void settingsAreTheDesktopApps()
    {
        QProcessEnvironment environment;
        const QString desktop = QSettings(QStringLiteral("CommDesk"), QStringLiteral("CommDesk")).fileName();
        QCOMPARE(CliProfiles::openSettings(environment)->fileName(), desktop);
        environment.insert(QStringLiteral("COMMDESK_SETTINGS"), QStringLiteral("/tmp/elsewhere.conf"));
        QCOMPARE(CliProfiles::openSettings(environment)->fileName(), QStringLiteral("/tmp/elsewhere.conf"));
    }

    void profileTlsAsTheAppAppliesIt()
    {
        TlsPolicy tls;
        QString error;
        QVERIFY2(CliProfiles::applyTls(office(), tls, &error), qPrintable(error));
        QCOMPARE(tls.pinnedFingerprints(), office().pinnedCertificates);
        QCOMPARE(tls.caBundlePath(), office().caBundlePath);
        QVERIFY(!tls.caCertificates().isEmpty());

        ServerProfile broken = office();
        broken.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(!CliProfiles::applyTls(broken, tls, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The CA bundle /nonexistent/ca.pem cannot be read")),
                 qPrintable(error));
    }

    // The whole run in process, with a keychain of the test's own: the secret the keychain keeps
    // for the profile's account signs in, and the profile's TLS settings reach the client.
    void keychainSecretOfTheProfileSignsIn()
    {
        ScriptedPeer peer;
        peer.setResponder([](const ScriptedPeer::Request &request) {
            ScriptedPeer::Answer answer;
            answer.body = request.path().endsWith("authentication/token")
                ? ScriptedPeer::envelope("OK", R"({"token":"T1"})")
                : ScriptedPeer::envelope("OK", "[]");
            return answer;
        });
        ServerProfile profile = office();
        profile.serverUrl = peer.url();
        QTemporaryDir dir;
        const QProcessEnvironment environment = withProfiles(dir, {profile});

        auto *backend = new MemorySecretBackend;
        backend->write(profile.secretKey(), QStringLiteral("from-keychain"), [](const SecretOutcome &) {});
        SecretStore secrets {std::unique_ptr<SecretBackend>(backend)};

        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CliApplication cli(&out, &err, nullptr);
        cli.setSecretStore(&secrets);
        QSignalSpy finished(&cli, &CliApplication::finished);
        QVERIFY(!cli.start(args("categories --profile Office"), environment));
        QCOMPARE(cli.client()->tlsPolicy().pinnedFingerprints(), profile.pinnedCertificates);
        QCOMPARE(cli.client()->tlsPolicy().caBundlePath(), profile.caBundlePath);
        QVERIFY(finished.wait(10000));
        QVERIFY2(err.data().isEmpty(), err.data().constData());
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY(!peer.requests().isEmpty());
        QCOMPARE(QJsonDocument::fromJson(peer.requests().first().body).object(),
                 json(R"({"organisation":"ACME","password":"from-keychain","unit":"Head Office","username":"eleni"})"));
    }

    // Another account than the profile's has another keychain entry: nothing there, exit 2.
    void keychainWithoutTheSecretIsAUsageError()
    {
        ScriptedPeer peer;
        ServerProfile profile = office();
        profile.serverUrl = peer.url();
        QTemporaryDir dir;
        const QProcessEnvironment environment = withProfiles(dir, {profile});
        auto *backend = new MemorySecretBackend;
        backend->write(profile.secretKey(), QStringLiteral("from-keychain"), [](const SecretOutcome &) {});
        SecretStore secrets {std::unique_ptr<SecretBackend>(backend)};

        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CliApplication cli(&out, &err, nullptr);
        cli.setSecretStore(&secrets);
        QSignalSpy finished(&cli, &CliApplication::finished);
        QVERIFY(!cli.start(args("categories --profile Office --username someone"), environment));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), 2);
        QCOMPARE(err.data(),
                 QByteArray("commdesk-cli: The keychain holds no password for profile \"Office\": pipe it "
                            "to --password-stdin or set COMMDESK_PASSWORD. Run 'commdesk-cli --help' for "
                            "usage.\n"));
        QVERIFY(out.data().isEmpty());
        QVERIFY(peer.requests().isEmpty());
    }

    void keychainUnavailableSaysHowToGiveTheSecret()
    {
        ServerProfile profile = office();
        profile.useApiKey = true;
        QTemporaryDir dir;
        const QProcessEnvironment environment = withProfiles(dir, {profile});
        SecretStore secrets {std::make_unique<UnavailableSecretBackend>(QStringLiteral("no Secret Service"))};
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CliApplication cli(&out, &err, nullptr);
        cli.setSecretStore(&secrets);
        QSignalSpy finished(&cli, &CliApplication::finished);
        QVERIFY(!cli.start(args("queue check --profile Office"), environment));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), 3); // UNKNOWN: a monitoring system reads it
        QVERIFY2(err.data().startsWith("commdesk-cli: The keychain cannot be reached (no Secret Service), so the API "
                                       "key of profile \"Office\" cannot be read from it: pipe it to --api-key-stdin "
                                       "or set COMMDESK_API_KEY."),
                 err.data().constData());
        QVERIFY(out.data().startsWith("QUEUE UNKNOWN - The keychain cannot be reached"));
    }

    // A secret in the environment or on standard input wins: the keychain is not asked.
    void givenSecretWinsOverTheKeychain()
    {
        GlobalOptions options;
        QVERIFY(!CredentialReader::givesSecret(options, {}));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QStringLiteral("pw"));
        QVERIFY(CredentialReader::givesSecret(options, environment));
        options.apiKeyStdin = true;
        QVERIFY(CredentialReader::givesSecret(options, {}));
        options.apiKeyStdin = false;
        options.passwordStdin = true;
        QVERIFY(CredentialReader::givesSecret(options, {}));
    }
};

QTEST_GUILESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
