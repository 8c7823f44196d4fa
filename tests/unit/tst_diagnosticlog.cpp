// The diagnostic log: redaction of URLs, JSON bodies and authorisation headers, the ring of the
// last entries, and what ApiClient and Session put in it for real calls: never a secret.
#include "ApiClient.h"
#include "Capture.h"
#include "DiagnosticLog.h"
#include "ScriptedPeer.h"
#include "Session.h"
#include "Wait.h"

#include <QTest>

using namespace commdesk;

class TestDiagnosticLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsUrlsBodiesAndHeaders()
    {
        const QString text = DiagnosticLog::redacted(
            QStringLiteral("GET https://h/x?token=T0K3N&number=CM1&api_key=K3Y | {\"password\":\"p\\\"w\",\"token\":"
                           "\"T0K3N\",\"username\":\"eleni\"} | Authorization: Basic a2V5Og== | password=pw1"));
        QVERIFY2(!text.contains(QStringLiteral("T0K3N")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("K3Y")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("p\\\"w")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("a2V5Og==")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("pw1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("number=CM1")));
        QVERIFY(text.contains(QStringLiteral("\"username\":\"eleni\"")));
        QVERIFY(text.contains(QStringLiteral("token=REDACTED")));
        QVERIFY(text.contains(QStringLiteral("Authorization: Basic REDACTED")));
    }

    // Qt's debug output quotes a body with every quote escaped: {\"token\":\"…\"}.
    void redactsJsonShownAsAQuotedString()
    {
        // body: "{\"username\":\"eleni\",\"password\":\"p\\\"w1\",\"token\":\"T0K3N\"}"
        const QString text = DiagnosticLog::redacted(
            QStringLiteral("body: \"{\\\"username\\\":\\\"eleni\\\",\\\"password\\\":\\\"p\\\\\\\"w1\\\","
                           "\\\"token\\\":\\\"T0K3N\\\"}\""));
        QVERIFY2(!text.contains(QStringLiteral("T0K3N")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("w1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\\\"username\\\":\\\"eleni\\\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\\\"token\\\":\\\"REDACTED\\\"")), qPrintable(text));
    }

    void keepsTheLastEntries()
    {
        DiagnosticLog log;
        log.setCapacity(3);
        for (int i = 1; i <= 5; ++i)
            log.addEvent(QStringLiteral("event %1").arg(i));
        QCOMPARE(log.entries().size(), 3);
        QVERIFY(log.entries().first().outcome.endsWith(QStringLiteral("event 3")));
        QVERIFY(log.text().endsWith(QStringLiteral("event 5")));
    }

    void callsAreLoggedWithoutSecrets()
    {
        ScriptedPeer peer;
        ApiClient client;
        client.setServer(peer.url());
        Session session(&client);
        const QString password = QStringLiteral("Pw-61d0a9-secret");
        const QString apiKey = QStringLiteral("key-0b77e4-secret");
        session.setCredentials({QStringLiteral("eleni"), password, QStringLiteral("ACME"), {}, {}});
        int logins = 0;
        peer.setResponder([&](const ScriptedPeer::Request &request) {
            ScriptedPeer::Answer answer;
            if (request.path().contains("authentication/"))
                answer.body =
                    ScriptedPeer::envelope("OK", R"({"token":"TOK-)" + QByteArray::number(++logins) + R"("})");
            else if (request.query().contains("token=TOK-1"))
                answer.body = ScriptedPeer::envelope("INVALID_TOKEN", "null", "token expired");
            else
                answer.body = ScriptedPeer::envelope("OK", "[]");
            return answer;
        });
        Capture<QJsonValue> first;
        session.get(nullptr, QStringLiteral("communications/list"), Query(), first.handler());
        WAIT_VERIFY(first.ok()); // login, refused token, login again, replay
        QCOMPARE(logins, 2);

        session.setCredentials({{}, {}, {}, {}, apiKey});
        Capture<Done> keyLogin;
        session.login(nullptr, keyLogin.handler());
        WAIT_VERIFY(keyLogin.ok());

        const QString text = client.diagnosticLog()->text();
        QCOMPARE(client.diagnosticLog()->entries().size(), 5);
        QVERIFY2(text.contains(QStringLiteral("INVALID_TOKEN")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("communications/list?token=REDACTED")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Authorization: Basic REDACTED")), qPrintable(text));
        for (const QString &secret : {password, apiKey, QStringLiteral("TOK-1"), QStringLiteral("TOK-2"),
                                      QStringLiteral("TOK-3"), QString::fromLatin1(apiKey.toUtf8().toBase64())})
            QVERIFY2(!text.contains(secret), qPrintable(secret + QStringLiteral(" in ") + text));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticLog)
#include "tst_diagnosticlog.moc"
