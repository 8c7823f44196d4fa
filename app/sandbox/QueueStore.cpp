#include "QueueStore.h"

#include "ApiFailure.h"
#include "SandboxDatabase.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

const QString selectRows =
    u"SELECT q.id, q.number, q.life_cycle_state, q.media, q.error_code, q.error_description, q.external_system_id,"
    " q.created_ms, q.updated_ms, c.id, c.number, c.subject, c.direction, c.media, c.to_address, c.life_cycle_state,"
    " c.viewed, k.id, k.number, k.name FROM queue_entries q JOIN communications c ON c.id = q.communication_id"
    " JOIN contacts k ON k.id = c.contact_id"_s;

std::optional<QString> optionalText(const QSqlQuery &query, int column)
{
    const QVariant value = query.value(column);
    return value.isNull() ? std::nullopt : std::optional(value.toString());
}

QueueRow rowFrom(const QSqlQuery &q)
{
    QueueRow row;
    row.id = q.value(0).toString();
    row.number = q.value(1).toString();
    row.state = q.value(2).toString();
    row.media = q.value(3).toString();
    row.errorCode = optionalText(q, 4);
    row.errorDescription = optionalText(q, 5);
    row.externalSystemId = optionalText(q, 6);
    row.createdMs = q.value(7).toLongLong();
    row.updatedMs = q.value(8).toLongLong();
    row.communicationId = q.value(9).toString();
    row.communicationNumber = q.value(10).toString();
    row.subject = optionalText(q, 11);
    row.direction = q.value(12).toString();
    row.communicationMedia = q.value(13).toString();
    row.to = optionalText(q, 14);
    row.communicationState = q.value(15).toString();
    row.viewed = q.value(16).toInt() != 0;
    row.contactId = q.value(17).toString();
    row.contactNumber = q.value(18).toString();
    row.contactName = optionalText(q, 19);
    return row;
}

} // namespace

QueueStore::QueueStore(SandboxDatabase &database)
    : m_database(database)
{ }

bool QueueStore::isDue(const CommunicationRecord &c)
{
    if (c.direction != wireName(Direction::Outgoing) || c.lifeCycleState != wireName(LifeCycleState::Completed))
        return false;
    return c.externalSystemId.has_value() || c.media == wireName(Media::Email) || c.media == wireName(Media::Sms);
}

std::optional<QString> QueueStore::enqueueIfDue(const CommunicationRecord &communication, qint64 nowMs)
{
    if (!isDue(communication))
        return std::nullopt;
    const QString id = m_database.newId(u"queue_entry");
    const QString number = m_database.nextNumber(u"CQ"_s);
    m_database.run(u"INSERT INTO queue_entries (id, number, communication_id, media, external_system_id,"
                   " life_cycle_state, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {id, number, communication.id, communication.media, nullable(communication.externalSystemId),
                    wireName(QueueState::Pending), nowMs, nowMs});
    return id;
}

std::optional<QueueRow> QueueStore::load(const QString &id)
{
    QSqlQuery &query = m_database.prepared(selectRows + u" WHERE q.id = ?"_s);
    query.addBindValue(id);
    m_database.exec(query);
    if (!query.next())
        return std::nullopt;
    return rowFrom(query);
}

QList<QueueRow> QueueStore::list(const ListQuery &q)
{
    QStringList conditions;
    QVariantList binds;
    if (q.source.media) {
        conditions.append(u"q.media = ?"_s);
        binds.append(*q.source.media);
    }
    if (q.source.externalSystemId) {
        conditions.append(u"q.external_system_id = ?"_s);
        binds.append(*q.source.externalSystemId);
    }
    if (q.withoutExternalSystem)
        conditions.append(u"q.external_system_id IS NULL"_s);
    if (q.contactId) {
        conditions.append(u"c.contact_id = ?"_s);
        binds.append(*q.contactId);
    }
    if (q.state) {
        conditions.append(u"q.life_cycle_state = ?"_s);
        binds.append(*q.state);
    }
    if (q.unviewedOnly)
        conditions.append(u"c.viewed = 0"_s);
    // The page's entries are found first and joined after: skipping to offset 250,000 then costs
    // index entries only, not a quarter of a million joins whose rows are not returned.
    const QString order =
        q.newestFirst ? u" ORDER BY q.created_ms DESC, q.seq DESC"_s : u" ORDER BY q.created_ms, q.seq"_s;
    QString page = u"SELECT q.seq FROM queue_entries q"_s;
    if (q.contactId || q.unviewedOnly)
        page += u" JOIN communications c ON c.id = q.communication_id"_s;
    if (!conditions.isEmpty())
        page += u" WHERE "_s + conditions.join(u" AND "_s);
    page += order + u" LIMIT ? OFFSET ?"_s;
    binds << q.limit << q.offset;
    const QString sql = selectRows + u" WHERE q.seq IN ("_s + page + u')' + order;
    QSqlQuery query = m_database.run(sql, binds);
    QList<QueueRow> rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

bool QueueStore::isAllowed(QueueState from, QueueState to)
{
    switch (to) {
    case QueueState::Completed:
    case QueueState::Rejected:
        return from == QueueState::Pending;
    case QueueState::CompletedAndRemoved:
        return from == QueueState::Pending || from == QueueState::Completed;
    case QueueState::Pending:
        return false;
    }
    return false;
}

void QueueStore::transition(const QString &id, QueueState target, qint64 nowMs, const QString &errorCode,
                            const QString &errorDescription)
{
    const QString current =
        m_database.scalar(u"SELECT life_cycle_state FROM queue_entries WHERE id = ?"_s, {id}).toString();
    const auto from = fromWire<QueueState>(current);
    if (!from)
        throw ApiFailure::notFound(u"communication_queue_identifier"_s, u"queue entry with id \"%1\""_s.arg(id));
    if (!isAllowed(*from, target)) {
        throw ApiFailure::invalidState(u"The queue entry is %1; it cannot become %2"_s.arg(current, wireName(target)));
    }
    if (target == QueueState::Rejected) {
        m_database.run(u"UPDATE queue_entries SET life_cycle_state = ?, error_code = ?, error_description = ?,"
                       " updated_ms = ? WHERE id = ?"_s,
                       {wireName(target), errorCode, errorDescription, nowMs, id});
    } else {
        m_database.run(u"UPDATE queue_entries SET life_cycle_state = ?, updated_ms = ? WHERE id = ?"_s,
                       {wireName(target), nowMs, id});
    }
}

} // namespace commdesk
