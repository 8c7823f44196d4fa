// Session lifetime: the token is renewed in the background before it expires when a secret is at
// hand; without one (and with someone to ask) calls wait for the user to sign in again, and go out
// once they have, or fail when the user gives up. Time is a FakeClock: expiry and renewal are
// reached by moving it on, never by waiting.
#include "ApiCall.h"
#include "Capture.h"
#include "ScriptedPeer.h"
#include "Session.h"
#include "Wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace commdesk;
using namespace std::chrono_literals;

class TestSessionRenewal : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        FakeClock clock;
        ScriptedPeer peer;
        ApiClient client;
        Session session {&client};
        int logins = 0;
        QList<QByteArray> refused; // tokens the peer no longer accepts

        Fixture()
        {
            session.setClock(&clock);
            client.setServer(peer.url());
            session.setCredentials({QStringLiteral("demo"), QStringLiteral("pw"), QStringLiteral("DEMO"), {}, {}});
            peer.setResponder([this](const ScriptedPeer::Request &request) {
                ScriptedPeer::Answer answer;
                if (request.path().contains("authentication/")) {
                    answer.body =
                        ScriptedPeer::envelope("OK", R"({"token":"T)" + QByteArray::number(++logins) + R"("})");
                    return answer;
                }
                QByteArray token = request.query().split('&').value(0).mid(6);
                if (request.method == "POST")
                    token = QJsonDocument::fromJson(request.body)
                                .object()
                                .value(QLatin1StringView("token"))
                                .toString()
                                .toLatin1();
                answer.body = refused.contains(token) ? ScriptedPeer::envelope("INVALID_TOKEN", "null", "expired")
                                                      : ScriptedPeer::envelope("OK", "[]");
                return answer;
            });
        }
        // No request is out (the client's calls are its children until they finish).
        bool idle() const { return client.findChildren<ApiCall *>().isEmpty(); }
        int callsWith(const QByteArray &token) const
        {
            return int(std::count_if(peer.requests().begin(), peer.requests().end(), [&](const auto &r) {
                return r.query().startsWith(QByteArray(QByteArray("token=") + token))
                    || r.body.contains(QByteArray(QByteArray("\"token\":\"") + token + '"'));
            }));
        }
    };

private Q_SLOTS:
    void renewsBeforeExpiryWithoutACall()
    {
        Fixture f;
        f.session.setTokenLifetime(800ms);
        QCOMPARE(f.session.renewalMargin(), 200ms); // a quarter of a short lifetime
        f.session.setTokenLifetime(2h);
        QCOMPARE(f.session.renewalMargin(), 5min); // at most five minutes
        QSignalSpy renewed(&f.session, &Session::renewed);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        WAIT_VERIFY(login.ok());
        const QDateTime firstExpiry = f.session.expiresAt();
        QCOMPARE(firstExpiry, f.clock.now().addSecs(2 * 3600));

        f.clock.advance(2h - 5min - 1ms);
        QVERIFY(f.idle()); // not yet
        f.clock.advance(1ms);
        QVERIFY(!f.idle()); // the renewal's login left at once
        WAIT_COMPARE(renewed.size(), 1);
        QVERIFY(f.clock.now() < firstExpiry); // before the old one ran out
        QCOMPARE(f.session.token(), QStringLiteral("T2"));
        QCOMPARE(f.session.expiresAt(), f.clock.now().addSecs(2 * 3600));
        QCOMPARE(f.peer.requests().size(), 2); // two logins, nothing else

        // And again, a lifetime later.
        f.clock.advance(2h - 5min);
        WAIT_COMPARE(renewed.size(), 2);
        QCOMPARE(f.logins, 3);
    }

    void noRenewalWithoutASecret()
    {
        Fixture f;
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        WAIT_VERIFY(login.ok());
        QCOMPARE(f.clock.armedTimers(), 1); // the renewal
        f.session.forgetSecret();
        QVERIFY(!f.session.hasSecret());
        QCOMPARE(f.clock.armedTimers(), 0);
        f.clock.advance(3h); // well past expiry
        QVERIFY(f.idle()); // a renewal would have sent its login at once
        QCOMPARE(f.logins, 1);
    }

    // A token past its expiry is not used: a call signs in first (with the secret at hand).
    void expiredTokenSignsInBeforeTheCall()
    {
        Fixture f;
        f.session.setRenewalMargin(-1h); // no renewal before the test ends: only the expiry counts
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        WAIT_VERIFY(login.ok());
        f.clock.advance(2h - 1ms);
        QVERIFY(f.idle());
        Capture<QJsonValue> before;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), before.handler());
        WAIT_VERIFY(before.ok());
        QCOMPARE(f.callsWith("T1"), 1); // still valid a moment before

        f.clock.advance(1ms);
        QVERIFY(f.idle());
        Capture<QJsonValue> after;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), after.handler());
        WAIT_VERIFY(after.ok());
        QCOMPARE(f.logins, 2); // signed in again first
        QCOMPARE(f.callsWith("T1"), 1); // the expired token was never sent
        QCOMPARE(f.callsWith("T2"), 1);
    }

    void callsWaitForSignInThenGoOut()
    {
        Fixture f;
        f.session.setInteractiveSignIn(true);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        WAIT_VERIFY(login.ok());
        f.session.forgetSecret();
        f.refused.append("T1"); // the server ended the session

        QSignalSpy required(&f.session, &Session::signInRequired);
        Capture<QJsonValue> list;
        Capture<QJsonValue> create;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), list.handler());
        f.session.post(nullptr, QStringLiteral("communications/create"), QJsonObject(), create.handler());
        WAIT_COMPARE(required.size(), 1); // asked once for both
        WAIT_COMPARE(f.session.waitingForSignIn(), 2);
        WAIT_VERIFY(f.idle()); // both refusals are in; nothing else is out
        QVERIFY(!list.done() && !create.done());
        QCOMPARE(f.logins, 1); // no login without a secret

        // The user signs in again (the dialog sets the credentials and logs in).
        f.session.setCredentials({QStringLiteral("demo"), QStringLiteral("pw"), QStringLiteral("DEMO"), {}, {}});
        Capture<Done> again;
        f.session.login(nullptr, again.handler());
        WAIT_VERIFY(list.ok());
        WAIT_VERIFY(create.ok());
        QCOMPARE(f.callsWith("T2"), 2); // both replayed with the new token
        QCOMPARE(f.session.waitingForSignIn(), 0);
    }

    void givingUpFailsTheWaitingCalls()
    {
        Fixture f;
        f.session.setInteractiveSignIn(true);
        f.session.forgetSecret();
        Capture<QJsonValue> list;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), list.handler());
        WAIT_COMPARE(f.session.waitingForSignIn(), 1);
        f.session.abandonWaitingCalls(ApiError(ApiError::Kind::Usage, QStringLiteral("not signed in")));
        QVERIFY(list.done());
        QCOMPARE(list.error().kind(), ApiError::Kind::Usage);
        QCOMPARE(f.peer.requests().size(), 0);
    }

    void withoutSomeoneToAskTheErrorGoesToTheCaller()
    {
        Fixture f; // not interactive: the CLI
        f.session.setCredentials({QStringLiteral("demo"), {}, QStringLiteral("DEMO"), {}, {}});
        Capture<QJsonValue> list;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), list.handler());
        WAIT_VERIFY(list.done());
        QCOMPARE(f.session.waitingForSignIn(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionRenewal)
#include "tst_sessionrenewal.moc"
