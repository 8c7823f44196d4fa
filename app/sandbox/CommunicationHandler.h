#pragma once

#include "CommunicationEditor.h"
#include "Route.h"

namespace commdesk {

struct SandboxServices;
struct CommunicationRecord;

// docs/api-contract.md "Communications": communications/show, list, create, update, complete and set_as_viewed.
class CommunicationHandler
{
public:
    explicit CommunicationHandler(SandboxServices &services);

    QList<Route> routes();

private:
    QJsonValue show(const CallContext &call);
    QJsonValue list(const CallContext &call);
    QJsonValue create(const CallContext &call);
    QJsonValue update(const CallContext &call);
    QJsonValue complete(const CallContext &call);
    QJsonValue setAsViewed(const CallContext &call);

    CommunicationRecord load(const Parameters &p);
    QJsonObject toJson(const CommunicationRecord &record, const QStringList &fieldsSet);
    QList<QString> categoryWithDescendants(const QString &categoryId);

    SandboxServices &m_services;
    CommunicationEditor m_editor;
};

} // namespace commdesk
