#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace commdesk {

// One SQLite file of the user's own (DESIGN.md §1: store/): its own Qt connection, WAL journal,
// and a schema versioned through PRAGMA user_version, migrated step by step on open.
class LocalDatabase
{
public:
    LocalDatabase() = default;
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    // migrations[i] brings the schema from version i to i + 1; each is a list of statements.
    bool open(const QString &path, const QList<QStringList> &migrations);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const { return m_error; }
    QSqlDatabase database() const { return m_db; }

    // The file for `name` in the application's data folder (QStandardPaths::AppLocalDataLocation).
    static QString defaultPath(const QString &fileName);

private:
    bool fail(const QString &what);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_error;
};

} // namespace commdesk
