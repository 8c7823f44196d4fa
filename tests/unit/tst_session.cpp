// Session: both logins on the wire, the token on every call, one re-login on INVALID_TOKEN, shared
// logins, expiry, release, and no secret in any log line.
#include "ApiCall.h"
#include "Capture.h"
#include "ScriptedPeer.h"
#include "Session.h"
#include "Wait.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace commdesk;
using Answer = ScriptedPeer::Answer;

namespace {

Answer ok(const QByteArray &data)
{
    Answer answer;
    answer.body = ScriptedPeer::envelope("OK", data);
    return answer;
}

Answer status(const QByteArray &code)
{
    Answer answer;
    answer.body = ScriptedPeer::envelope(code, "null", code.toLower());
    return answer;
}

QStringList *capturedLog = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLog)
        capturedLog->append(message);
}

} // namespace

class TestSession : public QObject
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

        Fixture()
        {
            session.setClock(&clock);
            client.setServer(peer.url());
            session.setCredentials(
                {QStringLiteral("demo"), QStringLiteral("s3cret-pw"), QStringLiteral("DEMO"), {}, {}});
        }
        // Logins hand out TOKEN1, TOKEN2, ...; other calls answer with `other`.
        void answerLoginsAnd(std::function<Answer(const ScriptedPeer::Request &)> other)
        {
            peer.setResponder([this, other](const ScriptedPeer::Request &request) {
                if (request.path().contains("authentication/"))
                    return ok(R"({"token":"TOKEN)" + QByteArray::number(++logins) + R"("})");
                return other(request);
            });
        }
    };

