// The real commdesk-cli program, run as a script would run it, against a scripted local peer:
// exit codes, what reaches stdout and stderr (and what never does), secrets, tables and JSON, and
// queue stats and queue check end to end. Also --version and --help of all three programs.
#include "ActionJournal.h"
#include "CliProcess.h"
#include "ProfileStore.h"
#include "ScriptedPeer.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#ifndef COMMDESK_CLI_PATH
#error "COMMDESK_CLI_PATH must name the commdesk-cli program (tests/unit/CMakeLists.txt)"
#endif

using Answer = ScriptedPeer::Answer;
using Request = ScriptedPeer::Request;
using commdesk::ProfileStore;
using commdesk::ServerProfile;
using commdesk::Settings;

namespace {

const QByteArray kToken = "TOKEN-0f9e8d7c6b5a";
const QByteArray kPassword = "pa ss-w0rd";

using Run = CliProcess::Run;
using CliProcess::cleanEnvironment;

// Runs the program in the test's event loop, so the scripted peer keeps answering meanwhile.
Run run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = cleanEnvironment())
{
    return CliProcess::run(QStringLiteral(COMMDESK_CLI_PATH), arguments, input, environment, 30000);
}

Answer ok(const QByteArray &data)
{
    Answer answer;
    answer.body = ScriptedPeer::envelope("OK", data);
    return answer;
}

Answer status(const QByteArray &code, const QByteArray &message)
{
    Answer answer;
    answer.body = ScriptedPeer::envelope(code, "null", message);
    return answer;
}

// A peer that signs in with kToken, releases it, and answers everything else with `other`.
void serve(ScriptedPeer &peer, std::function<Answer(const Request &)> other)
{
    peer.setResponder([other = std::move(other)](const Request &request) {
        if (request.path().endsWith("authentication/token/release"))
            return ok("{}");
        if (request.path().contains("/authentication/"))
            return ok(R"({"token":")" + kToken + R"("})");
        return other(request);
    });
}

const QByteArray kCommunications = R"([
    {"id":"0A1B2C3D4E5F60718293A4B5C6D7E8F9","number":"CM000680","life_cycle_state":"COMPLETED",
     "direction":"OUTGOING","media":"EMAIL","subject":"Your invoice","content":"Dear Eleni",
     "contact_information":{"id":"C1","number":"CI000111","name":"Eleni Georgiou"},
     "log_information":{"created_date":"Mon May 22 12:42:03 EEST 2017"}},
    {"id":"1A1B2C3D4E5F60718293A4B5C6D7E8F9","number":"CM000681","life_cycle_state":"DRAFT",
     "direction":"INCOMING","media":"SMS","subject":"Call me","contact_information":{"name":"Nikos Ioannou"},
     "log_information":{"created_date":"2017-05-23T08:00:00Z"}}])";

