#include "CommunicationStore.h"

#include "SandboxDatabase.h"
#include "SandboxRules.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

template<class T>
std::optional<T> optionalValue(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

} // namespace

CommunicationStore::CommunicationStore(SandboxDatabase &database)
    : m_database(database)
{ }

QStringList CommunicationStore::columns()
{
    QStringList names {
        u"id"_s,        u"number"_s,           u"life_cycle_state"_s, u"direction"_s,    u"media"_s,
        u"subject"_s,   u"content"_s,          u"to_address"_s,       u"notes"_s,        u"viewed"_s,
        u"viewed_on"_s, u"contact_id"_s,       u"category_id"_s,      u"template_id"_s,  u"external_system_id"_s,
        u"group_id"_s,  u"privacy_level_id"_s, u"referring_entity"_s, u"referring_id"_s, u"referring_number"_s};
    for (int i = 1; i <= 8; ++i)
        names.append(u"udf_string_"_s + QString::number(i));
    for (int i = 1; i <= 4; ++i)
        names.append(u"udf_float_"_s + QString::number(i));
    for (int i = 1; i <= 4; ++i)
        names.append(u"udf_date_"_s + QString::number(i));
    names << u"created_ms"_s << u"created_by"_s << u"updated_ms"_s << u"updated_by"_s;
    return names;
}

QVariantList CommunicationStore::values(const CommunicationRecord &r)
{
    QVariantList list {r.id,
                       r.number,
                       r.lifeCycleState,
                       r.direction,
                       r.media,
                       nullable(r.subject),
                       nullable(r.content),
                       nullable(r.to),
                       nullable(r.notes),
                       r.viewed ? 1 : 0,
                       nullable(r.viewedOn),
                       r.contactId,
                       nullable(r.categoryId),
                       nullable(r.templateId),
                       nullable(r.externalSystemId),
                       nullable(r.groupId),
                       nullable(r.privacyLevelId),
                       nullable(r.referringEntity),
                       nullable(r.referringId),
                       nullable(r.referringNumber)};
    for (const auto &value : r.udfStrings)
        list.append(nullable(value));
    for (const auto &value : r.udfFloats)
        list.append(nullable(value));
    for (const auto &value : r.udfDates)
        list.append(nullable(value));
    list << r.createdMs << r.createdBy << r.updatedMs << r.updatedBy;
    return list;
}

CommunicationRecord CommunicationStore::fromQuery(const QSqlQuery &query)
{
    CommunicationRecord r;
    int c = 0;
    r.seq = query.value(c++).toLongLong();
    r.id = query.value(c++).toString();
    r.number = query.value(c++).toString();
    r.lifeCycleState = query.value(c++).toString();
    r.direction = query.value(c++).toString();
    r.media = query.value(c++).toString();
    r.subject = optionalValue<QString>(query, c++);
    r.content = optionalValue<QString>(query, c++);
    r.to = optionalValue<QString>(query, c++);
    r.notes = optionalValue<QString>(query, c++);
    r.viewed = query.value(c++).toInt() != 0;
    r.viewedOn = optionalValue<qint64>(query, c++);
    r.contactId = query.value(c++).toString();
    r.categoryId = optionalValue<QString>(query, c++);
    r.templateId = optionalValue<QString>(query, c++);
    r.externalSystemId = optionalValue<QString>(query, c++);
    r.groupId = optionalValue<QString>(query, c++);
    r.privacyLevelId = optionalValue<QString>(query, c++);
    r.referringEntity = optionalValue<QString>(query, c++);
    r.referringId = optionalValue<QString>(query, c++);
    r.referringNumber = optionalValue<QString>(query, c++);
    for (auto &value : r.udfStrings)
        value = optionalValue<QString>(query, c++);
    for (auto &value : r.udfFloats)
        value = optionalValue<double>(query, c++);
    for (auto &value : r.udfDates)
        value = optionalValue<qint64>(query, c++);
    r.createdMs = query.value(c++).toLongLong();
    r.createdBy = query.value(c++).toString();
    r.updatedMs = query.value(c++).toLongLong();
    r.updatedBy = query.value(c++).toString();
    return r;
}

std::optional<CommunicationRecord> CommunicationStore::load(const QString &id)
{
    QSqlQuery &query =
        m_database.prepared(u"SELECT seq, "_s + columns().join(u", "_s) + u" FROM communications WHERE id = ?"_s);
    query.addBindValue(id);
    m_database.exec(query);
    if (!query.next())
        return std::nullopt;
    return fromQuery(query);
}

