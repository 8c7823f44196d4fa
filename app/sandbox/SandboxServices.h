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
    SandboxServices(SandboxDatabase &database, const QTimeZone &zone, std::chrono::milliseconds tokenLifetime,
                    Clock *clock = nullptr)
        : database(database)
        , resolver(database)
        , dates(zone)
        , tokens(tokenLifetime, clock)
        , references(database)
        , contacts(database)
        , communications(database)
        , communicationJson(references, contacts, dates)
        , queue(database)
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
