#pragma once

#include "QueueStore.h"
#include "Route.h"

namespace commdesk {

struct SandboxServices;

// docs/api-contract.md "The communication queue": the communication queue's show, list, get_pending, complete, reject,
// remove and get_pending_completed.
class QueueHandler
{
public:
    explicit QueueHandler(SandboxServices &services);

    QList<Route> routes();

private:
    QJsonValue show(const CallContext &call);
    QJsonValue list(const CallContext &call);
    QJsonValue pending(const CallContext &call);
    QJsonValue pendingCompleted(const CallContext &call);
    QJsonValue transition(const CallContext &call, QueueState target);

    QueueStore::Source source(const Parameters &p);
    QString entryId(const Parameters &p);
    QJsonValue rows(const QueueStore::ListQuery &query, const QStringList &fieldsSet);

    SandboxServices &m_services;
};

} // namespace commdesk
