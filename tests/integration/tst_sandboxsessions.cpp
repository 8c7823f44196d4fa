// Sessions against the sandbox with a short token lifetime: the token is renewed before it runs
// out with no call failing; a token the server ended (released) is renewed once and the call
// replayed; without a secret the call waits for a new sign-in and then goes out.
#include "SandboxFixture.h"

using namespace commdesk;
using namespace std::chrono_literals;

class TestSandboxSessions : public QObject
{
    Q_OBJECT

private:
    static SandboxConfig shortTokens()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.tokenLifetime = 2s;
        return config;
    }

    static int countIn(const QString &text, const QString &what) { return int(text.count(what)); }

private Q_SLOTS:
    void renewsBeforeTheServerLetsTheTokenExpire()
    {
        SandboxFixture f(shortTokens());
        QVERIFY(f.start());
        f.session.setTokenLifetime(2s); // what the server grants; renewed 500 ms before the end
        QSignalSpy renewed(&f.session, &Session::renewed);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login) && login.ok());
        const QString first = f.session.token();

        // Calls every 250 ms for 5 s: more than two lifetimes, and none may fail.
        int failures = 0;
        int answered = 0;
        for (int i = 0; i < 20; ++i) {
            Capture<QJsonValue> call;
            f.session.get(nullptr, QStringLiteral("communications/configuration/categories/list"), Query(),
                          call.handler());
            QVERIFY(SandboxFixture::wait(call));
            ++answered;
            if (!call.ok())
                ++failures;
            QTest::qWait(250);
        }
        QCOMPARE(answered, 20);
        QCOMPARE(failures, 0);
        QVERIFY2(renewed.size() >= 2, qPrintable(QString::number(renewed.size())));
        QVERIFY(f.session.token() != first);
        const QString log = f.client.diagnosticLog()->text();
        QCOMPARE(countIn(log, QStringLiteral("INVALID_TOKEN")), 0); // renewed in time, never refused
    }

    void releasedTokenIsRenewedOnceAndTheCallReplayed()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login) && login.ok());
        const QString token = f.session.token();
        // The server ends the session behind the client's back.
        const SandboxAnswer released =
            f.post(QStringLiteral("authentication/token/release"), QJsonObject {{QStringLiteral("token"), token}});
        QCOMPARE(released.code(), QStringLiteral("OK"));

        Capture<QJsonValue> call;
        f.session.get(nullptr, QStringLiteral("communications/configuration/categories/list"), Query(), call.handler());
        QVERIFY(SandboxFixture::wait(call));
        QVERIFY(call.ok());
        QVERIFY(call.value().toArray().size() > 0);
        QVERIFY(f.session.token() != token);
        const QString log = f.client.diagnosticLog()->text();
        QCOMPARE(countIn(log, QStringLiteral("INVALID_TOKEN")), 1);
        QCOMPARE(countIn(log,
                         QStringLiteral("POST ") + f.sandbox.apiBaseUrl().toString()
                             + QStringLiteral("authentication/token ")),
                 2);
        QVERIFY(!log.contains(token));
    }

    void withoutASecretTheCallWaitsForSignIn()
    {
        SandboxFixture f(shortTokens());
        QVERIFY(f.start());
        f.session.setTokenLifetime(2s);
        f.session.setInteractiveSignIn(true);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login) && login.ok());
        f.session.forgetSecret(); // the user did not ask to remember the password
        QSignalSpy required(&f.session, &Session::signInRequired);
        QTest::qWait(2300); // the token runs out; no renewal without a secret

        Capture<QJsonValue> call;
        f.session.get(nullptr, QStringLiteral("communications/configuration/categories/list"), Query(), call.handler());
        QTRY_COMPARE(required.size(), 1);
        QTest::qWait(200);
        QVERIFY(!call.done());

        Credentials credentials = f.session.credentials();
        credentials.password = QStringLiteral("demo");
        f.session.setCredentials(credentials);
        Capture<Done> again;
        f.session.login(nullptr, again.handler());
        QVERIFY(SandboxFixture::wait(call));
        QVERIFY(call.ok());
    }
};

QTEST_GUILESS_MAIN(TestSandboxSessions)
#include "tst_sandboxsessions.moc"
