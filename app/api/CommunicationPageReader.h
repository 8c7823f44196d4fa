#pragma once

#include "CommunicationRow.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace commdesk {

// Reads an answer of communications/list straight from its bytes into list rows, without a
// QJsonDocument or a Communication in between: a page of a thousand rows is read in less time than
// Qt takes to parse it (docs/benchmarks.md "The list at scale"). The fast reader (simdjson's DOM
// parser, which picks the CPU's kernel at run time) takes only a well-formed answer whose status is OK; anything else
// (an error status, an HTTP error, malformed JSON, an item that is not an object) goes through
// ApiClient::decodeEnvelope() and fromData(), which give the same rows and the errors every other call gives.
class CommunicationPageReader
{
public:
    static Result<QList<CommunicationRow>> read(const QByteArray &body, int httpStatus);
    // The fast reader alone: the rows of a well-formed answer whose status is OK, nothing for any
    // other (public for the tests that hold it to Qt's reading).
    static std::optional<QList<CommunicationRow>> readOkPage(const QByteArray &body);
    // The rows of an envelope's `data` already parsed by Qt.
    static Result<QList<CommunicationRow>> fromData(const QJsonValue &data);
};

} // namespace commdesk
