// The example answers of CRM.COM's own API pages (tests/data/crm-pages, copied verbatim) decoded by the
// code the GUI and the CLI use, with literal expectations; and the sandbox's answer to the same call
// decoded to the same values. Where the pages and the sandbox disagree, the pages are right.
#include "Capture.h"
#include "CliProcess.h"
#include "CommunicationsApi.h"
#include "SandboxFixture.h"
#include "ScriptedPeer.h"
#include "Wait.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace commdesk;

namespace {

QByteArray example(const char *name)
{
    QFile file(QStringLiteral(COMMDESK_CRM_PAGES_DIR "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The JSON of a page's request block, without the no-break space the page puts before it.
QByteArray requestOf(const char *name)
{
    const QByteArray text = example(name);
    return text.mid(text.indexOf('{'));
}

// The same answer as a list: the example's data as the only element of the array.
QByteArray asList(const QByteArray &answer)
{
    const QByteArray trimmed = answer.mid(answer.indexOf('{'));
    QJsonObject envelope = QJsonDocument::fromJson(trimmed).object();
    envelope.insert(QStringLiteral("data"), QJsonArray {envelope.value(QStringLiteral("data"))});
    return QJsonDocument(envelope).toJson();
}

const QDateTime kViewedOn(QDate(2017, 5, 22), QTime(9, 42, 3), QTimeZone::utc());

// What the set_as_viewed example says, apart from the id and number that only its server has.
void compareWithExample(const Communication &c)
{
    QCOMPARE(c.subject, QStringLiteral("Access Details"));
    QCOMPARE(c.viewed, std::optional<bool>(true));
    QVERIFY(c.viewedOn);
    QCOMPARE(c.viewedOn->when(), kViewedOn);
    QCOMPARE(c.lifeCycleState, std::optional<WireValue<LifeCycleState>>(LifeCycleState::Completed));
    QVERIFY(c.contact);
    QCOMPARE(c.contact->displayName(), QStringLiteral("Persia Xenopoulou"));
    QCOMPARE(c.contact->firstName, QStringLiteral("Persia"));
    QCOMPARE(c.contact->lastName, QStringLiteral("Xenopoulou"));
    QCOMPARE(c.contact->type, std::optional<WireValue<ContactType>>(ContactType::Person));
    QCOMPARE(c.contact->lifeCycleState, QStringLiteral("FINANCIAL"));
}

// commdesk-cli against the scripted peer, in the test's event loop so that the peer answers.
CliProcess::Run runCli(const ScriptedPeer &peer, const QString &arguments)
{
    QProcessEnvironment environment = CliProcess::cleanEnvironment();
    environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QStringLiteral("demo"));
    return CliProcess::run(QStringLiteral(COMMDESK_CLI_PATH),
                           arguments.split(u' ')
                               + QStringList {QStringLiteral("--server"), peer.url(), QStringLiteral("--username"),
                                              QStringLiteral("demo"), QStringLiteral("--organisation"),
                                              QStringLiteral("DEMO")},
                           {}, environment);
}

// The project's client, signed in with `token`, pointed at a scripted peer.
struct ExamplePeer
{
    explicit ExamplePeer(const QString &token)
    {
        client.setServer(peer.url());
        session.setToken(token);
    }
    ScriptedPeer peer;
    ApiClient client;
    Session session {&client};
    CommunicationsApi api {&session};
};

// A peer that signs in and answers every other call with `answer`.
void serveExample(ScriptedPeer &peer, const QByteArray &answer)
{
    peer.setResponder([answer](const ScriptedPeer::Request &request) {
        ScriptedPeer::Answer reply;
        if (request.path().endsWith("authentication/token/release"))
            reply.body = ScriptedPeer::envelope("OK", "{}");
        else if (request.path().contains("/authentication/"))
            reply.body = ScriptedPeer::envelope("OK", R"({"token":"TK"})");
        else
            reply.body = answer;
        return reply;
    });
}

} // namespace

class TestCrmPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // POST communications/set_as_viewed, Example 1: the request as the page shows it, the answer
    // decoded through CommunicationsApi.
    void setAsViewedExample()
    {
        ExamplePeer server(QStringLiteral("{{token}}"));
        ScriptedPeer &peer = server.peer;
        CommunicationsApi &api = server.api;
        peer.respond(example("set_as_viewed.example-1.response.json"));

        Capture<Communication> viewed;
        api.setAsViewed(nullptr, Identifier::byNumber(QStringLiteral("2781")), {}, viewed.handler());
        WAIT_VERIFY(viewed.done());
        QVERIFY2(viewed.ok(), qPrintable(viewed.ok() ? QString() : viewed.error().detail()));

        // The client's request carries what the page's does, member for member.
        const QJsonObject pageRequest =
            QJsonDocument::fromJson(requestOf("set_as_viewed.example-1.request.json")).object();
        QCOMPARE(QJsonDocument::fromJson(peer.requests().last().body).object(), pageRequest);

        const Communication &c = viewed.value();
        QCOMPARE(c.number, QStringLiteral("2781"));
        QCOMPARE(c.id, QStringLiteral("04F8A6F48E30433FA1B2ED3E0D84A9CD"));
        QCOMPARE(c.contact->id, QStringLiteral("71894DE2FC944DDD9E7B8C6626BB23C0"));
        compareWithExample(c);
    }

    // The same communication as communications/show and as one row of communications/list.
    void exampleAsShowAndList()
    {
        ExamplePeer server(QStringLiteral("TK"));
        ScriptedPeer &peer = server.peer;
        CommunicationsApi &api = server.api;

        peer.respond(example("set_as_viewed.example-1.response.json"));
        Capture<Communication> shown;
        api.show(nullptr, Identifier::byNumber(QStringLiteral("2781")), {}, shown.handler());
        WAIT_VERIFY(shown.done());
        QVERIFY2(shown.ok(), qPrintable(shown.ok() ? QString() : shown.error().detail()));
        compareWithExample(shown.value());

        const QByteArray list = asList(example("set_as_viewed.example-1.response.json"));
        peer.setResponder([list](const ScriptedPeer::Request &) {
            ScriptedPeer::Answer answer;
            answer.body = list;
            return answer;
        });
        Capture<QList<Communication>> listed;
        CommunicationsApi::ListFilter filter;
        filter.contact = Identifier::byNumber(QStringLiteral("CI000271"));
        api.list(nullptr, filter, listed.handler());
        WAIT_VERIFY(listed.done());
        QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().detail()));
        QCOMPARE(listed.value().size(), 1);
        compareWithExample(listed.value().constFirst());
    }

    // commdesk-cli reads the example too: it once ended in "data.viewed: expected a boolean, got a
    // number" and exit 4.
    void cliReadsTheExample()
    {
        ScriptedPeer peer;
        serveExample(peer, example("set_as_viewed.example-1.response.json"));
        const CliProcess::Run shown = runCli(peer, QStringLiteral("communications show number=2781"));
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(shown.out.contains("Access Details"), shown.out.constData());
        QVERIFY2(shown.out.contains("Persia Xenopoulou"), shown.out.constData());
        QCOMPARE(shown.err, QByteArray());

        const CliProcess::Run json = runCli(peer, QStringLiteral("communications show number=2781 --json"));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(object.value(QStringLiteral("viewed")), QJsonValue(true));
        QCOMPARE(object.value(QStringLiteral("viewed_on")), QJsonValue(QStringLiteral("2017-05-22T09:42:03Z")));

        serveExample(peer, asList(example("set_as_viewed.example-1.response.json")));
        const CliProcess::Run listed = runCli(peer, QStringLiteral("communications list --contact number=CI000271"));
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains("Access Details"), listed.out.constData());
        QVERIFY2(listed.out.contains("Persia Xenopoulou"), listed.out.constData());
    }

    // The sandbox, given the page's contact and subject, answers the same call with the same values.
    void sandboxAnswersLikeThePage()
    {
        QTemporaryDir dir;
        SandboxConfig config = SandboxConfig::forTests();
        config.databasePath = dir.filePath(QStringLiteral("sandbox.sqlite"));
        QString contactNumber;
        {
            // Seed the demo data, then add the page's contact to it, as a server's own data would hold it.
            Sandbox seeding(config);
            QVERIFY(seeding.start());
            seeding.stop();
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(config.databasePath);
            QVERIFY(db.open());
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO contacts (id, number, type, first_name, last_name, "
                                          "life_cycle_state) VALUES (?, ?, 'PERSON', 'Persia', 'Xenopoulou', "
                                          "'FINANCIAL')"));
            contactNumber = QStringLiteral("CI900001");
            insert.addBindValue(QStringLiteral("71894DE2FC944DDD9E7B8C6626BB23C0"));
            insert.addBindValue(contactNumber);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));

        config.reset = false;
        SandboxFixture f(config);
        QVERIFY(f.start());
        CommunicationsApi api(&f.session);
        CommunicationInput input;
        input.direction = Direction::Outgoing;
        input.media = Media::Letter;
        input.subject = QStringLiteral("Access Details");
        input.content = QStringLiteral("Your portal user name and first password.");
        Capture<Communication> created;
        api.create(nullptr, Identifier::byNumber(contactNumber), input, created.handler());
        QVERIFY(SandboxFixture::wait(created));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : SandboxFixture::describe(created.error())));

        // The page's answer says EEST: 12:42:03 in Nicosia.
        const QDateTime viewedOn(QDate(2017, 5, 22), QTime(12, 42, 3), QTimeZone(3 * 3600));
        Capture<Communication> viewed;
        api.setAsViewed(nullptr, Identifier::byNumber(created.value().number), viewedOn, viewed.handler());
        QVERIFY(SandboxFixture::wait(viewed));
        QVERIFY2(viewed.ok(), qPrintable(viewed.ok() ? QString() : SandboxFixture::describe(viewed.error())));
        compareWithExample(viewed.value());

        // And the sandbox writes the date as the page does.
        const SandboxAnswer raw = f.get(QStringLiteral("communications/show"),
                                        "communication_identifier=number=" + created.value().number.toLatin1());
        QCOMPARE(raw.object().value(QStringLiteral("viewed_on")).toString(),
                 QStringLiteral("Mon May 22 12:42:03 EEST 2017"));
    }
};

QTEST_GUILESS_MAIN(TestCrmPages)
#include "tst_crmpages.moc"
