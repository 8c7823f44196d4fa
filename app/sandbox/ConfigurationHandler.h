#pragma once

#include "Route.h"

namespace commdesk {

struct SandboxServices;

// docs/api-contract.md "Configuration look-ups": categories, templates, external systems and one contact.
class ConfigurationHandler
{
public:
    explicit ConfigurationHandler(SandboxServices &services);

    QList<Route> routes();

    static QStringList categoryMembers();
    static QStringList templateMembers();
    static QStringList externalSystemMembers();

private:
    QJsonValue categories(const CallContext &call);
    QJsonValue templates(const CallContext &call);
    QJsonValue externalSystems(const CallContext &call);
    QJsonValue contact(const CallContext &call);

    SandboxServices &m_services;
};

} // namespace commdesk
