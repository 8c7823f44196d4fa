#pragma once

#include "Parameters.h"
#include "TokenRegistry.h"

#include <QJsonValue>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace commdesk {

// What a handler gets for one call: its parameters, the HTTP request (for the Basic header of
// the web API key login) and the token's owner (empty for the calls that need no token).
struct CallContext
{
    const Parameters &parameters;
    const QHttpServerRequest &request;
    TokenOwner user;
};

// One method of docs/api-contract.md: its path below /crmapi/rest/v2/, its verb (docs/api-contract.md "Transport": GET
// reads, POST changes), whether it needs a token, and the handler that returns `data` or throws ApiFailure.
struct Route
{
    enum class Verb { Get, Post };

    QString path;
    Verb verb;
    bool needsToken = true;
    std::function<QJsonValue(const CallContext &)> handle;
};

} // namespace commdesk
