#include "ApiCall.h"

#include "ApiLog.h"

#include <QAuthenticator>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslError>
#include <QTimer>
#include <QtConcurrent>

#include <optional>

namespace commdesk {

namespace {

// A POST body that can be read once and never rewound (see ApiCall::send).
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0; }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1StringView("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1StringView("https") ? 443 : 80);
}

// Retry-After is either delta-seconds or an HTTP date.
std::chrono::milliseconds retryAfter(QNetworkReply *reply, const Clock *clock)
{
    const QByteArray header = reply->rawHeader("Retry-After").trimmed();
    if (header.isEmpty())
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qint64 seconds = header.toLongLong(&ok);
    if (ok)
        return std::chrono::seconds(std::max<qint64>(0, seconds));
    QString date = QString::fromLatin1(header);
    // HTTP dates end in "GMT" (RFC 9110 IMF-fixdate), which Qt's RFC 2822 reader refuses.
    if (date.endsWith(QLatin1StringView(" GMT")))
        date = date.chopped(3) + QLatin1StringView("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(std::max<qint64>(0, clock->now().msecsTo(when)));
}

// Qt's error texts may quote the URL, and with it the token.
QString scrubbed(QString text)
{
    static const QRegularExpression secret(QStringLiteral("(token|password|api_key)=[^&\\s]*"),
                                           QRegularExpression::CaseInsensitiveOption);
    return text.replace(secret, QStringLiteral("\\1=REDACTED"));
}

// Errors that Qt reports before the request left for the server: a POST that ends in one of these
// was certainly not carried out.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

ApiError networkError(QNetworkReply *reply, int httpStatus)
{
    const QString detail = scrubbed(reply->errorString());
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout produces
        return ApiError(ApiError::Kind::Timeout, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Kind::Tls, detail);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError::proxyCredentialsRequired(detail);
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownContentError:
        // After a status line, a broken body (one that fails to decompress, say) is an answer
        // that cannot be read; before one, the connection itself failed.
        if (httpStatus > 0 && httpStatus < 400)
            return ApiError::protocol(detail);
        return ApiError(ApiError::Kind::Network, detail);
    default:
        // Redirect loops and insecure redirects included: Qt classes them as network errors too.
        return ApiError(ApiError::Kind::Network, detail);
    }
}

} // namespace

ApiCall::ApiCall(ApiClient *client, QObject *owner, Verb verb, QString method, QUrl url, QByteArray body,
                 ApiClient::Handler handler, QString basicUser)
    : QObject(client)
    , m_client(client)
    , m_owner(owner)
    , m_hasOwner(owner != nullptr)
    , m_verb(verb)
    , m_method(std::move(method))
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_handler(std::move(handler))
    , m_basicUser(std::move(basicUser))
    , m_clock(client->clock())
{
    if (owner)
        connect(owner, &QObject::destroyed, this, &ApiCall::cancel);
}

ApiCall::~ApiCall()
{
    abortReply();
}

void ApiCall::start()
{
    m_elapsed.start();
    if (!m_client->baseUrl().isValid()) {
        // Report asynchronously, like every other outcome, so callers see one behaviour.
        QTimer::singleShot(0, this, [this] {
            finish(ApiError(ApiError::Kind::Usage, ApiClient::tr("No server address has been set.")));
        });
        return;
    }
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_deadlinePassed = true;
        abortReply();
        ApiError error(ApiError::Kind::Timeout, QStringLiteral("overall deadline passed"));
        if (m_verb == Verb::Post && m_bodySent)
            error.setOutcomeUnknown();
        finish(error);
    });
    m_deadline->start(m_client->options().deadline);
    send();
}

