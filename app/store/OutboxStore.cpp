#include "OutboxStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace commdesk {

namespace {

const QString kColumns = QStringLiteral("id, contact_field, contact_value, title, form, body, state, attempts, "
                                        "last_error, outcome_unknown, last_attempt_ms, next_attempt_ms, created_ms");

qint64 msOf(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QDateTime dateOf(const QVariant &value)
{
    const qint64 ms = value.toLongLong();
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

OutboxItem readRow(const QSqlQuery &query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.contactField = query.value(1).toString();
    item.contactValue = query.value(2).toString();
    item.title = query.value(3).toString();
    item.form = query.value(4).toByteArray();
    item.body = query.value(5).toByteArray();
    const int state = query.value(6).toInt();
    item.state =
        state >= 0 && state <= int(OutboxItem::State::Failed) ? OutboxItem::State(state) : OutboxItem::State::Waiting;
    item.attempts = query.value(7).toInt();
    item.lastError = query.value(8).toString();
    item.outcomeUnknown = query.value(9).toBool();
    item.lastAttemptAt = dateOf(query.value(10));
    item.nextAttemptAt = dateOf(query.value(11));
    item.createdAt = dateOf(query.value(12));
    return item;
}

// The item's members from contact_field to next_attempt_ms, in that order: what an insert and an update share.
void bindContent(QSqlQuery &query, const OutboxItem &item)
{
    query.addBindValue(LocalDatabase::text(item.contactField));
    query.addBindValue(LocalDatabase::text(item.contactValue));
    query.addBindValue(LocalDatabase::text(item.title));
    query.addBindValue(LocalDatabase::bytes(item.form));
    query.addBindValue(LocalDatabase::bytes(item.body));
    query.addBindValue(int(item.state));
    query.addBindValue(item.attempts);
    query.addBindValue(LocalDatabase::text(item.lastError));
    query.addBindValue(item.outcomeUnknown ? 1 : 0);
    query.addBindValue(msOf(item.lastAttemptAt));
    query.addBindValue(msOf(item.nextAttemptAt));
}

} // namespace

QString OutboxStore::defaultPath()
{
    return LocalDatabase::defaultPath(QStringLiteral("outbox.sqlite"));
}

bool OutboxStore::open(const QString &path)
{
    const QList<QStringList> migrations = {
        {QStringLiteral("CREATE TABLE outbox_item (id INTEGER PRIMARY KEY AUTOINCREMENT, contact_field TEXT NOT NULL, "
                        "contact_value TEXT NOT NULL, title TEXT NOT NULL, form BLOB NOT NULL, body BLOB NOT NULL, "
                        "state INTEGER NOT NULL, attempts INTEGER NOT NULL, last_error TEXT NOT NULL, "
                        "outcome_unknown INTEGER NOT NULL, last_attempt_ms INTEGER NOT NULL, "
                        "next_attempt_ms INTEGER NOT NULL, created_ms INTEGER NOT NULL)")},
        // Version 2: who is sending an item and since when, so that two instances never both send it.
        {QStringLiteral("ALTER TABLE outbox_item ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE outbox_item ADD COLUMN claimed_ms INTEGER NOT NULL DEFAULT 0")},
    };
    return m_db.open(path, migrations);
}

qint64 OutboxStore::save(const OutboxItem &item)
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery query(m_db.database());
    const QString columns = kColumns.mid(item.id == 0 ? 4 : 0);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO outbox_item (%1) VALUES (%2)")
            .arg(columns,
                 QStringList(columns.count(QLatin1Char(',')) + 1, QStringLiteral("?")).join(QLatin1Char(','))));
    if (item.id != 0)
        query.addBindValue(item.id);
    bindContent(query, item);
    query.addBindValue(msOf(item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return 0;
    return item.id != 0 ? item.id : query.lastInsertId().toLongLong();
}

bool OutboxStore::write(const OutboxItem &item, const QString &condition, const QVariantList &conditionValues,
                        const QString &claimedBy)
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE outbox_item SET contact_field = ?, contact_value = ?, title = ?, form = ?, "
                                 "body = ?, state = ?, attempts = ?, last_error = ?, outcome_unknown = ?, "
                                 "last_attempt_ms = ?, next_attempt_ms = ?, claimed_by = ? WHERE id = ? AND ")
                  + condition);
    bindContent(query, item);
    query.addBindValue(LocalDatabase::text(claimedBy));
    query.addBindValue(item.id);
    for (const QVariant &value : conditionValues)
        query.addBindValue(value);
    return query.exec() && query.numRowsAffected() == 1;
}

