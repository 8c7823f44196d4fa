#include "ApiClient.h"

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

const QString kApiPath = QStringLiteral("/crmapi/rest/v2"); // CRM-API.md §1
const QStringList kSecretMembers = {QStringLiteral("token"), QStringLiteral("password"), QStringLiteral("api_key")};

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1StringView("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1StringView("https") ? 443 : 80);
}

// Retry-After is either delta-seconds or an HTTP date.
std::chrono::milliseconds retryAfter(QNetworkReply *reply)
{
    const QByteArray header = reply->rawHeader("Retry-After").trimmed();
    if (header.isEmpty())
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qint64 seconds = header.toLongLong(&ok);
    if (ok)
        return std::chrono::seconds(std::max<qint64>(0, seconds));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (!when.isValid())
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

// Qt's error texts may quote the URL, and with it the token.
QString scrubbed(QString text)
{
    static const QRegularExpression secret(QStringLiteral("(token|password|api_key)=[^&\\s]*"),
                                           QRegularExpression::CaseInsensitiveOption);
    return text.replace(secret, QStringLiteral("\\1=REDACTED"));
}

ApiError networkError(QNetworkReply *reply)
{
    const QString detail = scrubbed(reply->errorString());
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout produces
        return ApiError(ApiError::Kind::Timeout, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Kind::Tls, detail);
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return ApiError(ApiError::Kind::Protocol, detail);
    default:
        return ApiError(ApiError::Kind::Network, detail);
    }
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_log(new DiagnosticLog(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_proxy.applyTo(m_network);
    connect(m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy &proxy, QAuthenticator *) {
                // Qt has already tried the credentials of the configured proxy, if any; leaving the
                // authenticator empty fails this request, and the UI asks the user.
                m_log->addEvent(QStringLiteral("proxy %1 asks for credentials").arg(proxy.hostName()));
                Q_EMIT proxyCredentialsRequired(proxy.hostName());
            });
}

void ApiClient::setProxy(const ProxySettings &proxy)
{
    m_proxy = proxy;
    m_proxy.applyTo(m_network);
    m_network->clearConnectionCache();
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::normaliseBaseUrl(const QString &typed, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    QString text = typed.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter the address of the CRM.COM server."));
    if (!text.contains(QLatin1StringView("://")))
        text.prepend(QLatin1StringView("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a valid server address.").arg(typed.trimmed()));
    if (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
        return fail(tr("The server address must start with http:// or https://."));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(kApiPath))
        path += kApiPath;
    url.setPath(path + QLatin1Char('/'));
    url.setQuery(QString());
    url.setFragment(QString());
    if (error)
        error->clear();
    return url;
}

bool ApiClient::setServer(const QString &typed, QString *error)
{
    m_baseUrl = normaliseBaseUrl(typed, error);
    return m_baseUrl.isValid();
}

QUrl ApiClient::urlFor(const QString &method, const Query &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + method);
    const QByteArray encoded = query.toEncoded();
    if (!encoded.isEmpty())
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

ApiCall *ApiClient::get(QObject *owner, const QString &method, const Query &query, Handler handler)
{
    auto *call = new ApiCall(this, owner, ApiCall::Verb::Get, method, urlFor(method, query), {}, std::move(handler), {});
    call->start();
    return call;
}

ApiCall *ApiClient::post(QObject *owner, const QString &method, const QJsonObject &body, Handler handler,
                         const QString &basicUser)
{
    auto *call = new ApiCall(this, owner, ApiCall::Verb::Post, method, urlFor(method),
                             QJsonDocument(body).toJson(QJsonDocument::Compact), std::move(handler), basicUser);
    qCDebug(lcApi).noquote() << "POST body" << redactedBody(body);
    call->start();
    return call;
}

QString ApiClient::redactedUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    QStringList items = copy.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (QString &item : items) {
        const QString name = item.section(QLatin1Char('='), 0, 0);
        if (kSecretMembers.contains(name, Qt::CaseInsensitive))
            item = name + QLatin1StringView("=REDACTED");
    }
    copy.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return copy.toString(QUrl::FullyEncoded);
}

QByteArray ApiClient::redactedBody(const QJsonObject &body)
{
    QJsonObject copy = body;
    for (auto it = copy.begin(); it != copy.end(); ++it) {
        if (kSecretMembers.contains(it.key(), Qt::CaseInsensitive))
            it.value() = QStringLiteral("REDACTED");
    }
    return QJsonDocument(copy).toJson(QJsonDocument::Compact);
}

Result<QJsonValue> ApiClient::decodeEnvelope(const QByteArray &body, int httpStatus)
{
    const bool httpFailed = httpStatus >= 400;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (httpFailed)
            return ApiError::http(httpStatus, QStringLiteral("no JSON envelope"));
        if (body.trimmed().isEmpty())
            return ApiError::protocol(QStringLiteral("empty answer"));
        if (parseError.error != QJsonParseError::NoError)
            return ApiError::protocol(QStringLiteral("malformed JSON at offset %1: %2")
                                          .arg(parseError.offset)
                                          .arg(parseError.errorString()));
        return ApiError::protocol(QStringLiteral("the answer is not a JSON object"));
    }
    const QJsonObject root = document.object();
    JsonReader reader(QStringLiteral("status"));
    QString code;
    QString message;
    QString description;
    const QJsonValue status = root.value(QLatin1StringView("status"));
    if (!status.isObject()) {
        if (httpFailed)
            return ApiError::http(httpStatus, QStringLiteral("no status in the envelope"));
        return ApiError::protocol(QStringLiteral("status: missing from the envelope"));
    }
    const JsonReader::Object statusReader = reader.root(status.toObject());
    code = statusReader.string(u"code");
    message = statusReader.string(u"message");
    description = statusReader.string(u"description");
    if (reader.hasError())
        return ApiError::protocol(reader.error());
    if (code.isEmpty())
        return ApiError::protocol(QStringLiteral("status.code: missing"));
    if (code != QLatin1StringView("OK"))
        return ApiError::api(code, message, description, httpStatus);
    if (httpFailed)
        return ApiError::http(httpStatus, message);
    return root.value(QLatin1StringView("data"));
}

