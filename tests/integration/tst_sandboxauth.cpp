// docs/api-contract.md "Authentication" against the sandbox: tokens by password and by web API key, release, expiry,
// and INVALID_TOKEN on every call that needs a token.
#include "CommunicationsApi.h"
#include "ConfigurationApi.h"
#include "SandboxFixture.h"

using namespace commdesk;
using namespace SandboxFormats;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;

    static QJsonObject credentials(const char *username, const char *password, const char *organisation)
    {
        QJsonObject body;
        if (username)
            body.insert(QStringLiteral("username"), QString::fromUtf8(username));
        if (password)
            body.insert(QStringLiteral("password"), QString::fromUtf8(password));
        if (organisation)
            body.insert(QStringLiteral("organisation"), QString::fromUtf8(organisation));
        return body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    void loginOnTheWire()
    {
        const SandboxAnswer answer =
            f->post(QStringLiteral("authentication/token"), credentials("demo", "demo", "DEMO"), false);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("Content-Type").startsWith("application/json"));
        const QJsonObject envelope = answer.envelope();
        QCOMPARE(sortedKeys(envelope), QStringList({QStringLiteral("data"), QStringLiteral("status")}));
        QCOMPARE(envelope.value(QStringLiteral("status")).toObject(),
                 QJsonDocument::fromJson(R"({"code":"OK","description":"","message":""})").object());
        QCOMPARE(sortedKeys(answer.object()), QStringList {QStringLiteral("token")});
        const QString token = answer.object().value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 32);
        // Each login gets a new random token.
        const SandboxAnswer again =
            f->post(QStringLiteral("authentication/token"), credentials("demo", "demo", "DEMO"), false);
        QVERIFY(again.object().value(QStringLiteral("token")).toString() != token);
    }

    void loginVariants_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("named");
        QTest::newRow("supervisor") << QByteArray(
            R"({"username":"supervisor","password":"supervisor","organisation":"DEMO"})")
                                    << QStringLiteral("OK") << QString();
        QTest::newRow("organization spelling")
            << QByteArray(R"({"username":"demo","password":"demo","organization":"DEMO"})") << QStringLiteral("OK")
            << QString();
        QTest::newRow("organisation in lower case")
            << QByteArray(R"({"username":"demo","password":"demo","organisation":"demo"})") << QStringLiteral("OK")
            << QString();
        QTest::newRow("user name in upper case")
            << QByteArray(R"({"username":"DEMO","password":"demo","organisation":"DEMO"})")
            << QStringLiteral("INVALID_CREDENTIALS") << QString();
        QTest::newRow("unit") << QByteArray(
            R"({"username":"demo","password":"demo","organisation":"DEMO","unit":"Head Office"})")
                              << QStringLiteral("OK") << QString();
        QTest::newRow("unknown unit") << QByteArray(
            R"({"username":"demo","password":"demo","organisation":"DEMO","unit":"Atlantis"})")
                                      << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("unit");
        QTest::newRow("wrong password") << QByteArray(R"({"username":"demo","password":"demo1","organisation":"DEMO"})")
                                        << QStringLiteral("INVALID_CREDENTIALS") << QString();
        QTest::newRow("wrong user") << QByteArray(R"({"username":"nobody","password":"demo","organisation":"DEMO"})")
                                    << QStringLiteral("INVALID_CREDENTIALS") << QString();
        QTest::newRow("wrong organisation")
            << QByteArray(R"({"username":"demo","password":"demo","organisation":"ACME"})")
            << QStringLiteral("INVALID_CREDENTIALS") << QString();
        QTest::newRow("no username") << QByteArray(R"({"password":"demo","organisation":"DEMO"})")
                                     << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("username");
        QTest::newRow("no password") << QByteArray(R"({"username":"demo","organisation":"DEMO"})")
                                     << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("password");
        QTest::newRow("no organisation") << QByteArray(R"({"username":"demo","password":"demo"})")
                                         << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("organisation");
        QTest::newRow("password not a string")
            << QByteArray(R"({"username":"demo","password":7,"organisation":"DEMO"})")
            << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("password");
    }

    void loginVariants()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, named);
        const SandboxAnswer answer = f->send("POST", f->url(QStringLiteral("authentication/token")), body);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.code(), code);
        if (code == QStringLiteral("OK")) {
            QVERIFY(!answer.object().value(QStringLiteral("token")).toString().isEmpty());
        } else {
            QVERIFY(answer.data().isNull());
            QVERIFY2(answer.message().contains(named), qPrintable(answer.message()));
        }
    }

    void sessionLogin()
    {
        Capture<Done> login;
        f->session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login));
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : SandboxFixture::describe(login.error())));
        QVERIFY(f->session.hasToken());

        Session wrong(&f->client);
        wrong.setCredentials({QStringLiteral("demo"), QStringLiteral("nope"), QStringLiteral("DEMO"), {}, {}});
        Capture<Done> refused;
        wrong.login(nullptr, refused.handler());
        QVERIFY(SandboxFixture::wait(refused));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), QStringLiteral("INVALID_CREDENTIALS"));
    }

    void webApiKey()
    {
        Session session(&f->client);
        Credentials credentials;
        credentials.apiKey = QStringLiteral("commdesk-demo-web-api-key");
        session.setCredentials(credentials);
        Capture<Done> login;
        session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login));
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : SandboxFixture::describe(login.error())));
        // The token works for a real call.
        Capture<QList<Category>> categories;
        ConfigurationApi(&session).categories(nullptr, categories.handler());
        QVERIFY(SandboxFixture::wait(categories));
        QVERIFY(categories.ok());
        QVERIFY(!categories.value().isEmpty());
    }

    void webApiKeyOnTheWire_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("code");
        QTest::newRow("key, empty password")
            << QByteArray("Basic " + QByteArray("commdesk-demo-web-api-key:").toBase64()) << QStringLiteral("OK");
        QTest::newRow("unknown key") << QByteArray("Basic " + QByteArray("not-a-key:").toBase64())
                                     << QStringLiteral("INVALID_CREDENTIALS");
        QTest::newRow("password given") << QByteArray("Basic " + QByteArray("commdesk-demo-web-api-key:x").toBase64())
                                        << QStringLiteral("INVALID_CREDENTIALS");
        QTest::newRow("no header") << QByteArray() << QStringLiteral("INVALID_CREDENTIALS");
        QTest::newRow("not basic") << QByteArray("Bearer commdesk-demo-web-api-key")
                                   << QStringLiteral("INVALID_CREDENTIALS");
    }

    void webApiKeyOnTheWire()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const SandboxAnswer answer =
            f->send("POST", f->url(QStringLiteral("authentication/web_api_key/token")), "{}", headers);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.code(), code);
        if (code == QStringLiteral("OK"))
            QVERIFY(!answer.object().value(QStringLiteral("token")).toString().isEmpty());
    }

    void invalidToken_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("payload");
        const QByteArray query = "communication_identifier=number=CM000001";
        const QByteArray body = R"({"communication_identifier":{"number":"CM000001"}})";
        QTest::newRow("GET without token") << QByteArray("GET") << QStringLiteral("communications/show") << query;
        QTest::newRow("GET unknown token")
            << QByteArray("GET") << QStringLiteral("communications/show") << QByteArray("token=0123&" + query);
        QTest::newRow("POST without token") << QByteArray("POST") << QStringLiteral("communications/complete") << body;
        QTest::newRow("POST unknown token")
            << QByteArray("POST") << QStringLiteral("communications/complete")
            << QByteArray(R"({"token":"0123","communication_identifier":{"number":"CM000001"}})");
        QTest::newRow("POST token in the query only")
            << QByteArray("POST") << QStringLiteral("communications/complete?token=") << body;
        QTest::newRow("release unknown") << QByteArray("POST") << QStringLiteral("authentication/token/release")
                                         << QByteArray(R"({"token":"0123"})");
        for (const char *method :
             {"communications/list", "communications/configuration/categories/list",
              "communications/configuration/templates/list", "communications/configuration/external_systems/list",
              "contact_information/show", "communications/queue/list", "communications/queue/show",
              "communications/queue/get_pending", "communications/queue/get_pending_completed"})
            QTest::newRow(method) << QByteArray("GET") << QString::fromLatin1(method) << QByteArray();
        for (const char *method :
             {"communications/create", "communications/update", "communications/set_as_viewed",
              "communications/queue/complete", "communications/queue/reject", "communications/queue/remove"})
            QTest::newRow(method) << QByteArray("POST") << QString::fromLatin1(method) << QByteArray("{}");
    }

    void invalidToken()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, method);
        QFETCH(QByteArray, payload);
        QUrl url = f->url(method.section(u'?', 0, 0), verb == "GET" ? payload : QByteArray());
        const SandboxAnswer answer = f->send(verb, url, verb == "POST" ? payload : QByteArray());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.code(), QStringLiteral("INVALID_TOKEN"));
        QVERIFY(answer.data().isNull());
        QVERIFY(!answer.message().isEmpty());
    }

    void release()
    {
        const SandboxAnswer login =
            f->post(QStringLiteral("authentication/token"), credentials("demo", "demo", "DEMO"), false);
        const QString token = login.object().value(QStringLiteral("token")).toString();
        const QByteArray query = "token=" + token.toLatin1();
        QCOMPARE(f->send("GET", f->url(QStringLiteral("communications/configuration/categories/list"), query)).code(),
                 QStringLiteral("OK"));
        const SandboxAnswer released =
            f->post(QStringLiteral("authentication/token/release"), QJsonObject {{QStringLiteral("token"), token}});
        QCOMPARE(released.status, 200);
        QCOMPARE(
            released.envelope(),
            QJsonDocument::fromJson(R"({"status":{"code":"OK","description":"","message":""},"data":{}})").object());
        QCOMPARE(f->send("GET", f->url(QStringLiteral("communications/configuration/categories/list"), query)).code(),
                 QStringLiteral("INVALID_TOKEN"));
    }

    void sessionRelease()
    {
        Session session(&f->client);
        session.setCredentials(f->session.credentials());
        Capture<Done> login;
        session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login) && login.ok());
        const QString token = session.token();
        Capture<Done> released;
        session.release(nullptr, released.handler());
        QVERIFY(SandboxFixture::wait(released));
        QVERIFY(released.ok());
        QVERIFY(!session.hasToken());
        const QByteArray query = "token=" + token.toLatin1();
        QCOMPARE(f->send("GET", f->url(QStringLiteral("communications/configuration/categories/list"), query)).code(),
                 QStringLiteral("INVALID_TOKEN"));
    }

    void tokenExpires()
    {
        FakeClock clock; // the sandbox's: tokens run out when it moves on
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 20;
        config.tokenLifetime = std::chrono::seconds(1);
        config.clock = &clock;
        SandboxFixture shortLived(config);
        QVERIFY(shortLived.start());
        const QString token = shortLived.token();
        const QByteArray query = "token=" + token.toLatin1();
        const QUrl url = shortLived.url(QStringLiteral("communications/configuration/external_systems/list"), query);
        QCOMPARE(shortLived.send("GET", url).code(), QStringLiteral("OK"));
        clock.advance(std::chrono::milliseconds(999));
        QCOMPARE(shortLived.send("GET", url).code(), QStringLiteral("OK")); // a moment before the end
        clock.advance(std::chrono::milliseconds(1));
        const SandboxAnswer expired = shortLived.send("GET", url);
        QCOMPARE(expired.code(), QStringLiteral("INVALID_TOKEN"));
        QVERIFY(expired.message().contains(QStringLiteral("expired")));

        // The client's session signs in again by itself when the token is refused.
        Capture<Done> login;
        shortLived.session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login) && login.ok());
        const QString first = shortLived.session.token();
        clock.advance(std::chrono::milliseconds(1300)); // the session still counts on two hours
        Capture<QList<ExternalSystem>> systems;
        ConfigurationApi(&shortLived.session).externalSystems(nullptr, systems.handler());
        QVERIFY(SandboxFixture::wait(systems));
        QVERIFY2(systems.ok(), qPrintable(systems.ok() ? QString() : SandboxFixture::describe(systems.error())));
        QCOMPARE(systems.value().size(), 3);
        QVERIFY(shortLived.session.token() != first);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
