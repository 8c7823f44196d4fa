#pragma once

#include "Clock.h"
#include "DiagnosticLog.h"
#include "JsonReader.h"
#include "ProxySettings.h"
#include "Query.h"
#include "Result.h"
#include "TlsPolicy.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace commdesk {

class ApiCall;

struct ApiClientOptions
{
    std::chrono::milliseconds transferTimeout {std::chrono::seconds(30)}; // no bytes for this long
    std::chrono::milliseconds deadline {std::chrono::seconds(60)}; // the whole call, retries included
    qint64 maxAnswerBytes = 32 * 1024 * 1024;
    int maxGetAttempts = 3; // GETs only; POSTs are never repeated blindly
    std::chrono::milliseconds retryBaseDelay {500};
    std::chrono::milliseconds maxRetryDelay {std::chrono::seconds(10)};
    qint64 offThreadDecodeBytes = 256 * 1024; // bodies larger than this are parsed on a worker
};

// The transport of docs/api-contract.md "Transport" to "Envelope" over one QNetworkAccessManager: builds URLs and
// bodies, sends, enforces time and size limits, retries idempotent GETs, and decodes the envelope into the `data`
// member or an ApiError. Knows nothing of tokens: Session adds them.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const Result<QJsonValue> &)>;
    // Turns an answer's bytes into `data` or an error; decodeEnvelope() unless a call brings its own
    // (a list page read straight into rows, CommunicationPageReader). Runs on a worker thread for
    // large answers.
    using BodyDecoder = std::function<Result<QJsonValue>(const QByteArray &body, int httpStatus)>;
    // Where a call's decoder runs: on a worker for a large answer (Options::offThreadDecodeBytes),
    // or always on a worker (a poller that must leave the GUI thread its whole budget).
    enum class DecodeOn { BySize, Worker };

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // `https://crm.example.com` -> `https://crm.example.com/crmapi/rest/v2/`; a URL that already
    // ends in /crmapi/rest/v2 is kept. Empty and invalid URLs, and schemes other than http(s),
    // give an invalid QUrl and a translated reason.
    static QUrl normaliseBaseUrl(const QString &typed, QString *error = nullptr);
    bool setServer(const QString &typed, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }

    void setOptions(const ApiClientOptions &options) { m_options = options; }
    const ApiClientOptions &options() const { return m_options; }

    // What the answers so far came to: how many, and their bodies' bytes as read (after any
    // Content-Encoding was undone). For a poll's cost in `queue serve-metrics` and the benchmarks.
    struct Traffic
    {
        quint64 answers = 0;
        quint64 bytes = 0;
    };
    Traffic traffic() const { return m_traffic; }
    void countAnswer(qsizetype bytes)
    {
        ++m_traffic.answers;
        m_traffic.bytes += quint64(bytes);
    }
    QNetworkAccessManager *network() const { return m_network; }
    // Where the pauses between a GET's attempts are measured (null: the system's clock). The
    // inactivity timeout and the deadline stay on real time: Qt's transfer timeout cannot follow a
    // FakeClock.
    void setClock(Clock *clock) { m_clock = clock; }
    Clock *clock() const { return Clock::orSystem(m_clock); }

    // What this client trusts beyond the system CAs (pins, CA bundle) for the current server.
    TlsPolicy &tlsPolicy() { return m_tls; }
    const TlsPolicy &tlsPolicy() const { return m_tls; }
    // The last few hundred requests and errors, redacted, for Account > Diagnostic log.
    DiagnosticLog *diagnosticLog() const { return m_log; }
    void setProxy(const ProxySettings &proxy);
    const ProxySettings &proxy() const { return m_proxy; }

    // What a second client for the same server copies (the queue poller's, on its own thread).
    struct Setup
    {
        QUrl baseUrl;
        ApiClientOptions options;
        TlsPolicy tls;
        ProxySettings proxy;
    };
    Setup setup() const { return {m_baseUrl, m_options, m_tls, m_proxy}; }
    void applySetup(const Setup &setup);

    QUrl urlFor(const QString &method, const Query &query = {}) const;

    // Sends the call; handler runs on this thread unless owner has died (then the request is
    // aborted and handler never runs). The returned call may be cancelled; it deletes itself
    // after finishing.
    ApiCall *get(QObject *owner, const QString &method, const Query &query, Handler handler, BodyDecoder decoder = {},
                 DecodeOn decodeOn = DecodeOn::BySize);
    // basicUser: sent as the HTTP Basic user name with an empty password (web API key login).
    ApiCall *post(QObject *owner, const QString &method, const QJsonObject &body, Handler handler,
                  const QString &basicUser = {});

    // For logs: the URL with token= replaced, the body without token/password members.
    static QString redactedUrl(const QUrl &url);
    static QByteArray redactedBody(const QJsonObject &body);

    // Decodes one answer's bytes into `data` or an error (docs/api-contract.md "Envelope"). Public for tests and the
    // CLI.
    static Result<QJsonValue> decodeEnvelope(const QByteArray &body, int httpStatus);
    // Where the JSON starts: after a byte-order mark, no-break spaces and white space, which some
    // servers put first (CRM.COM's own example answers start with a no-break space).
    static qsizetype jsonStart(QByteArrayView body);

Q_SIGNALS:
    // The proxy wants credentials this client does not have (or refused the ones it had); the call
    // fails with a network error, and the UI asks and calls setProxy() for the next attempt.
    void proxyCredentialsRequired(const QString &proxyHost);
    // Every finished call says whether the server was reached (any answer, errors included) or not
    // (ApiError::meansUnreachable), before its handler runs. Cancelled calls say nothing.
    void serverAnswered();
    void serverUnreachable(const commdesk::ApiError &error);

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    ApiClientOptions m_options;
    Traffic m_traffic;
    TlsPolicy m_tls;
    DiagnosticLog *m_log;
    ProxySettings m_proxy;
    QPointer<Clock> m_clock;
};

} // namespace commdesk