QList<CommunicationRecord> CommunicationStore::list(const ListQuery &q)
{
    QStringList conditions;
    QVariantList binds;
    if (q.contactId) {
        conditions.append(u"contact_id = ?"_s);
        binds.append(*q.contactId);
    }
    if (!q.categoryIds.isEmpty()) {
        conditions.append(u"category_id IN ("_s + placeholders(q.categoryIds.size()) + u')');
        for (const QString &id : q.categoryIds)
            binds.append(id);
    }
    if (q.direction) {
        conditions.append(u"direction = ?"_s);
        binds.append(*q.direction);
    }
    if (q.media) {
        conditions.append(u"media = ?"_s);
        binds.append(*q.media);
    }
    const QString order = rules::newestFirst ? u"created_ms DESC, seq DESC"_s : u"created_ms, seq"_s;
    QString sql = u"SELECT seq, "_s + columns().join(u", "_s) + u" FROM communications"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s;
    binds << q.limit << q.offset;
    QSqlQuery query = m_database.run(sql, binds);
    QList<CommunicationRecord> records;
    while (query.next())
        records.append(fromQuery(query));
    return records;
}

QString CommunicationStore::insertStatement()
{
    const QStringList names = columns();
    return u"INSERT INTO communications ("_s + names.join(u", "_s) + u") VALUES ("_s + placeholders(names.size())
        + u')';
}

void CommunicationStore::insert(CommunicationRecord &record)
{
    QSqlQuery &query = m_database.prepared(insertStatement());
    for (const QVariant &value : values(record))
        query.addBindValue(value);
    m_database.exec(query);
    record.seq = query.lastInsertId().toLongLong();
}

void CommunicationStore::update(const CommunicationRecord &record)
{
    QStringList assignments;
    for (const QString &column : columns())
        assignments.append(column + u" = ?"_s);
    QSqlQuery &query =
        m_database.prepared(u"UPDATE communications SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s);
    for (const QVariant &value : values(record))
        query.addBindValue(value);
    query.addBindValue(record.id);
    m_database.exec(query);
}

QList<ParameterRecord> CommunicationStore::parameters(const QString &communicationId)
{
    QSqlQuery &query =
        m_database.prepared(u"SELECT id, key, name, type, string_value, float_value, integer_value, date_value"
                            " FROM unrestricted_parameters WHERE communication_id = ? ORDER BY seq"_s);
    query.addBindValue(communicationId);
    m_database.exec(query);
    QList<ParameterRecord> result;
    while (query.next()) {
        ParameterRecord p;
        p.id = query.value(0).toString();
        p.key = query.value(1).toString();
        p.name = query.value(2).toString();
        p.type = query.value(3).toString();
        p.stringValue = optionalValue<QString>(query, 4);
        p.floatValue = optionalValue<double>(query, 5);
        p.integerValue = optionalValue<qint64>(query, 6);
        p.dateValue = optionalValue<qint64>(query, 7);
        result.append(p);
    }
    return result;
}

QString CommunicationStore::insertParameterStatement()
{
    return u"INSERT INTO unrestricted_parameters (id, communication_id, key, name, type, string_value, float_value,"
           " integer_value, date_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QVariantList CommunicationStore::parameterValues(const QString &communicationId, const ParameterRecord &p)
{
    return {p.id,
            communicationId,
            p.key,
            p.name,
            p.type,
            nullable(p.stringValue),
            nullable(p.floatValue),
            nullable(p.integerValue),
            nullable(p.dateValue)};
}

void CommunicationStore::insertParameter(const QString &communicationId, const ParameterRecord &parameter)
{
    QSqlQuery &query = m_database.prepared(insertParameterStatement());
    for (const QVariant &value : parameterValues(communicationId, parameter))
        query.addBindValue(value);
    m_database.exec(query);
}

void CommunicationStore::updateParameter(const ParameterRecord &p)
{
    m_database.run(u"UPDATE unrestricted_parameters SET key = ?, name = ?, type = ?, string_value = ?, float_value = ?,"
                   " integer_value = ?, date_value = ? WHERE id = ?"_s,
                   {p.key, p.name, p.type, nullable(p.stringValue), nullable(p.floatValue), nullable(p.integerValue),
                    nullable(p.dateValue), p.id});
}

void CommunicationStore::removeParameter(const QString &parameterId)
{
    m_database.run(u"DELETE FROM unrestricted_parameters WHERE id = ?"_s, {parameterId});
}

} // namespace commdesk
