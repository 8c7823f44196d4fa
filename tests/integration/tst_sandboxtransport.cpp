// docs/api-contract.md "Transport" to "Envelope" against the sandbox: the envelope on every answer, HTTP statuses for
// transport-level problems, verbs, query decoding, and many calls at once.
#include "CommunicationsApi.h"
#include "SandboxFixture.h"
#include "Wait.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace commdesk;
using namespace SandboxFormats;

class TestSandboxTransport : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;

    static void verifyEnvelope(const SandboxAnswer &answer, const char *code)
    {
        QVERIFY(answer.header("Content-Type").startsWith("application/json"));
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        QCOMPARE(sortedKeys(document.object()), sorted({QStringLiteral("status"), QStringLiteral("data")}));
        const QJsonObject status = document.object().value(QStringLiteral("status")).toObject();
        QCOMPARE(sortedKeys(status),
                 sorted({QStringLiteral("code"), QStringLiteral("message"), QStringLiteral("description")}));
        QCOMPARE(status.value(QStringLiteral("code")).toString(), QString::fromLatin1(code));
        if (QByteArrayView(code) != "OK") {
            QVERIFY(document.object().value(QStringLiteral("data")).isNull());
            QVERIFY(!status.value(QStringLiteral("message")).toString().isEmpty());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    // Qt's client asks for gzip by itself and decodes it; the answer is the same JSON, much smaller.
    void answersGzipWhenAccepted()
    {
        const QByteArray query = "token=" + f->token().toLatin1() + "&number_of_results=100&media=EMAIL";
        const QUrl url = f->url(QStringLiteral("communications/queue/list"), query);
        const SandboxAnswer plain = f->send("GET", url, {}, {{"Accept-Encoding", "identity"}});
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.header("Content-Encoding").isEmpty());
        verifyEnvelope(plain, "OK");
        // Asked for by hand, Qt leaves the bytes as they came: a gzip member.
        const SandboxAnswer raw = f->send("GET", url, {}, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(raw.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(raw.body.startsWith("\x1f\x8b\x08"));
        QVERIFY2(raw.body.size() * 4 < plain.body.size(),
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(raw.body.size()).arg(plain.body.size())));
        // As the app sends it (Qt's own Accept-Encoding): decoded, checksum and all, into the same answer.
        const SandboxAnswer decoded = f->send("GET", url);
        QCOMPARE(decoded.body, plain.body);
        // A refusal, and small answers, stay as they are.
        QVERIFY(f->send("GET", url, {}, {{"Accept-Encoding", "gzip;q=0"}}).header("Content-Encoding").isEmpty());
        const SandboxAnswer small =
            f->send("GET",
                    f->url(QStringLiteral("communications/show"),
                           "token=" + f->token().toLatin1() + "&communication_identifier=number=CM999999"),
                    {}, {{"Accept-Encoding", "gzip"}});
        QVERIFY(small.header("Content-Encoding").isEmpty());
        verifyEnvelope(small, "NOT_FOUND");
    }

    void dataShapes()
    {
        SandboxAnswer answer = f->get(QStringLiteral("communications/configuration/categories/list"));
        QCOMPARE(answer.status, 200);
        verifyEnvelope(answer, "OK");
        QVERIFY(answer.data().isArray());
        answer = f->get(QStringLiteral("contact_information/show"), "contact_information_identifier=number=CI000001");
        verifyEnvelope(answer, "OK");
        QVERIFY(answer.data().isObject());
        answer = f->get(QStringLiteral("communications/show"), "communication_identifier=number=CM999999");
        QCOMPARE(answer.status, 200);
        verifyEnvelope(answer, "NOT_FOUND");
    }

    void unknownPaths_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown method") << QByteArray("GET")
                                        << QStringLiteral("/crmapi/rest/v2/communications/destroy");
        QTest::newRow("trailing slash") << QByteArray("GET") << QStringLiteral("/crmapi/rest/v2/communications/list/");
        QTest::newRow("other version") << QByteArray("GET") << QStringLiteral("/crmapi/rest/v1/communications/list");
        QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/");
        QTest::newRow("unknown POST") << QByteArray("POST") << QStringLiteral("/crmapi/rest/v2/communications/send");
    }

    void unknownPaths()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QUrl url = f->sandbox.serverUrl();
        url.setPath(path);
        const SandboxAnswer answer = f->send(verb, url, verb == "POST" ? QByteArray("{}") : QByteArray());
        QCOMPARE(answer.status, 404);
        verifyEnvelope(answer, "UNKNOWN_METHOD");
    }

    void wrongVerb_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("allowed");
        QTest::newRow("POST a GET call") << QByteArray("POST") << QStringLiteral("communications/list")
                                         << QByteArray("GET");
        QTest::newRow("GET a POST call") << QByteArray("GET") << QStringLiteral("communications/create")
                                         << QByteArray("POST");
        QTest::newRow("GET login") << QByteArray("GET") << QStringLiteral("authentication/token") << QByteArray("POST");
        QTest::newRow("PUT") << QByteArray("PUT") << QStringLiteral("communications/update") << QByteArray("POST");
        QTest::newRow("DELETE") << QByteArray("DELETE") << QStringLiteral("communications/queue/show")
                                << QByteArray("GET");
    }

    void wrongVerb()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, method);
        QFETCH(QByteArray, allowed);
        const SandboxAnswer answer =
            f->send(verb, f->url(method), verb == "GET" || verb == "DELETE" ? QByteArray() : "{}");
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.header("Allow"), allowed);
        verifyEnvelope(answer, "METHOD_NOT_ALLOWED");
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("username=demo&password=demo");
        QTest::newRow("array") << QByteArray(R"([{"username":"demo"}])");
        QTest::newRow("string") << QByteArray(R"("demo")");
        QTest::newRow("truncated") << QByteArray("{\"username\":\"demo\",\"pass");
        QTest::newRow("trailing garbage") << QByteArray(R"({"username":"demo"} x)");
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        for (const char *method : {"authentication/token", "communications/create", "communications/queue/reject"}) {
            const SandboxAnswer answer = f->send("POST", f->url(QString::fromLatin1(method)), body);
            QCOMPARE(answer.status, 400);
            verifyEnvelope(answer, "INVALID_REQUEST");
        }
    }

    void bodySizeLimit()
    {
        // Just under 1 MiB is a call like any other; one byte over the limit is refused with 413.
        QJsonObject request {{QStringLiteral("token"), f->token()},
                             {QStringLiteral("contact_information_identifier"),
                              QJsonObject {{QStringLiteral("number"), QStringLiteral("CI000040")}}},
                             {QStringLiteral("direction"), QStringLiteral("INCOMING")},
                             {QStringLiteral("media"), QStringLiteral("LETTER")},
                             {QStringLiteral("subject"), QStringLiteral("A long letter")},
                             {QStringLiteral("fields_set"), QStringLiteral("number")}};
        QByteArray small = QJsonDocument(request).toJson(QJsonDocument::Compact);
        request.insert(QStringLiteral("content"), QString(1024 * 1024 - small.size() - 20, u'x'));
        const QByteArray fits = QJsonDocument(request).toJson(QJsonDocument::Compact);
        QVERIFY(fits.size() <= 1024 * 1024);
        SandboxAnswer answer = f->send("POST", f->url(QStringLiteral("communications/create")), fits);
        QCOMPARE(answer.status, 200);
        verifyEnvelope(answer, "OK");

        request.insert(QStringLiteral("content"), QString(1024 * 1024, u'x'));
        answer = f->send("POST", f->url(QStringLiteral("communications/create")), QJsonDocument(request).toJson());
        QCOMPARE(answer.status, 413);
        verifyEnvelope(answer, "REQUEST_TOO_LARGE");
    }

    void clientSeesTransportFailures()
    {
        Capture<QJsonValue> missing;
        f->client.get(nullptr, QStringLiteral("communications/destroy"), {}, missing.handler());
        QVERIFY(SandboxFixture::wait(missing));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().httpStatus(), 404);

        Capture<QJsonValue> apiFailure;
        f->client.get(nullptr, QStringLiteral("communications/list"), {}, apiFailure.handler());
        QVERIFY(SandboxFixture::wait(apiFailure));
        QVERIFY(!apiFailure.ok());
        QCOMPARE(apiFailure.error().kind(), ApiError::Kind::Api);
        QVERIFY(apiFailure.error().isInvalidToken());
    }

    void queryDecoding()
    {
        // Values with the characters the client percent-encodes reach the server intact: the
        // NOT_FOUND message quotes what the server understood.
        const QString odd = QStringLiteral("A&B+C=D%E#F Λ😀");
        CommunicationsApi::ListFilter filter;
        filter.category = Identifier::byName(odd);
        Capture<QList<Communication>> listed;
        CommunicationsApi(&f->session).list(nullptr, filter, listed.handler());
        QVERIFY(SandboxFixture::wait(listed));
        QVERIFY(!listed.ok());
        QCOMPARE(listed.error().code(), QStringLiteral("NOT_FOUND"));
        QVERIFY2(listed.error().message().contains(QLatin1Char('"') + odd + QLatin1Char('"')),
                 qPrintable(listed.error().message()));

        // A space, percent-encoded, finds "Payment Reminders"; a '+' is a plus, not a space.
        filter.category = Identifier::byName(QStringLiteral("Payment Reminders"));
        Capture<QList<Communication>> found;
        CommunicationsApi(&f->session).list(nullptr, filter, found.handler());
        QVERIFY(SandboxFixture::wait(found));
        QVERIFY(found.ok());
        QVERIFY(!found.value().isEmpty());
        QCOMPARE(f->get(QStringLiteral("communications/list"), "category_identifier=name=Payment+Reminders").code(),
                 QStringLiteral("NOT_FOUND"));
        QCOMPARE(f->get(QStringLiteral("communications/list"), "category_identifier=name%3DPayment%20Reminders").code(),
                 QStringLiteral("OK"));
        // An empty value counts as absent; a name given twice is refused.
        QCOMPARE(f->get(QStringLiteral("communications/show"), "communication_identifier=").code(),
                 QStringLiteral("MISSING_PARAMETER"));
        QCOMPARE(
            f->get(QStringLiteral("communications/list"), "media=SMS&media=EMAIL&category_identifier=code=CON").code(),
            QStringLiteral("INVALID_PARAMETER"));
        // Unknown parameters are ignored, as real servers do.
        QCOMPARE(f->get(QStringLiteral("communications/list"), "category_identifier=code=CON&colour=blue").code(),
                 QStringLiteral("OK"));
    }

    void fiftyConcurrentCreates()
    {
        const auto countOf = [this] {
            return f
                ->get(QStringLiteral("communications/list"),
                      "contact_information_identifier=number=CI000050&number_of_results=1000&fields_set=number")
                .array()
                .size();
        };
        const qsizetype before = countOf();
        CommunicationsApi api(&f->session);
        QList<Capture<Communication>> captures(50);
        for (int i = 0; i < 50; ++i) {
            CommunicationInput input;
            input.direction = Direction::Outgoing;
            input.media = Media::Sms;
            input.to = QStringLiteral("+35799123456");
            input.subject = QStringLiteral("Concurrent %1").arg(i);
            input.content = QStringLiteral("Message number %1").arg(i);
            api.create(nullptr, Identifier::byNumber(QStringLiteral("CI000050")), input, captures[i].handler());
        }
        WAIT_VERIFY_WITH_TIMEOUT(
            std::all_of(captures.cbegin(), captures.cend(), [](const auto &c) { return c.done(); }), 20000);
        QSet<QString> numbers;
        QSet<QString> subjects;
        for (const auto &capture : std::as_const(captures)) {
            QVERIFY2(capture.ok(), qPrintable(capture.ok() ? QString() : SandboxFixture::describe(capture.error())));
            numbers.insert(capture.value().number);
            subjects.insert(capture.value().subject);
        }
        QCOMPARE(numbers.size(), 50);
        QCOMPARE(subjects.size(), 50);
        QCOMPARE(countOf(), before + 50);
        // Each entered the SMS queue once.
        const QJsonArray queued =
            f->get(QStringLiteral("communications/queue/list"),
                   "media=SMS&contact_information_identifier=number=CI000050&number_of_results=1000")
                .array();
        QSet<QString> queuedNumbers;
        for (const QJsonValue &item : queued)
            queuedNumbers.insert(item.toObject()
                                     .value(QStringLiteral("communication"))
                                     .toObject()
                                     .value(QStringLiteral("number"))
                                     .toString());
        QVERIFY(numbers.intersect(queuedNumbers).size() == 50);
    }

    void internalFault()
    {
        // Break a sandbox's own database underneath it: the answer is a 500 with the envelope.
        SandboxFixture broken;
        QVERIFY(broken.start());
        const QString token = broken.token();
        QSqlQuery drop(QSqlDatabase::database(broken.sandbox.databaseConnectionName(), false));
        QVERIFY(drop.exec(QStringLiteral("DROP TABLE external_systems")));
        const SandboxAnswer answer =
            broken.send("GET",
                        broken.url(QStringLiteral("communications/configuration/external_systems/list"),
                                   "token=" + token.toLatin1()));
        QCOMPARE(answer.status, 500);
        verifyEnvelope(answer, "INTERNAL_ERROR");
        // The client takes it as an error (its GET retries are not this test's business).
        ApiClientOptions options = broken.client.options();
        options.maxGetAttempts = 1;
        broken.client.setOptions(options);
        Capture<QJsonValue> viaClient;
        broken.client.get(nullptr, QStringLiteral("communications/configuration/external_systems/list"),
                          Query().add(QStringLiteral("token"), token), viaClient.handler());
        QVERIFY(SandboxFixture::wait(viaClient, 30000));
        QVERIFY(!viaClient.ok());
        QCOMPARE(viaClient.error().httpStatus(), 500);
        // The other sandbox is unharmed.
        QCOMPARE(f->get(QStringLiteral("communications/configuration/external_systems/list")).code(),
                 QStringLiteral("OK"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTransport)
#include "tst_sandboxtransport.moc"
