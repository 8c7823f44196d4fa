#pragma once

#include "CliExitCode.h"
#include "FieldBlockFormatter.h"
#include "JsonText.h"
#include "Result.h"
#include "TableFormatter.h"

#include <QJsonArray>

#include <functional>

namespace commdesk {

// What one command leaves behind: the exit status, the text for stdout (results only) and at most
// one sentence for stderr.
struct CommandOutcome
{
    int exitCode = 0;
    QString out;
    QString error;

    static CommandOutcome success(QString out) { return {toInt(CliExitCode::Ok), std::move(out), {}}; }
    static CommandOutcome failure(const ApiError &error) { return {toInt(exitCodeFor(error)), {}, error.userText()}; }
};

using CommandFinish = std::function<void(const CommandOutcome &)>;

// A list as a table, or with --json as one array of the normalised domain objects.
template<class T>
CommandOutcome listOutcome(const Result<QList<T>> &result, bool json, const QList<TableColumn> &columns)
{
    if (!result.ok())
        return CommandOutcome::failure(result.error());
    QList<QJsonObject> objects;
    objects.reserve(result.value().size());
    for (const T &item : result.value())
        objects.append(item.toJson());
    if (json) {
        QJsonArray array;
        for (const QJsonObject &object : objects)
            array.append(object);
        return CommandOutcome::success(JsonText::document(array));
    }
    return CommandOutcome::success(TableFormatter::fromJson(objects, columns));
}

// The embedded entities of docs/api-contract.md "Communications" and docs/api-contract.md "The communication queue"
// that a field block shows on one line.
inline QStringList referenceMembers()
{
    return {QStringLiteral("contact_information"),
            QStringLiteral("category"),
            QStringLiteral("template"),
            QStringLiteral("communication_queue_external_system"),
            QStringLiteral("owned_by_group"),
            QStringLiteral("privacy_level"),
            QStringLiteral("referring_to"),
            QStringLiteral("created_by_user"),
            QStringLiteral("updated_by_user")};
}

// One object as a field block, or with --json as its normalised JSON.
template<class T>
CommandOutcome objectOutcome(const Result<T> &result, bool json, const QStringList &leading,
                             const QStringList &trailing = {})
{
    if (!result.ok())
        return CommandOutcome::failure(result.error());
    const QJsonObject object = result.value().toJson();
    if (json)
        return CommandOutcome::success(JsonText::document(object));
    return CommandOutcome::success(FieldBlockFormatter::fromJson(object, leading, trailing, referenceMembers()));
}

} // namespace commdesk
