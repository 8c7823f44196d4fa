#pragma once

#include "Route.h"

namespace commdesk {

struct SandboxServices;

// docs/api-contract.md "Authentication": tokens by username and password, by web API key, and their release.
class AuthHandler
{
public:
    explicit AuthHandler(SandboxServices &services);

    QList<Route> routes();

private:
    QJsonValue token(const CallContext &call);
    QJsonValue apiKeyToken(const CallContext &call);
    QJsonValue release(const CallContext &call);
    QString checkedUnit(const Parameters &parameters);

    SandboxServices &m_services;
};

} // namespace commdesk