void ApiCall::send()
{
    ++m_attempt;
    const ApiClientOptions &options = m_client->options();
    QNetworkRequest request(m_url);
    request.setTransferTimeout(int(options.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("CommDesk/%1").arg(QCoreApplication::applicationVersion()));
    if (!m_basicUser.isEmpty())
        request.setRawHeader("Authorization", "Basic " + QByteArray(m_basicUser.toUtf8() + ':').toBase64());
    // Credentials for an HTTP proxy go with the first try. Otherwise the proxy answers 407 and Qt
    // would have to send the request again, which a POST's one-shot body (below) refuses.
    const QNetworkProxy proxy = m_client->proxy().httpProxyWithCredentialsFor(m_url);
    if (proxy.type() == QNetworkProxy::HttpProxy)
        request.setRawHeader("Proxy-Authorization",
                             "Basic " + (proxy.user() + u':' + proxy.password()).toUtf8().toBase64());
    if (m_url.scheme() == QLatin1StringView("https"))
        m_client->tlsPolicy().apply(request);

    qCDebug(lcApi).noquote() << (m_verb == Verb::Get ? "GET" : "POST") << ApiClient::redactedUrl(m_url) << "attempt"
                             << m_attempt;
    QNetworkAccessManager *network = m_client->network();
    if (m_verb == Verb::Get) {
        m_reply = network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        // Qt's HTTP layer sends a request again by itself when the connection closes while it waits
        // for the answer, POSTs included: a create the server performed would then be created twice
        // without anyone knowing. A body Qt cannot rewind turns that hidden resend into an error,
        // which callers treat as "outcome unknown" (docs/architecture.md "Rules of the house": POSTs are never retried
        // blindly).
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = network->post(request, new OneShotBody(m_body, this));
    }
    m_tooLarge = false;
    m_redirects = 0;
    m_refusedCertificate = QSslCertificate();
    m_certificateProblems.clear();
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never silently: only the errors of a certificate the user pinned for this server are
        // ignored; anything else fails the call with the certificate attached, so the UI can ask.
        const QSslCertificate leaf = m_reply->sslConfiguration().peerCertificate();
        if (m_client->tlsPolicy().accepts(errors, leaf)) {
            m_reply->ignoreSslErrors(errors);
            return;
        }
        m_refusedCertificate = leaf.isNull() && !errors.isEmpty() ? errors.first().certificate() : leaf;
        m_certificateProblems = TlsPolicy::describe(errors);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::checkSize);
    m_bodySent = false;
    if (m_verb == Verb::Post) {
        connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
            if (sent > 0)
                m_bodySent = true;
        });
    }
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(0, length.toLongLong());
    });
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        // Only to the same origin: a token in the URL must not travel to another host.
        ++m_redirects;
        if (sameOrigin(m_url, target)) {
            Q_EMIT m_reply->redirectAllowed();
            return;
        }
        qCInfo(lcApi).noquote() << "refused redirect to" << ApiClient::redactedUrl(target);
        m_redirectRefused = true;
        m_reply->abort();
    });
}

void ApiCall::checkSize(qint64 received, qint64 total)
{
    const qint64 limit = m_client->options().maxAnswerBytes;
    if (m_reply && !m_tooLarge && (received > limit || total > limit)) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    if (m_tooLarge)
        return finish(ApiError::tooLarge(m_client->options().maxAnswerBytes));
    if (m_redirectRefused)
        return finish(ApiError(ApiError::Kind::Network, QStringLiteral("redirect to another server refused")));

    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastHttpStatus = httpStatus;
    const QNetworkReply::NetworkError error = reply->error();
    // A redirect that ended here was not followed (no usable Location, or a loop, which Qt 6.4
    // ends after a few rounds with no final status at all): the request never reached an answer,
    // a network error as Qt classes redirect loops. Asking again would meet the same redirect.
    if ((httpStatus >= 300 && httpStatus < 400) || (m_redirects > 0 && httpStatus < 200))
        return finish(ApiError(ApiError::Kind::Network,
                               QStringLiteral("HTTP %1 redirect that could not be followed").arg(httpStatus)));
    // A proxy's 407 is the proxy's word, not the server's: no envelope to look for.
    if (error == QNetworkReply::ProxyAuthenticationRequiredError)
        return failOrRetry(transportError(reply), std::chrono::milliseconds(0));
    // An HTTP error status still carries the envelope (docs/api-contract.md, "Envelope"); anything
    // else that failed on the way is a transport error.
    if (error != QNetworkReply::NoError && httpStatus == 0)
        return failOrRetry(transportError(reply), std::chrono::milliseconds(0));
    if (error != QNetworkReply::NoError && httpStatus < 400)
        return failOrRetry(transportError(reply), std::chrono::milliseconds(0));

    const QByteArray body = reply->readAll();
    if (m_client)
        m_client->countAnswer(body.size());
    const std::chrono::milliseconds wait = retryAfter(reply, Clock::orSystem(m_clock));
    auto handleDecoded = [this, wait](const Result<QJsonValue> &result) {
        if (!result.ok() && result.error().isTransient())
            return failOrRetry(result.error(), wait);
        finish(result);
    };
    if (m_decodeOn == ApiClient::DecodeOn::BySize && body.size() <= m_client->options().offThreadDecodeBytes)
        return handleDecoded(m_decoder(body, httpStatus));

    // Large answers are parsed on a worker so that the GUI thread keeps painting (docs/architecture.md).
    auto *watcher = new QFutureWatcher<std::optional<Result<QJsonValue>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, handleDecoded] {
        watcher->deleteLater();
        handleDecoded(*watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([decoder = m_decoder, body, httpStatus] {
        return std::optional<Result<QJsonValue>>(decoder(body, httpStatus));
    }));
}