// What a terminal without a desktop session, or a package check, has: no runtime folder, no display.
QProcessEnvironment withoutSession()
{
    QProcessEnvironment environment = cleanEnvironment();
    for (const char *name : {"XDG_RUNTIME_DIR", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QStringList withServer(const ScriptedPeer &peer, QStringList arguments)
{
    arguments << QStringLiteral("--server") << peer.url() << QStringLiteral("--username") << QStringLiteral("demo")
              << QStringLiteral("--organisation") << QStringLiteral("DEMO") << QStringLiteral("--password-stdin");
    return arguments;
}

QStringList args(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// The desktop app's profile "Office", written through ProfileStore into a settings file of the
// test's own, which COMMDESK_SETTINGS names. No keychain can be reached: the session bus is
// pointed nowhere, so that the run never depends on the machine's keychain.
QProcessEnvironment profileEnvironment(const QTemporaryDir &dir, const QString &serverUrl,
                                       const std::function<void(ServerProfile &)> &change = {})
{
    ServerProfile profile;
    profile.name = QStringLiteral("Office");
    profile.serverUrl = serverUrl;
    profile.organisation = QStringLiteral("ACME");
    profile.unit = QStringLiteral("Head Office");
    profile.username = QStringLiteral("eleni");
    profile.rememberSecret = true;
    ServerProfile lab = profile;
    lab.name = QStringLiteral("Lab");
    lab.serverUrl = QStringLiteral("http://127.0.0.1:1");
    if (change)
        change(profile);
    const QString file = dir.filePath(QStringLiteral("CommDesk.conf"));
    {
        Settings settings(file);
        ProfileStore store(&settings);
        store.save(profile);
        store.save(lab);
        settings.sync();
    }
    QProcessEnvironment environment = cleanEnvironment();
    environment.insert(QStringLiteral("COMMDESK_SETTINGS"), file);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/commdesk-bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return environment;
}

// A queue behind communications/queue/list: entries per "media=SMS" or "id=<external system id>"
// and state; `paged` false plays a server before R13 that ignores paging.
struct FakeQueue
{
    QHash<QString, QHash<QString, int>> counts; // source -> state -> count
    QHash<QString, qint64> oldestPending; // source -> age in seconds
    bool paged = true;
    QByteArray systems = "[]";

    Answer answer(const Request &request) const
    {
        if (request.path().endsWith("external_systems/list"))
            return ok(systems);
        const QUrlQuery query(QString::fromLatin1(request.query()));
        QString source = QStringLiteral("media=") + query.queryItemValue(QStringLiteral("media"));
        if (query.hasQueryItem(QStringLiteral("communication_queue_external_system_identifier")))
            source = query.queryItemValue(QStringLiteral("communication_queue_external_system_identifier"));
        const QString state = query.queryItemValue(QStringLiteral("life_cycle_state"));
        const int total = counts.value(source).value(state);
        int first = 0;
        int end = total;
        if (paged) {
            first = std::min(total, query.queryItemValue(QStringLiteral("offset")).toInt());
            end = std::min(total, first + query.queryItemValue(QStringLiteral("number_of_results")).toInt());
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonArray page;
        for (int i = first; i < end; ++i) {
            // Newest first: the last entry of a source is its oldest.
            const qint64 age = i == total - 1 ? oldestPending.value(source, 10) : 10;
            page.append(QJsonObject {
                {QStringLiteral("id"), QString(source + u'-' + state + u'-' + QString::number(i))},
                {QStringLiteral("life_cycle_state"), state},
                {QStringLiteral("log_information"),
                 QJsonObject {{QStringLiteral("created_date"), now.addSecs(-age).toString(Qt::ISODate)}}}});
        }
        return ok(QJsonDocument(page).toJson(QJsonDocument::Compact));
    }
};

// The oldest PENDING age depends on when the program measured: 45 s may read 46 s a moment later.
// Accepts 45 to 47 and writes it as 45, so the rest of the line can be compared literally.
QByteArray withAgeOf45(QByteArray line)
{
    static const QRegularExpression age(QStringLiteral("(oldest_pending=|oldest )(4[5-7])s"));
    return QString::fromUtf8(line).replace(age, QStringLiteral("\\145s")).toUtf8();
}

int countRequests(const ScriptedPeer &peer, const QByteArray &queryPart)
{
    int n = 0;
    for (const Request &request : peer.requests())
        n += request.query().contains(queryPart) ? 1 : 0;
    return n;
}

} // namespace

class TestCliBinary : public QObject
{
    Q_OBJECT

private:
    static void verifyOneErrorLine(const Run &result)
    {
        QVERIFY2(result.err.endsWith('\n') && result.err.count('\n') == 1, result.err.constData());
        QVERIFY2(result.err.startsWith("commdesk-cli: "), result.err.constData());
    }

    static void verifyNoSecret(const Run &result)
    {
        QVERIFY(!result.out.contains(kToken));
        QVERIFY(!result.err.contains(kToken));
        QVERIFY(!result.out.contains(kPassword));
        QVERIFY(!result.err.contains(kPassword));
    }

private Q_SLOTS:
    // Without a desktop session, as a package check runs them: the answer and nothing else.
    void help()
    {
        const Run result = run(args("--help"), {}, withoutSession());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("Usage: commdesk-cli --server URL"));
        QVERIFY(result.out.contains("queue check [--max-pending N]"));
        QVERIFY(result.out.contains("--version"));
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    }

    void version()
    {
        const Run result = run(args("--version"), {}, withoutSession());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("commdesk-cli " COMMDESK_VERSION "\n"));
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    }

    // What a terminal without a desktop session, or a package check, sees: the answer and nothing
    // else, no Qt warning before it (no XDG_RUNTIME_DIR, no display).
    void informationAloneWithoutASession_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QByteArray>("expected"); // the whole output, or its start for --help
        const QByteArray version(" " COMMDESK_VERSION "\n");
#ifdef COMMDESK_APP_PATH
        const QString app = QStringLiteral(COMMDESK_APP_PATH);
        QTest::newRow("commdesk --version") << app << QStringLiteral("--version") << "CommDesk" + version;
        QTest::newRow("commdesk --help") << app << QStringLiteral("--help") << QByteArray("Usage: ");
#endif
#ifdef COMMDESK_SANDBOX_PATH
        const QString sandbox = QStringLiteral(COMMDESK_SANDBOX_PATH);
        QTest::newRow("commdesk-sandbox --version")
            << sandbox << QStringLiteral("--version") << "commdesk-sandbox" + version;
        QTest::newRow("commdesk-sandbox --help") << sandbox << QStringLiteral("--help") << QByteArray("Usage: ");
#endif
    }

    void informationAloneWithoutASession()
    {
        QFETCH(QString, program);
        QFETCH(QString, option);
        QFETCH(QByteArray, expected);
        const Run result = CliProcess::run(program, {option}, {}, withoutSession(), 30000);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        if (option == QLatin1StringView("--version"))
            QCOMPARE(result.out, expected);
        else
            QVERIFY2(result.out.startsWith(expected) && result.out.contains("--version"), result.out.constData());
    }

    // One error of each stage that can refuse a command line: the parser, the server, the
    // credentials and the files it reads. tst_cliparser checks every sentence in the process.
    void usageErrorsExit2WithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("sentence");
        QTest::newRow("no command") << args("--server http://127.0.0.1:1") << QByteArray("No command given.");
        QTest::newRow("bad server") << args("categories --server ftp://example.com")
                                    << QByteArray("The server address must start with http:// or https://.");
        QTest::newRow("no password") << args("categories --server http://127.0.0.1:1 --username u --organisation o")
                                     << QByteArray("No password given");
        QTest::newRow("unreadable file") << args(
            "communications update number=CM1 --content-file /nonexistent/x.txt --server http://127.0.0.1:1")
                                         << QByteArray("The file \"/nonexistent/x.txt\" could not be read");
    }

    void usageErrorsExit2WithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, sentence);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        verifyOneErrorLine(result);
        QVERIFY2(result.err.contains(sentence), result.err.constData());
        QVERIFY(result.err.endsWith("Run 'commdesk-cli --help' for usage.\n"));
    }

    void passwordOnTheCommandLineIsRefused()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok("[]"); });
        const Run result =
            run(QStringList {QStringLiteral("categories"), QStringLiteral("--server"), peer.url(),
                             QStringLiteral("--username"), QStringLiteral("demo"), QStringLiteral("--organisation"),
                             QStringLiteral("DEMO"), QStringLiteral("--password"), QString::fromLatin1(kPassword)});
        QCOMPARE(result.exitCode, 2);
        verifyOneErrorLine(result);
        QVERIFY(result.err.contains("Passwords are not accepted on the command line"));
        QVERIFY(result.err.contains("--password-stdin"));
        verifyNoSecret(result);
        QCOMPARE(peer.requests().size(), 0);
    }

    void passwordFromStandardInput()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok(R"([{"id":"K1","name":"Billing","code":"BIL"}])"); });
        const Run result = run(withServer(peer, args("categories --unit Nicosia")), kPassword + "\r\nignored\n");
        QCOMPARE(result.exitCode, 0);
        const Request &login = peer.requests().first();
        QCOMPARE(login.path(), QByteArray("/crmapi/rest/v2/authentication/token"));
        QCOMPARE(QJsonDocument::fromJson(login.body).object(),
                 QJsonDocument::fromJson(R"({"organisation":"DEMO","password":")" + kPassword
                                         + R"(","unit":"Nicosia","username":"demo"})")
                     .object());
        QCOMPARE(peer.requests().at(1).target,
                 "/crmapi/rest/v2/communications/configuration/categories/list?token=" + kToken);
        QVERIFY(result.out.contains("K1  Billing  BIL"));
        verifyNoSecret(result);
    }

    void passwordAndServerFromTheEnvironment()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok("[]"); });
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("COMMDESK_SERVER"), peer.url());
        environment.insert(QStringLiteral("COMMDESK_USERNAME"), QStringLiteral("env-user"));
        environment.insert(QStringLiteral("COMMDESK_ORGANISATION"), QStringLiteral("ENV"));
        environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QString::fromLatin1(kPassword));
        const Run result = run(args("external-systems"), {}, environment);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(peer.requests().first().body).object(),
            QJsonDocument::fromJson(R"({"organisation":"ENV","password":")" + kPassword + R"(","username":"env-user"})")
                .object());
        QCOMPARE(result.out, QByteArray("ID  NAME  ALTERNATIVE_CODE  CHARACTER_LIMIT  DESCRIPTION\n"));
    }

    void apiKeyFromStandardInput()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok("[]"); });
        const Run result = run(QStringList {QStringLiteral("categories"), QStringLiteral("--server"), peer.url(),
                                            QStringLiteral("--api-key-stdin")},
                               "KEY-123\n");
        QCOMPARE(result.exitCode, 0);
        const Request &login = peer.requests().first();
        QCOMPARE(login.path(), QByteArray("/crmapi/rest/v2/authentication/web_api_key/token"));
        QCOMPARE(login.headers.value("authorization"), "Basic " + QByteArray("KEY-123:").toBase64());
    }

    void listAsTableThenTokenReleased()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok(kCommunications); });
        const Run result =
            run(withServer(peer, args("communications list --category name=Billing --limit 2")), kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QCOMPARE(
            result.out,
            QByteArray("NUMBER    STATE      DIRECTION  MEDIA  CONTACT         SUBJECT       CREATED\n"
                       "CM000680  COMPLETED  OUTGOING   EMAIL  Eleni Georgiou  Your invoice  2017-05-22T09:42:03Z\n"
                       "CM000681  DRAFT      INCOMING   SMS    Nikos Ioannou   Call me       2017-05-23T08:00:00Z\n"));
        QCOMPARE(peer.requests().size(), 3);
        QCOMPARE(peer.requests().at(1).target,
                 "/crmapi/rest/v2/communications/list?token=" + kToken
                     + "&category_identifier=name=Billing&number_of_results=2");
        const Request &release = peer.requests().at(2);
        QCOMPARE(release.path(), QByteArray("/crmapi/rest/v2/authentication/token/release"));
        QCOMPARE(release.body, R"({"token":")" + kToken + R"("})");
        verifyNoSecret(result);
    }

    void listAsJson()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok(kCommunications); });
        const Run result =
            run(withServer(peer, args("--json communications list --contact number=CI000111 --media email")),
                kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QLatin1StringView("number")).toString(), QStringLiteral("CM000680"));
        QCOMPARE(first.value(QLatin1StringView("log_information")).toObject().value(QLatin1StringView("created_date")),
                 QJsonValue(QStringLiteral("2017-05-22T09:42:03Z")));
        QVERIFY(peer.requests().at(1).query().endsWith("contact_information_identifier=number=CI000111&media=EMAIL"));
        verifyNoSecret(result);
    }

    void showAsFieldBlock()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) {
            return ok(QJsonDocument(QJsonDocument::fromJson(kCommunications).array().first().toObject())
                          .toJson(QJsonDocument::Compact));
        });
        const Run result = run(withServer(peer, args("communications show number=CM000680")), kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.first(), QByteArray("number:                       CM000680"));
        QVERIFY(result.out.contains("\ncontact_information:          Eleni Georgiou (CI000111)\n"));
        QVERIFY(result.out.endsWith("\ncontent:                      Dear Eleni\n"));
        QVERIFY(peer.requests().at(1).query().endsWith("&communication_identifier=number=CM000680"));
    }

    void createSendsTheInput()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) {
            return ok(QJsonDocument(QJsonDocument::fromJson(kCommunications).array().at(1).toObject())
                          .toJson(QJsonDocument::Compact));
        });
        const Run result =
            run(withServer(peer,
                           QStringList {QStringLiteral("communications"), QStringLiteral("create"),
                                        QStringLiteral("--contact"), QStringLiteral("number=CI000111"),
                                        QStringLiteral("--media"), QStringLiteral("sms"), QStringLiteral("--subject"),
                                        QStringLiteral("Καλημέρα"), QStringLiteral("--draft")}),
                kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        const Request &create = peer.requests().at(1);
        QCOMPARE(create.path(), QByteArray("/crmapi/rest/v2/communications/create"));
        QCOMPARE(QJsonDocument::fromJson(create.body).object(),
                 QJsonDocument::fromJson(R"({"token":")" + kToken + R"(",
                    "contact_information_identifier":{"number":"CI000111"},"media":"SMS",
                    "subject":"Καλημέρα","life_cycle_state":"DRAFT"})")
                     .object());
        QVERIFY(result.out.startsWith("number:"));
    }

    void commandsReachTheirCalls_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("wire"); // the query of a GET (after the token), the body of a POST
        QTest::newRow("update") << QStringList {QStringLiteral("communications"),
                                                QStringLiteral("update"),
                                                QStringLiteral("number=CM1"),
                                                QStringLiteral("--subject"),
                                                QStringLiteral("New"),
                                                QStringLiteral("--notes"),
                                                QString()}
                                << QByteArray("communications/update")
                                << QByteArray(R"({"communication_identifier":{"number":"CM1"},"subject":"New",)"
                                              R"("notes":null})");
        QTest::newRow("create with every member")
            << QStringList {QStringLiteral("communications"),  QStringLiteral("create"),
                            QStringLiteral("--contact"),       QStringLiteral("number=CI1"),
                            QStringLiteral("--group"),         QStringLiteral("name=Sales"),
                            QStringLiteral("--privacy-level"), QStringLiteral("number=PL001"),
                            QStringLiteral("--udf-string-3"),  QStringLiteral("Καλημέρα"),
                            QStringLiteral("--udf-float-1"),   QStringLiteral("2.5"),
                            QStringLiteral("--udf-date-1"),    QStringLiteral("2026-01-31"),
                            QStringLiteral("--referring-to"),  QStringLiteral("JOBS:number=J000123"),
                            QStringLiteral("--parameter"),     QStringLiteral("colour:string=blue"),
                            QStringLiteral("--parameter"),     QStringLiteral("count:integer=3")}
            << QByteArray("communications/create")
            << QByteArray(R"({"contact_information_identifier":{"number":"CI1"},)"
                          R"("owned_by_group_identifier":{"name":"Sales"},)"
                          R"("privacy_level_identifier":{"number":"PL001"},)"
                          R"("udf_string_3":"Καλημέρα","udf_float_1":2.5,"udf_date_1":"2026-01-31T00:00:00+00:00",)"
                          R"("referring_to":{"entity":"JOBS","entity_identifier":{"number":"J000123"}},)"
                          R"("unrestricted_parameter_set":[{"name":"colour","type":"STRING","string_value":"blue"},)"
                          R"({"name":"count","type":"INTEGER","integer_value":3}]})");
        QTest::newRow("update parameters")
            << args("communications update number=CM1 --remove-parameter name=colour --update-parameter "
                    "weight:float=0.5 --parameter due:date=2026-01-31 --referring-to= --udf-string-1=")
            << QByteArray("communications/update")
            << QByteArray(R"({"communication_identifier":{"number":"CM1"},"udf_string_1":null,"referring_to":null,)"
                          R"("unrestricted_parameter_set":[)"
                          R"({"action":"REMOVE","unrestricted_parameter_identifier":{"name":"colour"}},)"
                          R"({"action":"UPDATE","unrestricted_parameter_identifier":{"name":"weight"},)"
                          R"("name":"weight","type":"FLOAT","float_value":0.5},)"
                          R"({"action":"ADD","name":"due","type":"DATE","date_value":"2026-01-31T00:00:00+00:00"}]})");
        QTest::newRow("contacts show") << QStringList {QStringLiteral("contacts"), QStringLiteral("show"),
                                                       QStringLiteral("passport_number=K 20000271")}
                                       << QByteArray("contact_information/show")
                                       << QByteArray("contact_information_identifier=passport_number=K%2020000271");
        QTest::newRow("complete") << args("communications complete number=CM1") << QByteArray("communications/complete")
                                  << QByteArray(R"({"communication_identifier":{"number":"CM1"}})");
        QTest::newRow("view") << args("communications view id=ABC --on 2017-05-22T12:42:03+03:00")
                              << QByteArray("communications/set_as_viewed")
                              << QByteArray(R"({"communication_identifier":{"id":"ABC"},)"
                                            R"("viewed_on":"2017-05-22T12:42:03+03:00"})");
        QTest::newRow("templates") << args("templates --direction outgoing --media sms")
                                   << QByteArray("communications/configuration/templates/list")
                                   << QByteArray("direction=OUTGOING&media=SMS");
        QTest::newRow("queue list") << args("queue list --media EMAIL --state rejected --limit 10 --offset 20")
                                    << QByteArray("communications/queue/list")
                                    << QByteArray(
                                           "media=EMAIL&life_cycle_state=REJECTED&number_of_results=10&offset=20");
        QTest::newRow("queue show") << args("queue show number=CQ000001") << QByteArray("communications/queue/show")
                                    << QByteArray("communication_queue_identifier=number=CQ000001");
        QTest::newRow("queue pending") << args("queue pending --media SMS --contact number=CI1 --number 5")
                                       << QByteArray("communications/queue/get_pending")
                                       << QByteArray("media=SMS&contact_information_identifier=number=CI1&number=5");
        QTest::newRow("queue pending-completed")
            << QStringList {QStringLiteral("queue"), QStringLiteral("pending-completed"),
                            QStringLiteral("--external-system"), QStringLiteral("name=SMS Gateway")}
            << QByteArray("communications/queue/get_pending_completed")
            << QByteArray("communication_queue_external_system_identifier=name=SMS%20Gateway");
        QTest::newRow("queue complete") << args("queue complete number=CQ1")
                                        << QByteArray("communications/queue/complete")
                                        << QByteArray(R"({"communication_queue_identifier":{"number":"CQ1"}})");
        QTest::newRow("queue reject") << QStringList {QStringLiteral("queue"),       QStringLiteral("reject"),
                                                      QStringLiteral("number=CQ1"),  QStringLiteral("--code"),
                                                      QStringLiteral("BOUNCED"),     QStringLiteral("--description"),
                                                      QStringLiteral("Mailbox full")}
                                      << QByteArray("communications/queue/reject")
                                      << QByteArray(R"({"communication_queue_identifier":{"number":"CQ1"},)"
                                                    R"("error_code":"BOUNCED","error_description":"Mailbox full"})");
        QTest::newRow("queue remove") << args("queue remove id=ABC") << QByteArray("communications/queue/remove")
                                      << QByteArray(R"({"communication_queue_identifier":{"id":"ABC"}})");
    }

    void commandsReachTheirCalls()
    {
        QFETCH(QStringList, command);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, wire);
        ScriptedPeer peer;
        serve(peer, [](const Request &request) {
            const bool list = request.path().endsWith("list") || request.path().contains("/get_pending");
            return ok(list ? QByteArray(R"([{"id":"X","number":"N1","name":"N1"}])")
                           : QByteArray(R"({"id":"X","number":"N1"})"));
        });
        const Run result = run(withServer(peer, command), kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.out.contains("N1"));
        QCOMPARE(peer.requests().size(), 3); // login, the call, release
        const Request &call = peer.requests().at(1);
        QCOMPARE(call.path(), "/crmapi/rest/v2/" + method);
        if (call.method == "GET") {
            QCOMPARE(call.query(), "token=" + kToken + '&' + wire);
        } else {
            QJsonObject expected = QJsonDocument::fromJson(wire).object();
            expected.insert(QStringLiteral("token"), QString::fromLatin1(kToken));
            QCOMPARE(QJsonDocument::fromJson(call.body).object(), expected);
        }
    }

    // Queue actions taken from a script land in the action journal the desktop app shows, refused
    // ones too; a journal that cannot be written is said, and the action's outcome stands.
    void queueActionsAreJournalled()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &request) {
            if (request.path().endsWith("queue/remove"))
                return status("INVALID_STATE", "The entry is PENDING.");
            return ok(QByteArray(R"({"id":"E1","number":"CQ000042","life_cycle_state":"REJECTED"})"));
        });
        QTemporaryDir dir;
        QProcessEnvironment environment = cleanEnvironment();
        const QString path = dir.filePath(QStringLiteral("action-journal.sqlite"));
        environment.insert(QStringLiteral("COMMDESK_JOURNAL"), path);
        const QStringList reject = {
            QStringLiteral("queue"),        QStringLiteral("reject"),   QStringLiteral("id=E1"),
            QStringLiteral("--code"),       QStringLiteral("BOUNCED"),  QStringLiteral("--description"),
            QStringLiteral("Mailbox full"), QStringLiteral("--reason"), QStringLiteral("gateway down")};
        Run result = run(withServer(peer, reject), kPassword + '\n', environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        result = run(withServer(peer, args("queue remove number=CQ000007")), kPassword + '\n', environment);
        QCOMPARE(result.exitCode, 1);

        commdesk::ActionJournal journal;
        QVERIFY(journal.open(path));
        const QList<commdesk::JournalRecord> records = journal.records(); // newest first
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].action, QStringLiteral("reject"));
        QCOMPARE(records[1].user, QStringLiteral("demo"));
        QCOMPARE(records[1].entryNumber, QStringLiteral("CQ000042"));
        QCOMPARE(records[1].entryId, QStringLiteral("E1"));
        QCOMPARE(records[1].reason, QStringLiteral("gateway down"));
        QCOMPARE(records[1].detail, QStringLiteral("BOUNCED: Mailbox full"));
        QVERIFY(records[1].succeeded);
        QCOMPARE(records[1].answer, QStringLiteral("REJECTED"));
        QCOMPARE(records[0].action, QStringLiteral("remove"));
        QCOMPARE(records[0].entryNumber, QStringLiteral("CQ000007")); // as the command line named it
        QVERIFY(!records[0].succeeded);
        QVERIFY2(records[0].answer.startsWith(QStringLiteral("INVALID_STATE")), qPrintable(records[0].answer));

        // A journal that cannot be written: the action was done, and the user is told what is missing.
        environment.insert(QStringLiteral("COMMDESK_JOURNAL"), dir.path()); // a folder, not a file
        result = run(withServer(peer, args("queue complete id=E1")), kPassword + '\n', environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("CQ000042"));
        QVERIFY2(result.err.contains("not written to the action journal"), result.err.constData());
    }

    void serverErrorExits1WithItsMessage()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return status("NOT_FOUND", "No category is named Billng."); });
        const Run result = run(withServer(peer, args("communications list --category name=Billng")), kPassword + '\n');
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err, QByteArray("commdesk-cli: Not found: “No category is named Billng.”\n"));
        QCOMPARE(peer.count("authentication/token/release"), 1); // signed out all the same
    }

    void serverMessageStaysOneSafeLine()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return status("INVALID_PARAMETER", R"(bad\nvalue \u001b[2J here)"); });
        const Run result = run(withServer(peer, args("categories")), kPassword + '\n');
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err,
                 QByteArray("commdesk-cli: The server refused a value: “bad value \xEF\xBF\xBD[2J here”\n"));
    }

    void deceptiveServerTextIsNeutralisedButJsonIsExact()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &request) {
            if (request.path().endsWith("communications/list")) {
                return ok(R"([{"id":"X","number":"CM1","subject":"Invoice \u202Efdp.exe","udf_string_1":"a\u2028b",)"
                          R"("contact_information":{"name":"Eve\u200B\u2066"}}])");
            }
            return ok(R"({"id":"C1","number":"CI1","name":"Eve\u200B\u2066","first_name":"\u202Dx\uFEFF"})");
        });
        const QByteArray rlo = "\xE2\x80\xAE"; // U+202E in UTF-8
        const QByteArray replacement = "\xEF\xBF\xBD";
        Run result = run(withServer(peer, args("communications list --category name=A")), kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QByteArray("Invoice " + replacement + "fdp.exe")), result.out.constData());
        QVERIFY2(result.out.contains(QByteArray("Eve" + replacement + replacement)), result.out.constData());
        QVERIFY(!result.out.contains(rlo));

        result = run(withServer(peer, args("contacts show number=CI1")), kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QByteArray("\nname:       Eve" + replacement + replacement + '\n')),
                 result.out.constData());
        QVERIFY2(result.out.contains(QByteArray("\nfirst_name: " + replacement + 'x' + replacement + '\n')),
                 result.out.constData());

        result = run(withServer(peer, args("contacts show number=CI1 --json")), kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        const QJsonObject contact = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(contact.value(QLatin1StringView("name")).toString(), QStringLiteral("Eve\u200B\u2066"));
        QCOMPARE(contact.value(QLatin1StringView("first_name")).toString(), QStringLiteral("\u202Dx\uFEFF"));
    }

    void wrongCredentialsExit1()
    {
        ScriptedPeer peer;
        peer.setResponder([](const Request &) { return status("INVALID_CREDENTIALS", "bad"); });
        const Run result = run(withServer(peer, args("categories")), kPassword + '\n');
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err, QByteArray("commdesk-cli: The username, password or organisation is not correct.\n"));
        QCOMPARE(peer.requests().size(), 1); // no token: nothing to release
    }

    void connectionRefusedExits3()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QString::fromLatin1(kPassword));
        const Run result = run(QStringList {QStringLiteral("categories"), QStringLiteral("--server"), url,
                                            QStringLiteral("--username"), QStringLiteral("u"),
                                            QStringLiteral("--organisation"), QStringLiteral("o")},
                               {}, environment);
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.isEmpty());
        verifyOneErrorLine(result);
        QVERIFY2(result.err.contains("The server could not be reached"), result.err.constData());
    }

    void deadlineExits3()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) {
            Answer hang;
            hang.kind = Answer::Kind::Hang;
            return hang;
        });
        QElapsedTimer timer;
        timer.start();
        const Run result = run(withServer(peer, args("categories --timeout 1")), kPassword + '\n');
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.err, QByteArray("commdesk-cli: The server took too long to answer.\n"));
        QVERIFY2(timer.elapsed() < 10000, QByteArray::number(timer.elapsed()).constData());
    }

    void malformedAnswerExits4()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) {
            Answer answer;
            answer.body = R"({"status":{"code":"OK"},"data":[{"id":"K1",)";
            return answer;
        });
        const Run result = run(withServer(peer, args("categories --json")), kPassword + '\n');
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.out.isEmpty());
        verifyOneErrorLine(result);
        QVERIFY2(result.err.contains("could not be understood"), result.err.constData());
    }

    void noQtNoiseUnlessVerbose()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return status("INTERNAL_ERROR", "database unavailable"); });
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
        const Run quiet = run(withServer(peer, args("categories")), kPassword + '\n', environment);
        QCOMPARE(quiet.exitCode, 1);
        QCOMPARE(quiet.err, QByteArray("commdesk-cli: The server reported an error: “database unavailable”\n"));

        const Run verbose = run(withServer(peer, args("categories --verbose")), kPassword + '\n', environment);
        QCOMPARE(verbose.exitCode, 1);
        QVERIFY2(verbose.err.count('\n') > 1, verbose.err.constData());
        QVERIFY2(verbose.err.contains("token=REDACTED"), verbose.err.constData()); // the API layer's own lines
        // The sentence is still there, on a line of its own (diagnostics of the sign-out may follow it).
        QVERIFY(verbose.err.contains("\ncommdesk-cli: The server reported an error: “database unavailable”\n"));
        QVERIFY(verbose.err.contains("commdesk-cli: [debug] commdesk.api: GET "));
        verifyNoSecret(verbose);
    }

    void queueCheckStatuses_data()
    {
        QTest::addColumn<QStringList>("limits");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("line");
        const QByteArray measured = "12 pending, oldest 45s, reject ratio 0.02";
        QTest::newRow("ok") << args("--max-pending 200 --warn-pending 100 --max-oldest-pending 1200 "
                                    "--warn-oldest-pending 600 --max-reject-ratio 0.2 --warn-reject-ratio 0.1")
                            << 0
                            << "QUEUE OK - " + measured
                + " | pending=12;100;200 oldest_pending=45s;600;1200 reject_ratio=0.02;0.1;0.2\n";
        QTest::newRow("warning") << args("--max-pending 14") << 1
                                 << QByteArray("QUEUE WARNING - 12 pending (warning above 11), oldest 45s, reject "
                                               "ratio 0.02 | pending=12;11;14 oldest_pending=45s;; "
                                               "reject_ratio=0.02;;\n");
        QTest::newRow("critical") << args("--max-oldest-pending 30 --max-reject-ratio 0.5") << 2
                                  << QByteArray("QUEUE CRITICAL - 12 pending, oldest 45s (critical above 30s), reject "
                                                "ratio 0.02 | pending=12;; oldest_pending=45s;24;30 "
                                                "reject_ratio=0.02;0.4;0.5\n");
    }

    void queueCheckStatuses()
    {
        QFETCH(QStringList, limits);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, line);
        ScriptedPeer peer;
        FakeQueue queue;
        queue.systems = R"([{"id":"S1","name":"SMS Gateway"}])";
        queue.counts[QStringLiteral("media=SMS")] = {{QStringLiteral("PENDING"), 8}, {QStringLiteral("COMPLETED"), 40}};
        queue.counts[QStringLiteral("media=EMAIL")] = {
            {QStringLiteral("PENDING"), 4}, {QStringLiteral("COMPLETED"), 9}, {QStringLiteral("REJECTED"), 1}};
        queue.oldestPending[QStringLiteral("media=EMAIL")] = 45;
        // The gateway's entries are the SMS ones listed again: counted once.
        queue.counts[QStringLiteral("id=S1")] = {{QStringLiteral("PENDING"), 0}};
        serve(peer, [&queue](const Request &request) { return queue.answer(request); });
        const Run result =
            run(withServer(peer, QStringList {QStringLiteral("queue"), QStringLiteral("check")} + limits),
                kPassword + '\n');
        QCOMPARE(withAgeOf45(result.out), line);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.err.isEmpty());
        // Every media and every external system, each state.
        QCOMPARE(countRequests(peer, "media=FACE_TO_FACE&life_cycle_state="), 4);
        QCOMPARE(countRequests(peer, "communication_queue_external_system_identifier=id=S1&life_cycle_state="), 4);
    }

    void queueCheckUnknownWhenUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const Run result = run(QStringList {QStringLiteral("queue"), QStringLiteral("check"),
                                            QStringLiteral("--server"), url, QStringLiteral("--api-key-stdin")},
                               "KEY\n");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.startsWith("QUEUE UNKNOWN - The server could not be reached"), result.out.constData());
        QCOMPARE(result.out.count('\n'), 1);
        verifyOneErrorLine(result);
    }

    void queueCheckUsageErrorIsUnknown()
    {
        const Run result = run(args("queue check --max-pending many --server http://127.0.0.1:1"));
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.out,
                 QByteArray("QUEUE UNKNOWN - The option --max-pending needs a whole number of at least 0, "
                            "not \"many\".\n"));
        verifyOneErrorLine(result);
    }

    void statsPagesThroughTheQueue()
    {
        ScriptedPeer peer;
        FakeQueue queue;
        queue.counts[QStringLiteral("media=SMS")] = {
            {QStringLiteral("PENDING"), 1200}, {QStringLiteral("REJECTED"), 3}, {QStringLiteral("COMPLETED"), 500}};
        queue.oldestPending[QStringLiteral("media=SMS")] = 3600;
        serve(peer, [&queue](const Request &request) { return queue.answer(request); });
        const Run result = run(withServer(peer, args("queue stats --media SMS")), kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(1).simplified().startsWith("media SMS 1200 500 3 0 "), lines.at(1).constData());
        QVERIFY2(lines.at(1).simplified().endsWith(" 0.006"), lines.at(1).constData());
        QVERIFY2(lines.at(1).contains("3600s") || lines.at(1).contains("3601s"), lines.at(1).constData());
        for (const char *offset : {"offset=0&", "offset=500&", "offset=1000&"})
            QCOMPARE(countRequests(peer, QByteArray("life_cycle_state=PENDING&number_of_results=500&") + offset), 1);
        QCOMPARE(countRequests(peer, "life_cycle_state=PENDING&"), 3);
        QCOMPARE(countRequests(peer, "life_cycle_state=COMPLETED&"), 2); // a full page, then an empty one
    }

    void statsOnAServerBeforeR13()
    {
        ScriptedPeer peer;
        FakeQueue queue;
        queue.paged = false; // answers everything, whatever number_of_results says
        queue.counts[QStringLiteral("name=Mail relay")] = {{QStringLiteral("PENDING"), 1234},
                                                           {QStringLiteral("COMPLETED_AND_REMOVED"), 7}};
        serve(peer, [&queue](const Request &request) { return queue.answer(request); });
        const Run result = run(withServer(peer,
                                          QStringList {QStringLiteral("queue"), QStringLiteral("stats"),
                                                       QStringLiteral("--external-system"),
                                                       QStringLiteral("name=Mail relay"), QStringLiteral("--json")}),
                               kPassword + '\n');
        QCOMPARE(result.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        const QJsonObject total = report.value(QLatin1StringView("total")).toObject();
        QCOMPARE(total.value(QLatin1StringView("pending")).toInt(), 1234);
        QCOMPARE(total.value(QLatin1StringView("completed_and_removed")).toInt(), 7);
        QCOMPARE(total.value(QLatin1StringView("reject_ratio")).toDouble(), 0.0);
        QCOMPARE(report.value(QLatin1StringView("sources"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("external_system")),
                 QJsonValue(QJsonObject {{QStringLiteral("name"), QStringLiteral("Mail relay")}}));
        QCOMPARE(countRequests(peer, "life_cycle_state="), 4); // one page per state: it was everything
    }

    void profileWithPasswordFromTheEnvironment()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok("[]"); });
        QTemporaryDir dir;
        QProcessEnvironment environment = profileEnvironment(dir, peer.url());
        environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QString::fromLatin1(kPassword));
        // The profile wins over the environment's server and user.
        environment.insert(QStringLiteral("COMMDESK_SERVER"), QStringLiteral("http://127.0.0.1:1"));
        environment.insert(QStringLiteral("COMMDESK_USERNAME"), QStringLiteral("env-user"));
        const Run result = run(args("categories --profile Office"), {}, environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.err.isEmpty());
        QCOMPARE(peer.requests().first().path(), QByteArray("/crmapi/rest/v2/authentication/token"));
        QCOMPARE(QJsonDocument::fromJson(peer.requests().first().body).object(),
                 QJsonDocument::fromJson(R"({"organisation":"ACME","password":")" + kPassword
                                         + R"(","unit":"Head Office","username":"eleni"})")
                     .object());
        QVERIFY(peer.count("categories/list") == 1);
        verifyNoSecret(result);
    }

    void explicitOptionsWinOverTheProfile()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok("[]"); });
        QTemporaryDir dir;
        // The profile's server refuses connections: only --server can make this run succeed.
        QProcessEnvironment environment = profileEnvironment(dir, QStringLiteral("http://127.0.0.1:1"));
        const Run result =
            run(QStringList {QStringLiteral("--profile"), QStringLiteral("Office"), QStringLiteral("categories"),
                             QStringLiteral("--server"), peer.url(), QStringLiteral("--username"),
                             QStringLiteral("ops"), QStringLiteral("--password-stdin")},
                kPassword + "\n", environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(QJsonDocument::fromJson(peer.requests().first().body).object(),
                 QJsonDocument::fromJson(R"({"organisation":"ACME","password":")" + kPassword
                                         + R"(","unit":"Head Office","username":"ops"})")
                     .object());
    }

    void unknownProfileExits2WithTheProfiles()
    {
        QTemporaryDir dir;
        const Run result =
            run(args("categories --profile Nope"), {}, profileEnvironment(dir, QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        verifyOneErrorLine(result);
        QVERIFY2(result.err.contains(R"(no profile named "Nope": the profiles are "Office", "Lab".)"),
                 result.err.constData());
    }

    void keychainUnavailableSaysHowToGiveThePassword()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok("[]"); });
        QTemporaryDir dir;
        const Run result = run(args("categories --profile Office"), {}, profileEnvironment(dir, peer.url()));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        verifyOneErrorLine(result);