bool OutboxStore::claim(qint64 id, const QString &owner, const QDateTime &at)
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE outbox_item SET state = ?, claimed_by = ?, claimed_ms = ? "
                                 "WHERE id = ? AND state = ?"));
    query.addBindValue(int(OutboxItem::State::Sending));
    query.addBindValue(owner);
    query.addBindValue(msOf(at));
    query.addBindValue(id);
    query.addBindValue(int(OutboxItem::State::Waiting));
    return query.exec() && query.numRowsAffected() == 1;
}

bool OutboxStore::updateClaimed(const OutboxItem &item, const QString &owner)
{
    const bool keep = item.state == OutboxItem::State::Sending;
    return write(item, QStringLiteral("state = ? AND claimed_by = ?"),
                 {int(OutboxItem::State::Sending), LocalDatabase::text(owner)}, keep ? owner : QString());
}

bool OutboxStore::releaseClaim(qint64 id, const QString &owner)
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE outbox_item SET state = ?, claimed_by = '' WHERE id = ? AND state = ? "
                                 "AND claimed_by = ?"));
    query.addBindValue(int(OutboxItem::State::Waiting));
    query.addBindValue(id);
    query.addBindValue(int(OutboxItem::State::Sending));
    query.addBindValue(owner);
    return query.exec() && query.numRowsAffected() == 1;
}

bool OutboxStore::updateUnclaimed(const OutboxItem &item)
{
    return write(item, QStringLiteral("state <> ?"), {int(OutboxItem::State::Sending)}, QString());
}

bool OutboxStore::hold(qint64 id)
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE outbox_item SET state = ? WHERE id = ? AND state IN (?, ?)"));
    query.addBindValue(int(OutboxItem::State::Held));
    query.addBindValue(id);
    query.addBindValue(int(OutboxItem::State::Waiting));
    query.addBindValue(int(OutboxItem::State::Failed));
    return query.exec() && query.numRowsAffected() == 1;
}

int OutboxStore::recoverClaimsOlderThan(const QDateTime &before)
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE outbox_item SET state = ?, outcome_unknown = 1, claimed_by = '' "
                                 "WHERE state = ? AND claimed_ms < ?"));
    query.addBindValue(int(OutboxItem::State::Waiting));
    query.addBindValue(int(OutboxItem::State::Sending));
    query.addBindValue(msOf(before));
    return query.exec() ? query.numRowsAffected() : 0;
}

int OutboxStore::releaseHeld()
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE outbox_item SET state = ? WHERE state = ?"));
    query.addBindValue(int(OutboxItem::State::Waiting));
    query.addBindValue(int(OutboxItem::State::Held));
    return query.exec() ? query.numRowsAffected() : 0;
}

QString OutboxStore::claimedBy(qint64 id) const
{
    const std::optional<QString> owner =
        m_db.selectOne<QString>(QStringLiteral("SELECT claimed_by FROM outbox_item WHERE id = ?"), id,
                                [](const QSqlQuery &query) { return query.value(0).toString(); });
    return owner.value_or(QString());
}

bool OutboxStore::remove(qint64 id)
{
    return m_db.removeById(QStringLiteral("outbox_item"), id);
}

std::optional<OutboxItem> OutboxStore::item(qint64 id) const
{
    return m_db.selectOne<OutboxItem>(QStringLiteral("SELECT %1 FROM outbox_item WHERE id = ?").arg(kColumns), id,
                                      readRow);
}

QList<OutboxItem> OutboxStore::items() const
{
    return m_db.selectAll<OutboxItem>(QStringLiteral("SELECT %1 FROM outbox_item ORDER BY id").arg(kColumns), readRow);
}

} // namespace commdesk
