#include "LocalDatabase.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
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

namespace {

// SQLite's primary result codes that mean the file itself is damaged rather than out of reach.
bool meansBroken(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

// And those that mean the disk or the folder refused, which moving the file aside would not cure.
bool meansUnwritable(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 8 /* SQLITE_READONLY */ || code == 10 /* SQLITE_IOERR */ || code == 13 /* SQLITE_FULL */
        || code == 14 /* SQLITE_CANTOPEN */ || code == 5 /* SQLITE_BUSY */;
}

QString freeCorruptName(const QString &path)
{
    const QString base =
        path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
        while (query.next())
            columns.append(query.value(1).toString());
    }
    return columns;
}

} // namespace

LocalDatabase::Opened LocalDatabase::failWith(const QSqlError &error, bool existed)
{
    m_error = error.text();
    return existed && meansBroken(error) ? Opened::Broken : Opened::Refused;
}

LocalDatabase::Opened LocalDatabase::attempt(const QString &path, const QList<QStringList> &migrations, bool existed)
{
    close();
    static QAtomicInteger<quint64> counter;
    m_connection = QStringLiteral("commdesk-local-") + QString::number(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_thread = QThread::currentThread();
    if (!m_db.open())
        return failWith(m_db.lastError(), existed);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failWith(query.lastError(), existed);
    int version = query.value(0).toInt();
    if (version > migrations.size()) {
        m_error = QStringLiteral("%1 was written by a newer CommDesk (schema %2)").arg(path).arg(version);
        return Opened::Refused;
    }
    if (existed) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")))
            return failWith(query.lastError(), existed);
        if (!query.next() || query.value(0).toString() != QLatin1StringView("ok")) {
            m_error = QStringLiteral("quick_check: %1").arg(query.value(0).toString());
            return Opened::Broken;
        }
    }
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    for (; version < migrations.size(); ++version) {
        m_db.transaction();
        for (const QString &statement : migrations[version]) {
            if (!query.exec(statement)) {
                const QSqlError error = query.lastError();
                m_db.rollback();
                m_error = error.text();
                // A migration that fails on a file of ours that we could write: the file is not what its
                // version says.
                return existed && !meansUnwritable(error) ? Opened::Broken : Opened::Refused;
            }
        }
        query.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
        if (!m_db.commit())
            return failWith(m_db.lastError(), existed);
    }
    return Opened::Yes;
}

bool LocalDatabase::open(const QString &path, const QList<QStringList> &migrations)
{
    close();
    m_error.clear();
    m_recovery.reset();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create the folder of %1").arg(path));
    const bool existed = QFileInfo::exists(path);
    const Opened opened = attempt(path, migrations, existed);
    if (opened == Opened::Yes)
        return true;
    if (opened == Opened::Refused)
        return fail(m_error);

    // Broken: moved aside with its journal, never deleted, and a fresh file in its place.
    const QString problem = m_error;
    close();
    Recovery recovery {path, freeCorruptName(path), 0, problem};
    if (!QFile::rename(path, recovery.movedTo))
        return fail(QStringLiteral("%1 is damaged (%2) and cannot be moved aside").arg(path, problem));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, recovery.movedTo + suffix);
    }
    if (attempt(path, migrations, false) != Opened::Yes)
        return fail(m_error);
    recovery.rowsKept = salvage(recovery.movedTo);
    m_recovery = recovery;
    qWarning("%s was damaged (%s): moved to %s, %d rows kept", qPrintable(path), qPrintable(problem),
             qPrintable(recovery.movedTo), recovery.rowsKept);
    return true;
}

int LocalDatabase::salvage(const QString &from)
{
    const QString name = m_connection + QStringLiteral("-salvage");
    int kept = 0;
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        old.setDatabaseName(from);
        old.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (old.open()) {
            // A virtual table (a full-text index) and its shadow tables are not copied: the fresh file's
            // triggers build the index again from the rows of its content table.
            QStringList tables;
            QStringList virtualTables;
            QSqlQuery master(m_db); // the tables the fresh schema has
            master.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'sqlite_%'"));
            while (master.next()) {
                const QString table = master.value(0).toString();
                if (master.value(1).toString().startsWith(QLatin1StringView("CREATE VIRTUAL TABLE"),
                                                          Qt::CaseInsensitive))
                    virtualTables.append(table);
                else
                    tables.append(table);
            }
            tables.removeIf([&virtualTables](const QString &candidate) {
                return std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&candidate](const QString &owner) {
                    return candidate.startsWith(owner + QLatin1Char('_'));
                });
            });
            m_db.transaction();
            for (const QString &table : tables) {
                const QStringList oldColumns = columnsOf(old, table);
                QStringList columns;
                for (const QString &column : columnsOf(m_db, table)) {
                    if (oldColumns.contains(column))
                        columns.append(QLatin1Char('"') + column + QLatin1Char('"'));
                }
                if (columns.isEmpty())
                    continue;
                const QString list = columns.join(QLatin1Char(','));
                QStringList quoted;
                for (const QString &column : columns)
                    quoted.append(QStringLiteral("quote(%1)").arg(column));
                // quote() gives each value as an SQL literal of its own type: an empty blob or text stays
                // empty rather than turning into NULL on its way through QVariant.
                QSqlQuery read(old);
                read.setForwardOnly(true);
                if (!read.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(u','), table)))
                    continue;
                QSqlQuery write(m_db);
                // Row by row: a damaged page ends the scan there, and what came before it stays.
                while (read.next()) {
                    QStringList values;
                    for (int i = 0; i < columns.size(); ++i)
                        values.append(read.value(i).toString());
                    write.exec(QStringLiteral("INSERT OR IGNORE INTO \"%1\" (%2) VALUES (%3)")
                                   .arg(table, list, values.join(u',')));
                }
                kept += selectAll<int>(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table),
                                       [](const QSqlQuery &query) { return query.value(0).toInt(); })
                            .value(0);
            }
            m_db.commit();
        }
        old.close();
    }
    QSqlDatabase::removeDatabase(name);
    return kept;
}

void LocalDatabase::checkThread() const
{
    if (m_thread && QThread::currentThread() != m_thread)
        qWarning("LocalDatabase %s used on a thread other than the one that opened it",
                 qPrintable(m_db.databaseName()));
}

bool LocalDatabase::removeById(const QString &table, qint64 id)
{
    if (!isOpen())
        return false;
    checkThread();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return query.exec();
}

} // namespace commdesk
