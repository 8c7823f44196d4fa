#include "QueueHistoryStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace commdesk {

QString QueueHistoryStore::defaultPath()
{
    return LocalDatabase::defaultPath(QStringLiteral("queue-history.sqlite"));
}

bool QueueHistoryStore::open(const QString &path)
{
    const QList<QStringList> migrations = {
        {QStringLiteral("CREATE TABLE queue_sample (at_ms INTEGER NOT NULL, pending INTEGER NOT NULL, "
                        "completed INTEGER NOT NULL, rejected INTEGER NOT NULL, removed INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX queue_sample_at ON queue_sample (at_ms)")},
    };
    return m_db.open(path, migrations);
}

bool QueueHistoryStore::append(const QueueHistorySample &sample)
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("INSERT INTO queue_sample (at_ms, pending, completed, rejected, removed) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(sample.at.toMSecsSinceEpoch());
    query.addBindValue(sample.pending);
    query.addBindValue(sample.completed);
    query.addBindValue(sample.rejected);
    query.addBindValue(sample.removed);
    if (!query.exec())
        return false;
    QSqlQuery prune(m_db.database());
    prune.prepare(QStringLiteral("DELETE FROM queue_sample WHERE at_ms < ?"));
    prune.addBindValue(sample.at.addDays(-m_keepDays).toMSecsSinceEpoch());
    prune.exec();
    return true;
}

QList<QueueHistorySample> QueueHistoryStore::samplesSince(const QDateTime &since) const
{
    QList<QueueHistorySample> samples;
    if (!m_db.isOpen())
        return samples;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT at_ms, pending, completed, rejected, removed FROM queue_sample "
                                 "WHERE at_ms >= ? ORDER BY at_ms"));
    query.addBindValue(since.toMSecsSinceEpoch());
    if (!query.exec())
        return samples;
    while (query.next()) {
        QueueHistorySample sample;
        sample.at = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        sample.pending = query.value(1).toLongLong();
        sample.completed = query.value(2).toLongLong();
        sample.rejected = query.value(3).toLongLong();
        sample.removed = query.value(4).toLongLong();
        samples.append(sample);
    }
    return samples;
}

} // namespace commdesk
