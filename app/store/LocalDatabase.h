#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QThread>

#include <optional>

namespace commdesk {

// One SQLite file of the user's own (docs/architecture.md: store/): its own Qt connection, WAL journal,
// and a schema versioned through PRAGMA user_version, migrated step by step on open. A file that cannot be
// read as this database (not a database, corrupt, a migration that fails on it) is moved aside, not obeyed:
// a fresh one takes its place with whatever rows could still be read from it (docs/architecture.md "Nothing
// lost"). A file written by a newer CommDesk, or a folder that cannot be written, stays an error.
class LocalDatabase
{
public:
    // What open() did with a broken file, for the app to tell the user.
    struct Recovery
    {
        QString brokenPath; // where the broken file was
        QString movedTo; // where it is now: "<file>.corrupt-<yyyyMMdd-HHmmss>"
        int rowsKept = 0; // rows read from it into the fresh file
        QString problem; // what was wrong with it, for the log
    };

    LocalDatabase() = default;
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    // migrations[i] brings the schema from version i to i + 1; each is a list of statements.
    bool open(const QString &path, const QList<QStringList> &migrations);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const { return m_error; }
    // Set when the last open() found the file broken and moved it aside.
    std::optional<Recovery> recovery() const { return m_recovery; }
    QSqlDatabase database() const
    {
        checkThread();
        return m_db;
    }

    // The file for `name` in the application's data folder (QStandardPaths::AppLocalDataLocation).
    static QString defaultPath(const QString &fileName);

    // Values to bind to NOT NULL text and blob columns: a null string or array becomes empty.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(value);
    }
    static QVariant bytes(const QByteArray &value)
    {
        return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
    }

    // The row helpers every store needs; `read` turns the current row of a query into a T.
    bool removeById(const QString &table, qint64 id);
    template<class T, class Read>
    std::optional<T> selectOne(const QString &sql, qint64 id, Read read) const
    {
        if (!isOpen())
            return std::nullopt;
        checkThread();
        QSqlQuery query(m_db);
        query.prepare(sql);
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return read(query);
    }
    template<class T, class Read>
    QList<T> selectAll(const QString &sql, Read read) const
    {
        QList<T> rows;
        if (!isOpen())
            return rows;
        checkThread();
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return rows;
        while (query.next())
            rows.append(read(query));
        return rows;
    }

private:
    enum class Opened { Yes, Broken, Refused };
    Opened attempt(const QString &path, const QList<QStringList> &migrations, bool existed);
    Opened failWith(const QSqlError &error, bool existed);
    bool fail(const QString &what);
    // Qt SQL connections belong to the thread that opened them (and the GUI thread never waits on SQLite, see
    // docs/architecture.md "Rules of the house"): a use from elsewhere is a bug, said loudly.
    void checkThread() const;
    // Reads what it can from the broken file at `from` into this (fresh) database, row by row.
    int salvage(const QString &from);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_error;
    std::optional<Recovery> m_recovery;
    QThread *m_thread = nullptr; // the thread that opened it
};

} // namespace commdesk