// ---------------------------------------------------------------------------------------------

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
        finish(ApiError(ApiError::Kind::Timeout, QStringLiteral("overall deadline passed")));
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
    if (m_url.scheme() == QLatin1StringView("https"))
        m_client->tlsPolicy().apply(request);

    qCDebug(lcApi).noquote() << (m_verb == Verb::Get ? "GET" : "POST") << ApiClient::redactedUrl(m_url) << "attempt"
                             << m_attempt;
    QNetworkAccessManager *network = m_client->network();
    if (m_verb == Verb::Get) {
        m_reply = network->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        m_reply = network->post(request, m_body);
    }
    m_tooLarge = false;
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
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(0, length.toLongLong());
    });
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        // Only to the same origin: a token in the URL must not travel to another host.
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
        return finish(ApiError::protocol(QStringLiteral("redirect to another server refused")));

    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastHttpStatus = httpStatus;
    const QNetworkReply::NetworkError error = reply->error();
    // An HTTP error status still carries the envelope (CRM-API.md §2); anything else that failed
    // on the way is a transport error.
    if (error != QNetworkReply::NoError && httpStatus == 0)
        return failOrRetry(transportError(reply), std::chrono::milliseconds(0));
    if (error != QNetworkReply::NoError && httpStatus < 400)
        return failOrRetry(transportError(reply), std::chrono::milliseconds(0));

    const QByteArray body = reply->readAll();
    const std::chrono::milliseconds wait = retryAfter(reply);
    auto handleDecoded = [this, wait](const Result<QJsonValue> &result) {
        if (!result.ok() && result.error().isTransient())
            return failOrRetry(result.error(), wait);
        finish(result);
    };
    if (body.size() <= m_client->options().offThreadDecodeBytes)
        return handleDecoded(ApiClient::decodeEnvelope(body, httpStatus));

    // Large answers are parsed on a worker so that the GUI thread keeps painting (DESIGN.md §2).
    auto *watcher = new QFutureWatcher<std::optional<Result<QJsonValue>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, handleDecoded] {
        watcher->deleteLater();
        handleDecoded(*watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body, httpStatus] {
        return std::optional<Result<QJsonValue>>(ApiClient::decodeEnvelope(body, httpStatus));
    }));
}

ApiError ApiCall::transportError(QNetworkReply *reply) const
{
    ApiError error = networkError(reply);
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
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::send);
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
    if (m_client)
        record(result);
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
