#include "ApiClient.h"

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

const QString kApiPath = QStringLiteral("/crmapi/rest/v2"); // docs/api-contract.md "Transport"
const QStringList kSecretMembers = {QStringLiteral("token"), QStringLiteral("password"), QStringLiteral("api_key")};

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

void ApiClient::applySetup(const Setup &setup)
{
    m_baseUrl = setup.baseUrl;
    m_options = setup.options;
    m_tls = setup.tls;
    if (!(setup.proxy == m_proxy))
        setProxy(setup.proxy); // only on a change: it closes the connections kept alive
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

ApiCall *ApiClient::get(QObject *owner, const QString &method, const Query &query, Handler handler, BodyDecoder decoder,
                        DecodeOn decodeOn)
{
    auto *call =
        new ApiCall(this, owner, ApiCall::Verb::Get, method, urlFor(method, query), {}, std::move(handler), {});
    if (decoder)
        call->setDecoder(std::move(decoder), decodeOn);
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

// A byte-order mark or a no-break space before the JSON (some servers and proxies add a BOM) is no
// reason to refuse an answer, although JSON itself allows neither.
qsizetype ApiClient::jsonStart(QByteArrayView body)
{
    qsizetype start = 0;
    for (;;) {
        const QByteArrayView rest = body.sliced(start);
        if (rest.startsWith("\xEF\xBB\xBF"))
            start += 3;
        else if (rest.startsWith("\xC2\xA0"))
            start += 2;
        else if (!rest.isEmpty() && QChar::isSpace(uchar(rest.front())))
            start += 1;
        else
            break;
    }
    return start;
}

Result<QJsonValue> ApiClient::decodeEnvelope(const QByteArray &rawBody, int httpStatus)
{
    const bool httpFailed = httpStatus >= 400;
    const qsizetype start = jsonStart(rawBody);
    const QByteArray body = start == 0 ? rawBody : rawBody.sliced(start);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (httpFailed)
            return ApiError::http(httpStatus, QStringLiteral("no JSON envelope"));
        if (body.trimmed().isEmpty())
            return ApiError::protocol(QStringLiteral("empty answer"));
        if (parseError.error != QJsonParseError::NoError)
            return ApiError::protocol(
                QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
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

} // namespace commdesk
