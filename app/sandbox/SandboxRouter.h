#pragma once

#include "AuthHandler.h"
#include "CommunicationHandler.h"
#include "ConfigurationHandler.h"
#include "QueueHandler.h"
#include "SandboxFaults.h"

#include <QHttpServerResponse>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

namespace commdesk {

class ApiFailure;

// The transport of docs/api-contract.md "Transport" to "Envelope" on the server side: maps each method path to its
// handler, enforces the verb, reads the query or the JSON body, checks the token, and wraps every answer, success or
// failure, in the envelope.
class SandboxRouter
{
public:
    static constexpr auto basePath = "/crmapi/rest/v2/";
    // One line per answered call, for --verbose: `GET communications/list -> OK`. No token, no query.
    using Observer = std::function<void(const QString &line)>;

    explicit SandboxRouter(SandboxServices &services);

    void install(QHttpServer &server);
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    // Injects faults into every call but sign-in (tests only; call before install()).
    void setFaults(const FaultConfig &config, quint32 defaultSeed);

    // Answers one request for one route (public for the missing-path handler's sake).
    QHttpServerResponse dispatch(const Route &route, const QHttpServerRequest &request);

private:
    template<class Responder>
    void faultyDispatch(const Route &route, const QHttpServerRequest &request, Responder &responder);
    void observe(const QHttpServerRequest &request, const QString &path, const QString &code);
    Parameters readParameters(const Route &route, const QHttpServerRequest &request);
    QHttpServerResponse answer(const QHttpServerRequest &request, const QString &path, const QByteArray &body,
                               int httpStatus, const QString &code);
    QHttpServerResponse failure(const QHttpServerRequest &request, const QString &path, const ApiFailure &failure);

    SandboxServices &m_services;
    AuthHandler m_auth;
    CommunicationHandler m_communications;
    ConfigurationHandler m_configuration;
    QueueHandler m_queue;
    QList<Route> m_routes;
    Observer m_observer;
    std::unique_ptr<SandboxFaults> m_faults;
};

} // namespace commdesk