#ifdef Q_OS_LINUX
        QVERIFY2(result.err.startsWith("commdesk-cli: The keychain cannot be reached ("), result.err.constData());
#endif
        QVERIFY2(result.err.contains(R"(password of profile "Office")")
                     || result.err.contains(R"(no password for profile "Office")"),
                 result.err.constData());
        QVERIFY2(result.err.contains("pipe it to --password-stdin or set COMMDESK_PASSWORD."), result.err.constData());
        QCOMPARE(peer.requests().size(), 0);
    }

    void profileThatRemembersNoSecret()
    {
        ScriptedPeer peer;
        QTemporaryDir dir;
        const QProcessEnvironment environment = profileEnvironment(dir, peer.url(), [](ServerProfile &profile) {
            profile.rememberSecret = false;
            profile.useApiKey = true;
        });
        const Run result = run(args("categories --profile Office"), {}, environment);
        QCOMPARE(result.exitCode, 2);
        verifyOneErrorLine(result);
        QVERIFY2(result.err.contains(R"(The keychain holds no API key for profile "Office": pipe it to )"
                                     R"(--api-key-stdin or set COMMDESK_API_KEY.)"),
                 result.err.constData());
        QCOMPARE(peer.requests().size(), 0);
    }

    void profileCaBundleIsApplied()
    {
        ScriptedPeer peer;
        serve(peer, [](const Request &) { return ok("[]"); });
        QTemporaryDir dir;
        QProcessEnvironment environment = profileEnvironment(dir, peer.url(), [](ServerProfile &profile) {
            profile.caBundlePath = QStringLiteral("/nonexistent/acme-ca.pem");
        });
        environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QString::fromLatin1(kPassword));
        const Run result = run(args("categories --profile Office"), {}, environment);
        QCOMPARE(result.exitCode, 2);
        verifyOneErrorLine(result);
        QVERIFY2(result.err.contains("The CA bundle /nonexistent/acme-ca.pem cannot be read"), result.err.constData());
        QCOMPARE(peer.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBinary)
#include "tst_clibinary.moc"
