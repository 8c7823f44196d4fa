#include "LocalDraftStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace commdesk {

namespace {

const QString kColumns =
    QStringLiteral("id, communication_id, communication_number, title, form, baseline, updated_ms");

LocalDraft readRow(const QSqlQuery &query)
{
    LocalDraft draft;
    draft.id = query.value(0).toLongLong();
    draft.communicationId = query.value(1).toString();
    draft.communicationNumber = query.value(2).toString();
    draft.title = query.value(3).toString();
    draft.form = query.value(4).toByteArray();
    draft.baseline = query.value(5).toByteArray();
    draft.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    return draft;
}

} // namespace

QString LocalDraftStore::defaultPath()
{
    return LocalDatabase::defaultPath(QStringLiteral("local-drafts.sqlite"));
}

bool LocalDraftStore::open(const QString &path)
{
    const QList<QStringList> migrations = {
        {QStringLiteral(
            "CREATE TABLE local_draft (id INTEGER PRIMARY KEY AUTOINCREMENT, communication_id TEXT NOT NULL, "
            "communication_number TEXT NOT NULL, title TEXT NOT NULL, form BLOB NOT NULL, "
            "baseline BLOB NOT NULL, updated_ms INTEGER NOT NULL)")},
    };
    return m_db.open(path, migrations);
}

qint64 LocalDraftStore::save(const LocalDraft &draft)
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery query(m_db.database());
    const qint64 updated =
        (draft.updatedAt.isValid() ? draft.updatedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    if (draft.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO local_draft (communication_id, communication_number, title, form, "
                                     "baseline, updated_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO local_draft (id, communication_id, communication_number, "
                                     "title, form, baseline, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(draft.id);
    }
    query.addBindValue(LocalDatabase::text(draft.communicationId));
    query.addBindValue(LocalDatabase::text(draft.communicationNumber));
    query.addBindValue(LocalDatabase::text(draft.title));
    query.addBindValue(LocalDatabase::bytes(draft.form));
    query.addBindValue(LocalDatabase::bytes(draft.baseline));
    query.addBindValue(updated);
    if (!query.exec())
        return 0;
    return draft.id != 0 ? draft.id : query.lastInsertId().toLongLong();
}

bool LocalDraftStore::remove(qint64 id)
{
    return m_db.removeById(QStringLiteral("local_draft"), id);
}

std::optional<LocalDraft> LocalDraftStore::draft(qint64 id) const
{
    return m_db.selectOne<LocalDraft>(QStringLiteral("SELECT %1 FROM local_draft WHERE id = ?").arg(kColumns), id,
                                      readRow);
}

QList<LocalDraft> LocalDraftStore::drafts() const
{
    return m_db.selectAll<LocalDraft>(
        QStringLiteral("SELECT %1 FROM local_draft ORDER BY updated_ms DESC, id DESC").arg(kColumns), readRow);
}

} // namespace commdesk
