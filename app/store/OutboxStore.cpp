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
    query.addBindValue(msOf(item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return 0;
    return item.id != 0 ? item.id : query.lastInsertId().toLongLong();
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