private Q_SLOTS:
    void loginSendsCredentialsAndKeepsToken()
    {
        Fixture f;
        f.answerLoginsAnd([](const auto &) { return ok("{}"); });
        Capture<Done> capture;
        QSignalSpy changed(&f.session, &Session::tokenChanged);
        f.session.login(nullptr, capture.handler());
        WAIT_VERIFY(capture.ok());
        const auto &request = f.peer.requests().first();
        QCOMPARE(request.path(), QByteArray("/crmapi/rest/v2/authentication/token"));
        QCOMPARE(request.body, QByteArray(R"({"organisation":"DEMO","password":"s3cret-pw","username":"demo"})"));
        QCOMPARE(f.session.token(), QStringLiteral("TOKEN1"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.session.expiresAt(), f.clock.now().addSecs(2 * 3600)); // two hours from issue
    }

    void loginWithUnit()
    {
        Fixture f;
        f.session.setCredentials({QStringLiteral("demo"),
                                  QStringLiteral("pw"),
                                  QStringLiteral("DEMO"),
                                  QStringLiteral("Nicosia Branch"),
                                  {}});
        f.answerLoginsAnd([](const auto &) { return ok("{}"); });
        Capture<Done> capture;
        f.session.login(nullptr, capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.peer.requests().first().body,
                 QByteArray(R"({"organisation":"DEMO","password":"pw","unit":"Nicosia Branch","username":"demo"})"));
    }

    void apiKeyLoginUsesBasicAuth()
    {
        Fixture f;
        f.session.setCredentials({{}, {}, {}, {}, QStringLiteral("KEY-123")});
        f.answerLoginsAnd([](const auto &) { return ok("{}"); });
        Capture<Done> capture;
        f.session.login(nullptr, capture.handler());
        WAIT_VERIFY(capture.ok());
        const auto &request = f.peer.requests().first();
        QCOMPARE(request.path(), QByteArray("/crmapi/rest/v2/authentication/web_api_key/token"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Basic ") + QByteArray("KEY-123:").toBase64());
        QCOMPARE(request.body, QByteArray("{}"));
        QVERIFY(!request.body.contains("KEY-123"));
    }

    void wrongCredentials()
    {
        Fixture f;
        f.peer.setResponder([](const auto &) { return status("INVALID_CREDENTIALS"); });
        Capture<Done> capture;
        f.session.login(nullptr, capture.handler());
        WAIT_VERIFY(capture.done());
        QCOMPARE(capture.error().code(), QStringLiteral("INVALID_CREDENTIALS"));
        QVERIFY(!f.session.hasToken());
    }

    void loginAnswerWithoutToken()
    {
        Fixture f;
        f.peer.setResponder([](const auto &) { return ok("{}"); });
        Capture<Done> capture;
        f.session.login(nullptr, capture.handler());
        WAIT_VERIFY(capture.done());
        QCOMPARE(capture.error().kind(), ApiError::Kind::Protocol);
    }

    void tokenTravelsWithEveryCall()
    {
        Fixture f;
        f.answerLoginsAnd([](const auto &) { return ok("[]"); });
        Capture<QJsonValue> get;
        Query query;
        query.add(QStringLiteral("media"), QStringLiteral("SMS"));
        f.session.get(nullptr, QStringLiteral("communications/list"), query, get.handler());
        WAIT_VERIFY(get.ok());
        Capture<QJsonValue> post;
        f.session.post(nullptr, QStringLiteral("communications/complete"), QJsonObject {{QStringLiteral("a"), 1}},
                       post.handler());
        WAIT_VERIFY(post.ok());
        QCOMPARE(f.logins, 1); // a call without a token logs in first, once
        QCOMPARE(f.peer.requests().at(1).query(), QByteArray("token=TOKEN1&media=SMS"));
        QCOMPARE(f.peer.requests().at(2).body, QByteArray(R"({"a":1,"token":"TOKEN1"})"));
    }

    void invalidTokenLogsInOnceAndReplays()
    {
        Fixture f;
        f.session.setToken(QStringLiteral("STALE"));
        f.answerLoginsAnd([](const ScriptedPeer::Request &request) {
            return request.query().contains("token=STALE") ? status("INVALID_TOKEN") : ok(R"([{"id":"A"}])");
        });
        Capture<QJsonValue> capture;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), capture.handler());
        WAIT_VERIFY(capture.done());
        QVERIFY(capture.ok());
        QCOMPARE(f.logins, 1);
        QCOMPARE(f.peer.requests().size(), 3);
        QVERIFY(f.peer.requests().last().query().contains("token=TOKEN1"));
    }

    void invalidTokenForeverGivesUpAfterOneRelogin()
    {
        Fixture f;
        f.session.setToken(QStringLiteral("STALE"));
        f.answerLoginsAnd([](const auto &) { return status("INVALID_TOKEN"); });
        Capture<QJsonValue> capture;
        f.session.post(nullptr, QStringLiteral("communications/complete"), {}, capture.handler());
        WAIT_VERIFY(capture.done());
        WAIT_VERIFY(f.client.findChildren<ApiCall *>().isEmpty()); // nothing left out to answer again
        QCOMPARE(capture.calls(), 1);
        QVERIFY(capture.error().isInvalidToken());
        QVERIFY(capture.error().userText().contains(QStringLiteral("sign in")));
        QCOMPARE(f.logins, 1);
        QCOMPARE(f.peer.requests().size(), 3); // call, login, replay
    }

    void concurrentCallsShareOneLogin()
    {
        Fixture f;
        f.answerLoginsAnd([](const auto &) { return ok("[]"); });
        QList<Capture<QJsonValue>> captures(5);
        for (auto &capture : captures)
            f.session.get(nullptr, QStringLiteral("communications/list"), Query(), capture.handler());
        for (auto &capture : captures)
            WAIT_VERIFY(capture.ok());
        QCOMPARE(f.logins, 1);
        QCOMPARE(f.peer.count("authentication/token"), 1);
    }

    void expiredTokenIsRenewedBeforeTheCall()
    {
        Fixture f;
        f.session.setToken(QStringLiteral("OLD"), f.clock.now().addSecs(-1));
        f.answerLoginsAnd([](const auto &) { return ok("[]"); });
        Capture<QJsonValue> capture;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.peer.requests().size(), 2);
        QVERIFY(f.peer.requests().first().path().endsWith("authentication/token"));
        QVERIFY(f.peer.requests().last().query().startsWith("token=TOKEN1"));
    }

    void failedLoginReachesTheCaller()
    {
        Fixture f;
        f.peer.setResponder([](const auto &) { return status("INVALID_CREDENTIALS"); });
        Capture<QJsonValue> capture;
        f.session.get(nullptr, QStringLiteral("communications/list"), Query(), capture.handler());
        WAIT_VERIFY(capture.done());
        QCOMPARE(capture.error().code(), QStringLiteral("INVALID_CREDENTIALS"));
        QCOMPARE(f.peer.requests().size(), 1);
    }

    void secretCanBeKeptJustUntilSignedIn()
    {
        Fixture f;
        f.peer.setResponder([](const auto &) { return status("INVALID_CREDENTIALS"); });
        f.session.forgetSecretOnceSignedIn();
        Capture<Done> refused;
        f.session.login(nullptr, refused.handler());
        WAIT_VERIFY(refused.done());
        QVERIFY(f.session.hasSecret()); // a failed login keeps it for the next try

        f.answerLoginsAnd([](const auto &) { return ok("{}"); });
        Capture<Done> accepted;
        f.session.login(nullptr, accepted.handler());
        WAIT_VERIFY(accepted.ok());
        QVERIFY(!f.session.hasSecret());
        QCOMPARE(f.session.credentials().username, QStringLiteral("demo"));
        QVERIFY(f.session.hasToken());
    }

    void releaseForgetsTheToken()
    {
        Fixture f;
        f.session.setToken(QStringLiteral("TOKEN9"));
        f.peer.respondJson("{}");
        QSignalSpy signedOut(&f.session, &Session::signedOut);
        Capture<Done> capture;
        f.session.release(nullptr, capture.handler());
        QVERIFY(!f.session.hasToken());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(f.peer.requests().first().path(), QByteArray("/crmapi/rest/v2/authentication/token/release"));
        QCOMPARE(f.peer.requests().first().body, QByteArray(R"({"token":"TOKEN9"})"));
    }

    void noSecretInAnyLogLine()
    {
        QStringList log;
        capturedLog = &log;
        QLoggingCategory::setFilterRules(QStringLiteral("commdesk.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        {
            Fixture f;
            f.session.setToken(QStringLiteral("STALE-SECRET"));
            f.answerLoginsAnd([](const ScriptedPeer::Request &request) {
                return request.query().contains("STALE") || request.body.contains("STALE") ? status("INVALID_TOKEN")
                                                                                           : ok("{}");
            });
            Capture<QJsonValue> get;
            f.session.get(nullptr, QStringLiteral("communications/list"), Query(), get.handler());
            WAIT_VERIFY(get.done());
            Capture<QJsonValue> post;
            f.session.post(nullptr, QStringLiteral("communications/complete"), {}, post.handler());
            WAIT_VERIFY(post.done());
            Capture<Done> release;
            f.session.release(nullptr, release.handler());
            WAIT_VERIFY(release.done());
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        capturedLog = nullptr;
        QVERIFY(log.size() >= 4); // the calls were logged...
        for (const QString &line : log) { // ...without their secrets
            QVERIFY2(!line.contains(QStringLiteral("STALE-SECRET")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("TOKEN1")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("s3cret-pw")), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
