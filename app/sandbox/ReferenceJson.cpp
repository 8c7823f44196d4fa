#include "ReferenceJson.h"

#include "SandboxDatabase.h"
#include "SandboxRules.h"

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

ReferenceJson::ReferenceJson(SandboxDatabase &database)
    : m_database(database)
{ }

QJsonValue ReferenceJson::cached(const QString &kind, const std::optional<QString> &id, const QString &sql,
                                 const QStringList &members)
{
    if (!id || id->isEmpty())
        return QJsonValue::Null;
    const QString key = kind + u':' + *id;
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    QSqlQuery &query = m_database.prepared(sql);
    query.addBindValue(*id);
    m_database.exec(query);
    QJsonValue result = QJsonValue::Null;
    if (query.next()) {
        QJsonObject object;
        for (int i = 0; i < members.size(); ++i) {
            const QVariant value = query.value(i);
            object.insert(members.at(i), value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString()));
        }
        result = object;
    }
    m_cache.insert(key, result);
    return result;
}

QJsonValue ReferenceJson::category(const std::optional<QString> &id)
{
    return cached(u"category"_s, id, u"SELECT id, name, code FROM categories WHERE id = ?"_s,
                  {u"id"_s, u"name"_s, u"code"_s});
}

QJsonValue ReferenceJson::templateRef(const std::optional<QString> &id)
{
    return cached(u"template"_s, id, u"SELECT id, name, alternative_code FROM templates WHERE id = ?"_s,
                  {u"id"_s, u"name"_s, u"alternative_code"_s});
}

QJsonValue ReferenceJson::externalSystem(const std::optional<QString> &id)
{
    return cached(u"external_system"_s, id, u"SELECT id, name, alternative_code FROM external_systems WHERE id = ?"_s,
                  {u"id"_s, u"name"_s, u"alternative_code"_s});
}

QJsonValue ReferenceJson::group(const std::optional<QString> &id)
{
    return cached(u"group"_s, id, u"SELECT id, name, alternative_code FROM user_groups WHERE id = ?"_s,
                  {u"id"_s, u"name"_s, u"alternative_code"_s});
}

QJsonValue ReferenceJson::privacyLevel(const std::optional<QString> &id)
{
    return cached(u"privacy_level"_s, id, u"SELECT id, number, name FROM privacy_levels WHERE id = ?"_s,
                  {u"id"_s, u"number"_s, u"name"_s});
}

QJsonValue ReferenceJson::user(const QString &id)
{
    return cached(u"user"_s, id, u"SELECT id, username FROM users WHERE id = ?"_s, {u"id"_s, u"username"_s});
}

QJsonObject ReferenceJson::select(const QJsonObject &object, const QStringList &fieldsSet)
{
    if (fieldsSet.isEmpty())
        return object;
    QJsonObject selected;
    if (rules::fieldsSetAlwaysHasId)
        selected.insert(u"id"_s, object.value(u"id"_s));
    for (const QString &name : fieldsSet)
        selected.insert(name, object.value(name));
    return selected;
}

} // namespace commdesk
