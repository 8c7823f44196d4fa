#pragma once

// Header-only on purpose: only the integration tests, which link commdesk_sandbox, include it.

#include "ApiClient.h"
#include "Capture.h"
#include "Sandbox.h"
#include "Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

// One answer as it came over the wire: HTTP status, headers, body, and the envelope parsed.
struct SandboxAnswer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject envelope() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const
    {
        return envelope().value(QLatin1StringView("status")).toObject().value(QLatin1StringView("code")).toString();
    }
    QString message() const
    {
        return envelope().value(QLatin1StringView("status")).toObject().value(QLatin1StringView("message")).toString();
    }
    QJsonValue data() const { return envelope().value(QLatin1StringView("data")); }
    QJsonObject object() const { return data().toObject(); }
    QJsonArray array() const { return data().toArray(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// A sandbox started in-process on 127.0.0.1:0 (the contract's emulator, docs/architecture.md "Tests"), the
// project's real client pointed at it, and raw access to the wire for literal checks.
class SandboxFixture
{
public:
    explicit SandboxFixture(commdesk::SandboxConfig config = commdesk::SandboxConfig::forTests())
        : sandbox(std::move(config))
    { }

    bool start()
    {
        QString error;
        if (!sandbox.start(&error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        client.setServer(sandbox.serverUrl().toString());
        session.setCredentials({QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        return true;
    }

    QUrl url(const QString &method, const QByteArray &encodedQuery = {}) const
    {
        QUrl url = sandbox.apiBaseUrl();
        url.setPath(url.path() + method);
        if (!encodedQuery.isEmpty())
            url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
        return url;
    }

    SandboxAnswer send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/json");
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            qWarning("no answer within 15 s from %s", qPrintable(url.toString()));
        SandboxAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }

    // GET with the token added unless the query has one or withToken is false.
    SandboxAnswer get(const QString &method, const QByteArray &encodedQuery = {}, bool withToken = true)
    {
        QByteArray query = encodedQuery;
        if (withToken)
            query = "token=" + token().toLatin1() + (query.isEmpty() ? QByteArray() : "&" + query);
        return send("GET", url(method, query));
    }

    // POST with the token added as the body's `token` member unless withToken is false.
    SandboxAnswer post(const QString &method, QJsonObject body = {}, bool withToken = true)
    {
        if (withToken && !body.contains(QLatin1StringView("token")))
            body.insert(QLatin1StringView("token"), token());
        return send("POST", url(method), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    // A token from authentication/token, fetched once on the wire.
    QString token()
    {
        if (m_token.isEmpty()) {
            const SandboxAnswer answer = send("POST", url(QStringLiteral("authentication/token")),
                                              R"({"username":"demo","password":"demo","organisation":"DEMO"})");
            m_token = answer.object().value(QLatin1StringView("token")).toString();
        }
        return m_token;
    }

    // Waits for a client call caught by a Capture.
    template<class T>
    static bool wait(const Capture<T> &capture, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&capture] { return capture.done(); }, timeoutMs);
    }

    static QString describe(const commdesk::ApiError &error)
    {
        return error.code() + QLatin1StringView(": ") + error.message() + QLatin1StringView(" / ") + error.detail();
    }

    commdesk::Sandbox sandbox;
    commdesk::ApiClient client;
    commdesk::Session session {&client};
    QNetworkAccessManager network;

private:
    QString m_token;
};

// The literal forms docs/api-contract.md "Dates" to "Identifiers" give.
namespace SandboxFormats {

inline bool isId(const QString &text)
{
    static const QRegularExpression id(QStringLiteral("^[0-9A-F]{32}$"));
    return id.match(text).hasMatch();
}

// Java's default date text in the sandbox's default zone, Europe/Nicosia (EET/EEST).
inline bool isJavaDate(const QString &text)
{
    static const QRegularExpression date(
        QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{2} "
                       "\\d{2}:\\d{2}:\\d{2} (EET|EEST) \\d{4}$"));
    return date.match(text).hasMatch();
}

inline bool isNumber(const QString &text, const char *prefix)
{
    const QRegularExpression number(QLatin1StringView("^") + QLatin1StringView(prefix) + QLatin1StringView("\\d{6}$"));
    return number.match(text).hasMatch();
}

inline QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

inline QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace SandboxFormats
