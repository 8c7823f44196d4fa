// The transport's pure parts: base URLs, query building, envelope decoding, redaction, error texts.
#include "ApiClient.h"
#include "Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace commdesk;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesBaseUrl_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << "crm.example.com"
                                   << "https://crm.example.com/crmapi/rest/v2/";
        QTest::newRow("https") << "https://crm.example.com"
                               << "https://crm.example.com/crmapi/rest/v2/";
        QTest::newRow("trailing slash") << "https://crm.example.com/"
                                        << "https://crm.example.com/crmapi/rest/v2/";
        QTest::newRow("port and path") << "http://10.0.0.5:8080/crm"
                                       << "http://10.0.0.5:8080/crm/crmapi/rest/v2/";
        QTest::newRow("already complete") << "https://crm.example.com/crmapi/rest/v2"
                                          << "https://crm.example.com/crmapi/rest/v2/";
        QTest::newRow("complete with slash") << " https://crm.example.com/crmapi/rest/v2/ "
                                             << "https://crm.example.com/crmapi/rest/v2/";
        QTest::newRow("query dropped") << "https://crm.example.com/?a=b"
                                       << "https://crm.example.com/crmapi/rest/v2/";
    }
    void normalisesBaseUrl()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = ApiClient::normaliseBaseUrl(typed, &error);
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }

    void refusesBadBaseUrls_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << "  ";
        QTest::newRow("ftp") << "ftp://crm.example.com";
        QTest::newRow("no host") << "https://";
        QTest::newRow("spaces in host") << "https://crm example.com";
    }
    void refusesBadBaseUrls()
    {
        QFETCH(QString, typed);
        QString error;
        QVERIFY(!ApiClient::normaliseBaseUrl(typed, &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    void buildsGetUrlsWithEncodedIdentifiers()
    {
        ApiClient client;
        QVERIFY(client.setServer(QStringLiteral("https://crm.example.com")));
        Query query;
        query.add(QStringLiteral("token"), QStringLiteral("T0K"))
            .add(QStringLiteral("contact_information_identifier"),
                 Identifier(QStringLiteral("name"), QStringLiteral("Ελένη & Co+1=2 #5%")))
            .add(QStringLiteral("media"), QStringLiteral("EMAIL"))
            .add(QStringLiteral("number_of_results"), 50)
            .addFieldsSet({QStringLiteral("number"), QStringLiteral("subject")});
        const QUrl url = client.urlFor(QStringLiteral("communications/list"), query);
        QCOMPARE(url.toEncoded(),
                 QByteArray("https://crm.example.com/crmapi/rest/v2/communications/list?token=T0K"
                            "&contact_information_identifier=name=%CE%95%CE%BB%CE%AD%CE%BD%CE%B7%20%26%20Co%2B1%3D2%20"
                            "%235%25&media=EMAIL&number_of_results=50&fields_set=number,subject"));
    }

    void leavesOutEmptyParameters()
    {
        Query query;
        query.add(QStringLiteral("direction"), QString()).add(QStringLiteral("x_identifier"), Identifier());
        QVERIFY(query.toEncoded().isEmpty());
    }

    void decodesEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expectedData");
        QTest::newRow("object") << QByteArray(
            R"({"status":{"code":"OK","description":"","message":""},"data":{"a":1}})")
                                << QByteArray(R"({"a":1})");
        QTest::newRow("array, data first, nulls")
            << QByteArray(R"({"data":[{"id":"1"}],"status":{"message":null,"code":"OK","description":null}})")
            << QByteArray(R"([{"id":"1"}])");
        QTest::newRow("empty action") << QByteArray(R"({"status":{"code":"OK"},"data":{}})") << QByteArray("{}");
        QTest::newRow("unknown members") << QByteArray(R"({"extra":true,"status":{"code":"OK","x":1},"data":[]})")
                                         << QByteArray("[]");
    }
    void decodesEnvelopes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expectedData);
        const Result<QJsonValue> result = ApiClient::decodeEnvelope(body, 200);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail()));
        const QJsonValue data = result.value();
        const QByteArray encoded = data.isArray() ? QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(encoded, expectedData);
    }

    void decodesApiErrors()
    {
        const auto result = ApiClient::decodeEnvelope(
            R"({"status":{"code":"NOT_FOUND","message":"No communication CM9","description":"number=CM9"},"data":null})",
            200);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::Api);
        QCOMPARE(result.error().code(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(result.error().message(), QStringLiteral("No communication CM9"));
        QCOMPARE(result.error().description(), QStringLiteral("number=CM9"));
        QCOMPARE(result.error().userText(), QStringLiteral("Not found: “No communication CM9”"));
    }

    void decodesErrorsAtHttpLevel()
    {
        // 4xx/5xx with an envelope: the API error with its HTTP status (docs/api-contract.md "Envelope").
        auto withEnvelope =
            ApiClient::decodeEnvelope(R"({"status":{"code":"INTERNAL_ERROR","message":"boom"},"data":null})", 500);
        QCOMPARE(withEnvelope.error().kind(), ApiError::Kind::Api);
        QCOMPARE(withEnvelope.error().httpStatus(), 500);
        // Without: an HTTP error.
        auto html = ApiClient::decodeEnvelope("<html><body>Internal Server Error</body></html>", 500);
        QCOMPARE(html.error().kind(), ApiError::Kind::Http);
        QCOMPARE(html.error().httpStatus(), 500);
        // An OK envelope on an error status is still an error.
        auto okOn404 = ApiClient::decodeEnvelope(R"({"status":{"code":"OK"},"data":{}})", 404);
        QCOMPARE(okOn404.error().kind(), ApiError::Kind::Http);
    }

    void refusesMalformedEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty answer");
        QTest::newRow("truncated") << QByteArray(R"({"status":{"code":"OK"},"data":[{"id":)")
                                   << QStringLiteral("malformed JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("no status") << QByteArray(R"({"data":{}})") << QStringLiteral("status: missing");
        QTest::newRow("status not object")
            << QByteArray(R"({"status":"OK","data":{}})") << QStringLiteral("status: missing");
        QTest::newRow("code missing") << QByteArray(R"({"status":{"message":"x"},"data":{}})")
                                      << QStringLiteral("status.code");
        QTest::newRow("code wrong type") << QByteArray(R"({"status":{"code":[1]},"data":{}})")
                                         << QStringLiteral("status.code");
        QByteArray deep(5000, '[');
        QTest::newRow("deeply nested") << QByteArray(R"({"status":{"code":"OK"},"data":)" + deep)
                                       << QStringLiteral("malformed JSON");
    }
    void refusesMalformedEnvelopes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const auto result = ApiClient::decodeEnvelope(body, 200);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), ApiError::Kind::Protocol);
        QVERIFY2(result.error().detail().contains(detail), qPrintable(result.error().detail()));
    }

    void redactsSecrets()
    {
        const QUrl url(QStringLiteral("https://user:pw@crm.example.com/crmapi/rest/v2/communications/list"
                                      "?token=SECRET123&media=SMS&TOKEN=x"));
        const QString logged = ApiClient::redactedUrl(url);
        QCOMPARE(logged,
                 QStringLiteral("https://crm.example.com/crmapi/rest/v2/communications/list"
                                "?token=REDACTED&media=SMS&TOKEN=REDACTED"));
        const QJsonObject body {{QStringLiteral("token"), QStringLiteral("SECRET123")},
                                {QStringLiteral("password"), QStringLiteral("hunter2")},
                                {QStringLiteral("subject"), QStringLiteral("Hello")}};
        const QByteArray loggedBody = ApiClient::redactedBody(body);
        QVERIFY(!loggedBody.contains("SECRET123"));
        QVERIFY(!loggedBody.contains("hunter2"));
        QVERIFY(loggedBody.contains("Hello"));
    }

    void everyErrorClassReadsAsASentence()
    {
        const QList<ApiError> errors = {
            ApiError(ApiError::Kind::Network, QStringLiteral("Connection refused")),
            ApiError(ApiError::Kind::Timeout, {}),
            ApiError(ApiError::Kind::Tls, QStringLiteral("self-signed certificate")),
            ApiError::http(502, {}),
            ApiError::protocol(QStringLiteral("data[0].viewed: expected a boolean")),
            ApiError::tooLarge(1024),
            ApiError::api(QStringLiteral("INVALID_TOKEN"), {}, {}),
            ApiError::api(QStringLiteral("INVALID_CREDENTIALS"), {}, {}),
            ApiError::api(QStringLiteral("MISSING_PARAMETER"), QStringLiteral("subject is mandatory"), {}),
            ApiError::api(QStringLiteral("INVALID_PARAMETER"), QStringLiteral("media"), {}),
            ApiError::api(QStringLiteral("NOT_FOUND"), QStringLiteral("CM1"), {}),
            ApiError::api(QStringLiteral("INVALID_STATE"), QStringLiteral("already completed"), {}),
            ApiError::api(QStringLiteral("SOMETHING_NEW"), QStringLiteral("Server says no"), {}),
            // Refused by this client, with no words of the server's (QueueActionRunner).
            ApiError::api(QStringLiteral("INVALID_STATE"), {}, {}),
        };
        QSet<QString> texts;
        for (const ApiError &error : errors) {
            const QString text = error.userText();
            QVERIFY(!text.isEmpty());
            QVERIFY2(text.endsWith(QLatin1Char('.')) || text.back().isLetterOrNumber() || text.endsWith(u'”'),
                     qPrintable(text));
            texts.insert(text);
        }
        QCOMPARE(texts.size(), errors.size()); // each class reads differently
        QCOMPARE(errors.last().userText(), QStringLiteral("This is not allowed in the current state."));
    }

    // The server's own words stand in quotes inside our sentence, so that in any language they read as its words.
    void serverWordsAreQuoted_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("MISSING_PARAMETER") << QStringLiteral("subject is mandatory")
                                 << QString()
                                 << QStringLiteral("Something required is missing: “subject is mandatory”");
        QTest::newRow("refused") << QStringLiteral("INVALID_PARAMETER") << QStringLiteral("media") << QString()
                                 << QStringLiteral("The server refused a value: “media”");
        QTest::newRow("not found") << QStringLiteral("NOT_FOUND") << QStringLiteral("No communication CM9")
                                   << QStringLiteral("number=CM9")
                                   << QStringLiteral("Not found: “No communication CM9”");
        QTest::newRow("state") << QStringLiteral("INVALID_STATE") << QStringLiteral("already completed") << QString()
                               << QStringLiteral("This is not allowed in the current state: “already completed”");
        QTest::newRow("other") << QStringLiteral("SOMETHING_NEW") << QStringLiteral("Server says no") << QString()
                               << QStringLiteral("The server reported an error: “Server says no”");
        QTest::newRow("description only")
            << QStringLiteral("SOMETHING_NEW") << QString() << QStringLiteral("quota exceeded")
            << QStringLiteral("The server reported an error: “quota exceeded”");
        QTest::newRow("code only") << QStringLiteral("SOMETHING_NEW") << QString() << QString()
                                   << QStringLiteral("The server reported an error (SOMETHING_NEW).");
    }

    void serverWordsAreQuoted()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, description);
        QFETCH(QString, expected);
        QCOMPARE(ApiError::api(code, message, description).userText(), expected);
        QVERIFY(ApiError::http(503, {}).isTransient());
        QVERIFY(!ApiError::http(500, {}).isTransient());
        QVERIFY(!ApiError::api(QStringLiteral("INTERNAL_ERROR"), {}, {}).isTransient());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
