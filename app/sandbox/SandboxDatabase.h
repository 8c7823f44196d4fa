#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>
#include <optional>
#include <stdexcept>

namespace commdesk {

// A database statement that failed: a fault of the server, answered as INTERNAL_ERROR.
class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The sandbox's SQLite store: one connection, opened and used on the thread that serves (Qt's
// SQL connections belong to one thread). Every statement takes its values as bound parameters.
class SandboxDatabase
{
public:
    static constexpr int schemaVersion = 2;
    static constexpr auto memoryPath = ":memory:";

    explicit SandboxDatabase(QString connectionName);
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    // path: a file (its folder is created) or ":memory:".
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }

    // True when the file holds this version's schema and demo data.
    bool isSeeded();
    // Drops everything and creates the empty tables; createIndexes() completes the schema once the
    // bulk of the rows is in.
    void recreateSchema();
    void createIndexes();

    // While it lives, writes go as fast as a file being filled from scratch allows (no write-ahead
    // log, a large page cache).
    class BulkLoad
    {
    public:
        explicit BulkLoad(SandboxDatabase &database);
        ~BulkLoad();
        BulkLoad(const BulkLoad &) = delete;
        BulkLoad &operator=(const BulkLoad &) = delete;

    private:
        SandboxDatabase &m_database;
    };

    // Runs one statement with its bound values; throws DatabaseError on failure.
    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    // The statement prepared once and reused; bind with addBindValue after calling this.
    QSqlQuery &prepared(const QString &sql);
    void exec(QSqlQuery &query);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

    // `CM000001`, `CQ000001`, ... the next number of a series, counted in the database.
    QString nextNumber(const QString &prefix);
    qint64 nextSerial(const QString &series);
    // Sets a series' last value (the seeder counts for itself, then records where it stopped).
    void setCounter(const QString &series, qint64 value);
    // 32 upper-case hex characters, unique per (seed, kind, serial) and the same for the same
    // three (docs/api-contract.md "Identifiers"): demo data is deterministic, and ids made later never collide.
    static QString makeId(quint32 seed, QStringView kind, qint64 serial);
    QString newId(QStringView kind);
    quint32 seed();

    void begin();
    void commit();
    void rollback();

private:
    QSqlDatabase connection() const;

    QString m_connectionName;
    QString m_path;
    std::map<QString, QSqlQuery> m_prepared; // node-based: references stay valid
    std::optional<quint32> m_seed;
};

// Commits on commit(); rolls back when left by an exception.
class Transaction
{
public:
    explicit Transaction(SandboxDatabase &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    SandboxDatabase &m_database;
    bool m_done = false;
};

// NULL for an empty optional, the value otherwise.
template<class T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace commdesk
