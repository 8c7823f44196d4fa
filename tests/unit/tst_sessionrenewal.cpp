// Session lifetime: the token is renewed in the background before it expires when a secret is at
// hand; without one (and with someone to ask) calls wait for the user to sign in again, and go out
// once they have, or fail when the user gives up.
#include "Capture.h"
#include "ScriptedPeer.h"
#include "Session.h"

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
        ScriptedPeer peer;
        ApiClient client;
        Session session {&client};
        int logins = 0;
        QList<QByteArray> refused; // tokens the peer no longer accepts

        Fixture()
        {
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
        QCOMPARE(f.session.renewalMargin(), 200ms);
        f.session.setRenewalMargin(400ms);
        QSignalSpy renewed(&f.session, &Session::renewed);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QTRY_VERIFY(login.ok());
        const QDateTime firstExpiry = f.session.expiresAt();
        QTRY_COMPARE_WITH_TIMEOUT(renewed.size(), 1, 3000);
        QVERIFY(QDateTime::currentDateTimeUtc() < firstExpiry); // before the old one ran out
        QCOMPARE(f.session.token(), QStringLiteral("T2"));
        QVERIFY(f.session.expiresAt() > firstExpiry);
        QCOMPARE(f.peer.requests().size(), 2); // two logins, nothing else
    }

    void noRenewalWithoutASecret()
    {
        Fixture f;
        f.session.setTokenLifetime(300ms);
        f.session.setRenewalMargin(200ms);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QTRY_VERIFY(login.ok());
        f.session.forgetSecret();
        QVERIFY(!f.session.hasSecret());
        QTest::qWait(500);
        QCOMPARE(f.logins, 1);
    }

    void callsWaitForSignInThenGoOut()
    {
        Fixture f;
        f.session.setInteractiveSignIn(true);
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QTRY_VERIFY(login.ok());
        f.session.forgetSecret();
        f.refused.append("T1"); // the server ended the session

        QSignalSpy required(&f.session, &Session::signInRequired);
        Capture<QJsonValue> list;
        Capture<QJsonValue> create;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), list.handler());
        f.session.post(nullptr, QStringLiteral("communications/create"), QJsonObject(), create.handler());
        QTRY_COMPARE(required.size(), 1); // asked once for both
        QTRY_COMPARE(f.session.waitingForSignIn(), 2);
        QTest::qWait(100);
        QVERIFY(!list.done() && !create.done());
        QCOMPARE(f.logins, 1); // no login without a secret

        // The user signs in again (the dialog sets the credentials and logs in).
        f.session.setCredentials({QStringLiteral("demo"), QStringLiteral("pw"), QStringLiteral("DEMO"), {}, {}});
        Capture<Done> again;
        f.session.login(nullptr, again.handler());
        QTRY_VERIFY(list.ok());
        QTRY_VERIFY(create.ok());
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
        QTRY_COMPARE(f.session.waitingForSignIn(), 1);
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
        QTRY_VERIFY(list.done());
        QCOMPARE(f.session.waitingForSignIn(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionRenewal)
#include "tst_sessionrenewal.moc"
