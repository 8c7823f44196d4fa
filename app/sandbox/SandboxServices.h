#pragma once

#include "CommunicationJson.h"
#include "CommunicationStore.h"
#include "ContactJson.h"
#include "IdentifierResolver.h"
#include "JavaDate.h"
#include "QueueJson.h"
#include "QueueStore.h"
#include "ReferenceJson.h"
#include "TokenRegistry.h"

#include <QDateTime>

namespace commdesk {

class SandboxDatabase;

// What the handlers and consumers of one sandbox share; lives on the serving thread.
struct SandboxServices
{
    SandboxServices(SandboxDatabase &sandboxDatabase, const QTimeZone &zone, std::chrono::milliseconds tokenLifetime,
                    Clock *clock = nullptr)
        : database(sandboxDatabase)
        , resolver(sandboxDatabase)
        , dates(zone)
        , tokens(tokenLifetime, clock)
        , references(sandboxDatabase)
        , contacts(sandboxDatabase)
        , communications(sandboxDatabase)
        , communicationJson(references, contacts, dates)
        , queue(sandboxDatabase)
        , queueJson(references, dates)
    { }

    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

    SandboxDatabase &database;
    IdentifierResolver resolver;
    JavaDate dates;
    TokenRegistry tokens;
    ReferenceJson references;
    ContactJson contacts;
    CommunicationStore communications;
    CommunicationJson communicationJson;
    QueueStore queue;
    QueueJson queueJson;
};

} // namespace commdesk
