#include "SandboxRouter.h"

#include "Envelope.h"
#include "GzipEncoding.h"
#include "SandboxDatabase.h"
#include "SandboxRules.h"
#include "SandboxServices.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

QString verbName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"OTHER"_s;
    }
}

QByteArray jsonMimeType()
{
    return QByteArrayLiteral("application/json");
}

template<class Responder>
void sendResponse(Responder &responder, const QHttpServerResponse &response)
{
    if constexpr (requires { responder.sendResponse(response); })
        responder.sendResponse(response);
    else
        response.write(std::move(responder));
}

// Closes the connection without an answer. (Qt's HTTP client would send the request again by
// itself; the project's client prevents that for POSTs, see ApiCall::send.)
template<class Responder>
void dropConnection(Responder &responder)
{
    if constexpr (requires { responder.socket()->abort(); }) {
        responder.socket()->disconnectFromHost();
    } else {
        // No socket to close on this Qt: an answer that never ends, which the client gives up on.
        responder.writeStatusLine();
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArrayLiteral("1048576"));
        responder.writeBody("{");
    }
}

} // namespace

SandboxRouter::SandboxRouter(SandboxServices &services)
    : m_services(services)
    , m_auth(services)
    , m_communications(services)
    , m_configuration(services)
    , m_queue(services)
{
    m_routes << m_auth.routes() << m_communications.routes() << m_configuration.routes() << m_queue.routes();
}

void SandboxRouter::setFaults(const FaultConfig &config, quint32 defaultSeed)
{
    m_faults = config.isOn() ? std::make_unique<SandboxFaults>(config, defaultSeed) : nullptr;
}

void SandboxRouter::observe(const QHttpServerRequest &request, const QString &path, const QString &code)
{
    if (m_observer)
        m_observer(verbName(request.method()) + u' ' + path + u" -> "_s + code);
}

template<class Responder>
void SandboxRouter::faultyDispatch(const Route &route, const QHttpServerRequest &request, Responder &responder)
{
    const SandboxFaults::Fault fault = m_faults->next(route.path);
    if (m_faults->config().latency.count() > 0) // blocks the sandbox's thread: a slow server, simply
        QThread::msleep(ulong(m_faults->config().latency.count()));
    switch (fault) {
    case SandboxFaults::Fault::Drop:
        observe(request, route.path, u"DROPPED (injected)"_s);
        dropConnection(responder);
        return;
    case SandboxFaults::Fault::DropAfter:
        dispatch(route, request); // performed, then no answer
        observe(request, route.path, u"DROPPED AFTER (injected)"_s);
        dropConnection(responder);
        return;
    case SandboxFaults::Fault::Error500:
        sendResponse(responder,
                     failure(request, route.path,
                             ApiFailure(QLatin1StringView(ApiFailure::InternalError), u"Injected fault"_s, {},
                                        rules::internalFaultHttpStatus)));
        return;
    case SandboxFaults::Fault::InvalidToken:
        sendResponse(responder, failure(request, route.path, ApiFailure::invalidToken(u"Injected fault"_s)));
        return;
    case SandboxFaults::Fault::Malformed: {
        const QHttpServerResponse performed = dispatch(route, request);
        observe(request, route.path, u"MALFORMED (injected)"_s);
        sendResponse(responder,
                     QHttpServerResponse(jsonMimeType(), performed.data().left(performed.data().size() / 2)));
        return;
    }
    case SandboxFaults::Fault::None:
        break;
    }
    sendResponse(responder, dispatch(route, request));
}

void SandboxRouter::install(QHttpServer &server)
{
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const QString pattern = QLatin1StringView(basePath) + m_routes.at(i).path;
        if (!m_faults) {
            server.route(pattern,
                         [this, i](const QHttpServerRequest &request) { return dispatch(m_routes.at(i), request); });
            continue;
        }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        server.route(pattern, [this, i](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            faultyDispatch(m_routes.at(i), request, responder);
        });
#else
        server.route(pattern, [this, i](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            faultyDispatch(m_routes.at(i), request, responder);
        });
#endif
    }
    // docs/api-contract.md "Envelope": an unknown path is HTTP 404, still with the envelope.
    const auto missing = [this](const QHttpServerRequest &request, auto &&responder) {
        const ApiFailure failure(QString(rules::unknownPathCode),
                                 u"There is no API method at %1"_s.arg(request.url().path()), {},
                                 rules::unknownPathHttpStatus);
        if (m_observer)
            m_observer(verbName(request.method()) + u' ' + request.url().path() + u" -> "_s + failure.code);
        responder.write(Envelope::failure(failure), jsonMimeType(),
                        QHttpServerResponder::StatusCode(rules::unknownPathHttpStatus));
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(&server, [missing](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        missing(request, responder);
    });
#else
    server.setMissingHandler([missing](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        missing(request, responder);
    });
#endif
}

