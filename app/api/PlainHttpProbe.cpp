#include "PlainHttpProbe.h"

#include "ApiClient.h"
#include "ApiError.h"

namespace commdesk::PlainHttpProbe {

namespace {

bool isHttps(const QUrl &server)
{
    return server.scheme() == QLatin1StringView("https");
}

} // namespace

bool evident(const ApiError &error, const QUrl &server)
{
    if (error.kind() != ApiError::Kind::Tls || error.isUntrustedCertificate() || !isHttps(server))
        return false;
    for (const char *sign : {"wrong version number", "unknown protocol", "http request", "packet length too long",
                             "record layer failure"}) {
        if (error.detail().contains(QLatin1StringView(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool worthProbing(const ApiError &error, const QUrl &server)
{
    return isHttps(server)
        && ((error.kind() == ApiError::Kind::Tls && !error.isUntrustedCertificate())
            || error.kind() == ApiError::Kind::Network);
}

void probe(const ApiClient &client, QObject *owner, std::function<void()> answered)
{
    QUrl plain = client.baseUrl();
    plain.setPort(plain.port(443));
    plain.setScheme(QStringLiteral("http"));
    auto *probe = new ApiClient(owner); // gone with the owner, which aborts the call
    ApiClientOptions options = probe->options();
    options.transferTimeout = std::chrono::seconds(5);
    options.deadline = std::chrono::seconds(5);
    options.maxGetAttempts = 1;
    probe->setOptions(options);
    probe->setProxy(client.proxy());
    if (!probe->setServer(plain.toString())) {
        delete probe;
        return;
    }
    probe->get(owner, QStringLiteral("communications/configuration/categories/list"), {},
               [probe, answered = std::move(answered)](const Result<QJsonValue> &result) {
                   probe->deleteLater();
                   // Any HTTP answer counts, a refusal or an error page included.
                   if (result.ok()
                       || !(result.error().meansUnreachable() || result.error().kind() == ApiError::Kind::Tls))
                       answered();
               });
}

} // namespace commdesk::PlainHttpProbe
