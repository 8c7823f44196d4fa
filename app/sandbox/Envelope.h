#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace commdesk {

class ApiFailure;

// The answer body of docs/api-contract.md "Envelope", on every answer:
// {"status": {"code", "message", "description"}, "data": ...}.
namespace Envelope {

QByteArray success(const QJsonValue &data);
// data is null on failure (SandboxRules.h).
QByteArray failure(const ApiFailure &failure);

} // namespace Envelope

} // namespace commdesk
