#include "LocalDatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace commdesk {

LocalDatabase::~LocalDatabase()
{
    close();
}

void LocalDatabase::close()
{
    if (m_connection.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString LocalDatabase::defaultPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(fileName);
}

bool LocalDatabase::fail(const QString &what)
{
    m_error = what;
    close();
    return false;
}

bool LocalDatabase::open(const QString &path, const QList<QStringList> &migrations)
{
    close();
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("commdesk-local-") + QString::number(counter.fetchAndAddRelaxed(1));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create the folder of %1").arg(path));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(m_db.lastError().text());
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(query.lastError().text());
    int version = query.value(0).toInt();
    if (version > migrations.size())
        return fail(QStringLiteral("%1 was written by a newer CommDesk (schema %2)").arg(path).arg(version));
    for (; version < migrations.size(); ++version) {
        m_db.transaction();
        for (const QString &statement : migrations[version]) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                m_db.rollback();
                return fail(error);
            }
        }
        query.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        if (!m_db.commit())
            return fail(m_db.lastError().text());
    }
    return true;
}

bool LocalDatabase::removeById(const QString &table, qint64 id)
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec();
}

} // namespace commdesk