Parameters SandboxRouter::readParameters(const Route &route, const QHttpServerRequest &request)
{
    if (route.verb == Route::Verb::Get)
        return Parameters::fromQuery(request.url().query(QUrl::FullyEncoded).toLatin1());
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const QString problem = error.error != QJsonParseError::NoError
            ? u"%1 at offset %2"_s.arg(error.errorString()).arg(error.offset)
            : u"the body is not a JSON object"_s;
        throw ApiFailure(QString(rules::malformedBodyCode), u"The request body must be a JSON object"_s, problem,
                         rules::malformedBodyHttpStatus);
    }
    return Parameters::fromObject(document.object());
}

QHttpServerResponse SandboxRouter::dispatch(const Route &route, const QHttpServerRequest &request)
{
    try {
        if (request.body().size() > rules::maxBodyBytes) {
            throw ApiFailure(QString(rules::bodyTooLargeCode),
                             u"The request body is larger than %1 bytes"_s.arg(rules::maxBodyBytes), {},
                             rules::bodyTooLargeHttpStatus);
        }
        const auto expected =
            route.verb == Route::Verb::Get ? QHttpServerRequest::Method::Get : QHttpServerRequest::Method::Post;
        if (request.method() != expected) {
            const QString allowed = route.verb == Route::Verb::Get ? u"GET"_s : u"POST"_s;
            const ApiFailure failure(QString(rules::wrongVerbCode), u"%1 accepts only %2"_s.arg(route.path, allowed),
                                     {}, rules::wrongVerbHttpStatus);
            QHttpServerResponse response = this->failure(request, route.path, failure);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
            QHttpHeaders headers = response.headers();
            headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::Allow, allowed.toLatin1());
            response.setHeaders(std::move(headers));
#else
            response.setHeader(QByteArrayLiteral("Allow"), allowed.toLatin1());
#endif
            return response;
        }
        const Parameters parameters = readParameters(route, request);
        TokenOwner user;
        if (route.needsToken) {
            const QString token = parameters.token();
            const auto owner = m_services.tokens.check(token);
            if (!owner) {
                throw ApiFailure::invalidToken(token.isEmpty() ? u"No token was given"_s
                                                               : u"The token is unknown or has expired"_s);
            }
            user = *owner;
        }
        const QJsonValue data = route.handle(CallContext {parameters, request, user});
        return answer(request, route.path, Envelope::success(data), 200, u"OK"_s);
    } catch (const ApiFailure &failure) {
        return this->failure(request, route.path, failure);
    } catch (const std::exception &fault) {
        const ApiFailure failure(QLatin1StringView(ApiFailure::InternalError), u"The sandbox failed unexpectedly"_s,
                                 QString::fromUtf8(fault.what()), rules::internalFaultHttpStatus);
        return this->failure(request, route.path, failure);
    }
}

QHttpServerResponse SandboxRouter::failure(const QHttpServerRequest &request, const QString &path,
                                           const ApiFailure &failure)
{
    return answer(request, path, Envelope::failure(failure), failure.httpStatus, failure.code);
}

QHttpServerResponse SandboxRouter::answer(const QHttpServerRequest &request, const QString &path,
                                          const QByteArray &body, int httpStatus, const QString &code)
{
    if (m_observer)
        m_observer(verbName(request.method()) + u' ' + path + u" -> "_s + code);
    if (body.size() < GzipEncoding::kMinimumBytes
        || !GzipEncoding::accepts(request.value(QByteArrayLiteral("Accept-Encoding"))))
        return QHttpServerResponse(jsonMimeType(), body, QHttpServerResponse::StatusCode(httpStatus));
    QHttpServerResponse response(jsonMimeType(), GzipEncoding::compress(body),
                                 QHttpServerResponse::StatusCode(httpStatus));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::ContentEncoding, "gzip");
    headers.append(QHttpHeaders::WellKnownHeader::Vary, "Accept-Encoding");
    response.setHeaders(std::move(headers));
#else
    response.addHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    response.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
#endif
    return response;
}

} // namespace commdesk
