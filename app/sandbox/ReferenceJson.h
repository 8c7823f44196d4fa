#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace commdesk {

class SandboxDatabase;

// The small objects a communication embeds (docs/api-contract.md "Communications"): category {id, name, code},
// template and external system and group {id, name, alternative_code}, privacy level
// {id, number, name}, user {id, username}; null when there is none. The tables behind them do
// not change while the sandbox runs, so each object is read once.
class ReferenceJson
{
public:
    explicit ReferenceJson(SandboxDatabase &database);

    QJsonValue category(const std::optional<QString> &id);
    QJsonValue templateRef(const std::optional<QString> &id);
    QJsonValue externalSystem(const std::optional<QString> &id);
    QJsonValue group(const std::optional<QString> &id);
    QJsonValue privacyLevel(const std::optional<QString> &id);
    QJsonValue user(const QString &id);

    // Copies the members of object named in fieldsSet (all when empty), `id` always (docs/api-contract.md "Transport").
    static QJsonObject select(const QJsonObject &object, const QStringList &fieldsSet);

private:
    QJsonValue cached(const QString &kind, const std::optional<QString> &id, const QString &sql,
                      const QStringList &members);

    SandboxDatabase &m_database;
    QHash<QString, QJsonValue> m_cache;
};

} // namespace commdesk