ApiError ApiCall::transportError(QNetworkReply *reply) const
{
    ApiError error = networkError(reply, m_lastHttpStatus);
    // A POST that reached the server and got no answer may have been carried out (a create may
    // exist): say so rather than "could not be reached", which invites sending it again.
    if (m_verb == Verb::Post && m_bodySent && !failedBeforeSending(reply->error())
        && (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout))
        error.setOutcomeUnknown();
    if (!m_refusedCertificate.isNull() || !m_certificateProblems.isEmpty()) {
        error = ApiError(ApiError::Kind::Tls, scrubbed(reply->errorString()));
        error.setCertificateProblem(m_refusedCertificate, m_certificateProblems, m_url.host());
    }
    return error;
}

void ApiCall::record(const Result<QJsonValue> &result)
{
    DiagnosticEntry entry;
    entry.when = QDateTime::currentDateTimeUtc();
    entry.verb = m_verb == Verb::Get ? QStringLiteral("GET") : QStringLiteral("POST");
    entry.url = ApiClient::redactedUrl(m_url);
    entry.httpStatus = m_lastHttpStatus;
    entry.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    QStringList details;
    if (!m_basicUser.isEmpty())
        details.append(QStringLiteral("Authorization: Basic REDACTED"));
    if (m_verb == Verb::Post) {
        const QJsonObject body = QJsonDocument::fromJson(m_body).object();
        details.append(QString::fromUtf8(ApiClient::redactedBody(body)));
    }
    if (result.ok()) {
        entry.outcome = QStringLiteral("OK");
    } else {
        const ApiError &error = result.error();
        entry.outcome = error.code().isEmpty() ? error.userText() : error.code() + QLatin1Char(' ') + error.userText();
        if (!error.detail().isEmpty())
            details.append(scrubbed(error.detail()));
        if (error.isUntrustedCertificate())
            details.append(QStringLiteral("certificate %1: %2")
                               .arg(TlsPolicy::fingerprint(error.certificate()),
                                    error.certificateProblems().join(QStringLiteral("; "))));
    }
    if (m_attempt > 1)
        details.append(QStringLiteral("attempts: %1").arg(m_attempt));
    entry.detail = details.join(QStringLiteral(" | "));
    m_client->diagnosticLog()->add(std::move(entry));
}

void ApiCall::failOrRetry(const ApiError &error, std::chrono::milliseconds wait)
{
    const ApiClientOptions &options = m_client->options();
    const bool retryable = m_verb == Verb::Get && error.isTransient() && m_attempt < options.maxGetAttempts;
    if (!retryable || m_deadlinePassed)
        return finish(error);

    if (wait.count() <= 0) {
        // Exponential backoff with full jitter on the upper half.
        const qint64 base = options.retryBaseDelay.count() << (m_attempt - 1);
        wait = std::chrono::milliseconds(base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1));
    }
    wait = std::min(wait, options.maxRetryDelay);
    if (m_deadline && m_deadline->remainingTime() >= 0 && wait.count() >= m_deadline->remainingTime())
        return finish(error);

    qCInfo(lcApi).noquote() << m_method << "failed:" << error.detail() << "- retrying in" << wait.count() << "ms";
    if (!m_retryTimer) {
        m_retryTimer = new ClockTimer(m_clock, this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &ClockTimer::timeout, this, &ApiCall::send);
    }
    m_retryTimer->start(wait);
}

void ApiCall::finish(const Result<QJsonValue> &result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_client) {
        record(result);
        if (result.ok())
            Q_EMIT m_client->serverAnswered();
        else if (result.error().meansUnreachable())
            Q_EMIT m_client->serverUnreachable(result.error());
        else if (result.error().kind() != ApiError::Kind::Usage)
            Q_EMIT m_client->serverAnswered();
    }
    if (!result.ok()) {
        ApiError error = result.error();
        error.setMethod(m_method);
        qCInfo(lcApi).noquote() << m_method << "failed:" << error.userText() << error.detail();
        if (!m_hasOwner || m_owner)
            m_handler(error);
    } else if (!m_hasOwner || m_owner) {
        m_handler(result);
    }
    Q_EMIT finished();
    deleteLater();
}

void ApiCall::cancel()
{
    if (m_done)
        return;
    m_done = true;
    abortReply();
    deleteLater();
}

void ApiCall::abortReply()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace commdesk
