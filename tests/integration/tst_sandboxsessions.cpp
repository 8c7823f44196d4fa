// Sessions against the sandbox with a short token lifetime: the token is renewed before it runs
// out with no call failing; a token the server ended (released) is renewed once and the call
// replayed; without a secret the call waits for a new sign-in and then goes out. The sandbox and the
// session share a FakeClock: lifetimes pass when the test moves it on.
#include "ApiCall.h"
#include "SandboxFixture.h"
#include "Wait.h"

using namespace commdesk;
using namespace std::chrono_literals;

class TestSandboxSessions : public QObject
{
    Q_OBJECT

private:
    // Only the categories are asked for: a few communications make a quicker start.
    static SandboxConfig small()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 20;
        return config;
    }

    static SandboxConfig shortTokens(FakeClock *clock)
    {
        SandboxConfig config = small();
        config.tokenLifetime = 2s;
        config.clock = clock;
        return config;
    }

    static int countIn(const QString &text, const QString &what) { return int(text.count(what)); }

private Q_SLOTS:
    void renewsBeforeTheServerLetsTheTokenExpire()
    {
        FakeClock clock;
        SandboxFixture f(shortTokens(&clock));
        QVERIFY(f.start());
        f.session.setClock(&clock);
        f.session.setTokenLifetime(2s); // what the server grants; renewed 500 ms before the end
        QSignalSpy renewed(&f.session, &Session::renewed);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login) && login.ok());
        const QString first = f.session.token();

        // A call every 250 ms for 5 s: more than two lifetimes, and none may fail.
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
            // A renewal out finishes before time moves on, as it would in the 250 ms of real time.
            WAIT_VERIFY(f.client.findChildren<ApiCall *>().isEmpty());
            clock.advance(250ms);
        }
        QCOMPARE(answered, 20);
        QCOMPARE(failures, 0);
        QTRY_VERIFY2(renewed.size() >= 2, qPrintable(QString::number(renewed.size())));
        QVERIFY(f.session.token() != first);
        const QString log = f.client.diagnosticLog()->text();
        QCOMPARE(countIn(log, QStringLiteral("INVALID_TOKEN")), 0); // renewed in time, never refused
    }

    void releasedTokenIsRenewedOnceAndTheCallReplayed()
    {
        SandboxFixture f(small());
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
        FakeClock clock;
        SandboxFixture f(shortTokens(&clock));
        QVERIFY(f.start());
        f.session.setClock(&clock);
        f.session.setTokenLifetime(2s);
        f.session.setInteractiveSignIn(true);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login) && login.ok());
        f.session.forgetSecret(); // the user did not ask to remember the password
        QSignalSpy required(&f.session, &Session::signInRequired);
        clock.advance(2300ms); // the token runs out; no renewal without a secret
        QVERIFY(f.client.findChildren<ApiCall *>().isEmpty());

        Capture<QJsonValue> call;
        f.session.get(nullptr, QStringLiteral("communications/configuration/categories/list"), Query(), call.handler());
        QCOMPARE(required.size(), 1); // at once: the session knows its token ran out
        QCOMPARE(f.session.waitingForSignIn(), 1);
        QVERIFY(f.client.findChildren<ApiCall *>().isEmpty()); // nothing sent meanwhile
        QVERIFY(!call.done());

        Credentials credentials = f.session.credentials();
        credentials.password = QStringLiteral("demo");
        f.session.setCredentials(credentials);
        Capture<Done> again;
        f.session.login(nullptr, again.handler());
        QVERIFY(SandboxFixture::wait(call));
        QVERIFY(call.ok());
        QCOMPARE(countIn(f.client.diagnosticLog()->text(), QStringLiteral("INVALID_TOKEN")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSessions)
#include "tst_sandboxsessions.moc"
