#include "SandboxDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

// The tables, without the indexes of the three large ones: the seeder fills the tables first and
// builds those after (sorting a million keys once is far quicker than inserting them one by one).
const char *const tableStatements[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE counters (series TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "CREATE TABLE units (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL, password TEXT NOT NULL,"
    " organisation TEXT NOT NULL, api_key TEXT UNIQUE, UNIQUE (organisation, username))",
    "CREATE TABLE user_groups (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " alternative_code TEXT)",
    "CREATE TABLE privacy_levels (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, number TEXT NOT NULL,"
    " name TEXT NOT NULL)",
    "CREATE TABLE categories (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, code TEXT,"
    " description TEXT, parent_id TEXT)",
    "CREATE TABLE external_systems (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " alternative_code TEXT, description TEXT, character_limit INTEGER)",
    "CREATE TABLE templates (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
    " alternative_code TEXT, description TEXT, direction TEXT, media TEXT, category_id TEXT,"
    " external_system_id TEXT, subject TEXT, content TEXT, effective INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE contacts (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, number TEXT NOT NULL UNIQUE,"
    " type TEXT NOT NULL, name TEXT, title TEXT, first_name TEXT, middle_name TEXT, last_name TEXT,"
    " company_name TEXT, life_cycle_state TEXT, gender TEXT, birth_day INTEGER, birth_month INTEGER,"
    " birth_year INTEGER, name_day_day INTEGER, name_day_month INTEGER, id_number TEXT, passport_number TEXT,"
    " social_security_number TEXT, vat_registration_number TEXT, registration_number TEXT)",
    "CREATE TABLE contact_phones (contact_id TEXT NOT NULL, position INTEGER NOT NULL, number TEXT NOT NULL,"
    " type TEXT NOT NULL, is_primary INTEGER NOT NULL, PRIMARY KEY (contact_id, position))",
    "CREATE TABLE contact_emails (contact_id TEXT NOT NULL, position INTEGER NOT NULL, email_address TEXT NOT NULL,"
    " type TEXT NOT NULL, is_primary INTEGER NOT NULL, PRIMARY KEY (contact_id, position))",
    "CREATE TABLE communications (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, number TEXT NOT NULL,"
    " life_cycle_state TEXT NOT NULL, direction TEXT NOT NULL, media TEXT NOT NULL, subject TEXT, content TEXT,"
    " to_address TEXT, notes TEXT, viewed INTEGER NOT NULL DEFAULT 0, viewed_on INTEGER,"
    " contact_id TEXT NOT NULL, category_id TEXT, template_id TEXT, external_system_id TEXT, group_id TEXT,"
    " privacy_level_id TEXT, referring_entity TEXT, referring_id TEXT, referring_number TEXT,"
    " udf_string_1 TEXT, udf_string_2 TEXT, udf_string_3 TEXT, udf_string_4 TEXT, udf_string_5 TEXT,"
    " udf_string_6 TEXT, udf_string_7 TEXT, udf_string_8 TEXT, udf_float_1 REAL, udf_float_2 REAL,"
    " udf_float_3 REAL, udf_float_4 REAL, udf_date_1 INTEGER, udf_date_2 INTEGER, udf_date_3 INTEGER,"
    " udf_date_4 INTEGER, created_ms INTEGER NOT NULL, created_by TEXT, updated_ms INTEGER NOT NULL,"
    " updated_by TEXT)",
    "CREATE TABLE unrestricted_parameters (seq INTEGER PRIMARY KEY, id TEXT NOT NULL,"
    " communication_id TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,"
    " string_value TEXT, float_value REAL, integer_value INTEGER, date_value INTEGER)",
    "CREATE TABLE queue_entries (seq INTEGER PRIMARY KEY, id TEXT NOT NULL, number TEXT NOT NULL,"
    " communication_id TEXT NOT NULL, media TEXT NOT NULL, external_system_id TEXT,"
    " life_cycle_state TEXT NOT NULL, error_code TEXT, error_description TEXT, created_ms INTEGER NOT NULL,"
    " updated_ms INTEGER NOT NULL)",
};

// The list calls filter and order by exactly what these hold.
const char *const indexStatements[] = {
    "CREATE UNIQUE INDEX communications_by_id ON communications (id)",
    "CREATE UNIQUE INDEX communications_by_number ON communications (number)",
    "CREATE UNIQUE INDEX parameters_by_id ON unrestricted_parameters (id)",
    "CREATE UNIQUE INDEX queue_by_id ON queue_entries (id)",
    "CREATE UNIQUE INDEX queue_by_number ON queue_entries (number)",
    "CREATE INDEX contacts_by_id_number ON contacts (id_number)",
    "CREATE INDEX contacts_by_registration_number ON contacts (registration_number)",
    "CREATE INDEX communications_by_contact ON communications (contact_id, created_ms DESC, seq DESC)",
    "CREATE INDEX communications_by_category ON communications (category_id, created_ms DESC, seq DESC)",
    "CREATE INDEX parameters_by_communication ON unrestricted_parameters (communication_id, seq)",
    "CREATE INDEX queue_by_media ON queue_entries (media, created_ms DESC, seq DESC)",
    "CREATE INDEX queue_by_media_state ON queue_entries (media, life_cycle_state, created_ms DESC, seq DESC)",
    "CREATE INDEX queue_by_system ON queue_entries (external_system_id, created_ms DESC, seq DESC)",
    "CREATE INDEX queue_by_system_state ON queue_entries (external_system_id, life_cycle_state, created_ms DESC,"
    " seq DESC)",
    "CREATE INDEX queue_by_communication ON queue_entries (communication_id)",
};

const char *const tables[] = {"meta",           "counters",
                              "units",          "users",
                              "user_groups",    "privacy_levels",
                              "categories",     "external_systems",
                              "templates",      "contacts",
                              "contact_phones", "contact_emails",
                              "communications", "unrestricted_parameters",
                              "queue_entries"};

QString describe(const QSqlError &error)
{
    return error.text().isEmpty() ? u"unknown database error"_s : error.text();
}

} // namespace

SandboxDatabase::SandboxDatabase(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

SandboxDatabase::~SandboxDatabase()
{
    m_prepared.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase SandboxDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxDatabase::open(const QString &path, QString *error)
{
    m_path = path;
    const bool memory = path == QLatin1StringView(memoryPath);
    if (!memory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = u"cannot create the folder %1"_s.arg(QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = u"cannot open the database %1: %2"_s.arg(path, describe(db.lastError()));
        return false;
    }
    try {
        if (!memory) {
            run(u"PRAGMA journal_mode=WAL"_s);
            run(u"PRAGMA synchronous=NORMAL"_s);
        }
        run(u"PRAGMA busy_timeout=5000"_s);
    } catch (const DatabaseError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

bool SandboxDatabase::isOpen() const
{
    return connection().isOpen();
}

bool SandboxDatabase::isSeeded()
{
    if (!connection().tables().contains(u"meta"_s))
        return false;
    return meta(u"schema_version"_s) == QString::number(schemaVersion) && meta(u"seeded"_s) == u"yes";
}

void SandboxDatabase::recreateSchema()
{
    m_prepared.clear();
    m_seed.reset();
    Transaction transaction(*this);
    for (const char *table : tables)
        run(u"DROP TABLE IF EXISTS "_s + QLatin1StringView(table));
    for (const char *statement : tableStatements)
        run(QLatin1StringView(statement));
    setMeta(u"schema_version"_s, QString::number(schemaVersion));
    transaction.commit();
}

void SandboxDatabase::createIndexes()
{
    for (const char *statement : indexStatements)
        run(QLatin1StringView(statement));
}

SandboxDatabase::BulkLoad::BulkLoad(SandboxDatabase &database)
    : m_database(database)
{
    // A rollback journal in memory: the file is new, so there is little to journal, and the
    // write-ahead log would hold a second copy of every page until the checkpoint. A bigger page
    // cache keeps the indexes being built in memory.
    m_database.run(u"PRAGMA journal_mode=MEMORY"_s);
    m_database.run(u"PRAGMA cache_size=-262144"_s);
}

SandboxDatabase::BulkLoad::~BulkLoad()
{
    try {
        m_database.run(u"PRAGMA cache_size=-2000"_s);
        if (m_database.path() != QLatin1StringView(memoryPath))
            m_database.run(u"PRAGMA journal_mode=WAL"_s);
    } catch (const DatabaseError &) {
        // The data is complete either way; only the speed of later writes is at stake.
    }
}

QSqlQuery SandboxDatabase::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        throw DatabaseError((u"cannot prepare \"%1\": %2"_s.arg(sql, describe(query.lastError()))).toStdString());
    for (const QVariant &value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QSqlQuery &SandboxDatabase::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(connection());
        if (!query.prepare(sql))
            throw DatabaseError((u"cannot prepare \"%1\": %2"_s.arg(sql, describe(query.lastError()))).toStdString());
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    it->second.finish();
    return it->second;
}

void SandboxDatabase::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DatabaseError((u"statement failed: %1"_s.arg(describe(query.lastError()))).toStdString());
}

QVariant SandboxDatabase::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query = run(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

QString SandboxDatabase::meta(const QString &key)
{
    return scalar(u"SELECT value FROM meta WHERE key = ?"_s, {key}).toString();
}

void SandboxDatabase::setMeta(const QString &key, const QString &value)
{
    run(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, {key, value});
}

qint64 SandboxDatabase::nextSerial(const QString &series)
{
    QSqlQuery &insert = prepared(u"INSERT OR IGNORE INTO counters (series, value) VALUES (?, 0)"_s);
    insert.addBindValue(series);
    exec(insert);
    QSqlQuery &update = prepared(u"UPDATE counters SET value = value + 1 WHERE series = ?"_s);
    update.addBindValue(series);
    exec(update);
    QSqlQuery &select = prepared(u"SELECT value FROM counters WHERE series = ?"_s);
    select.addBindValue(series);
    exec(select);
    if (!select.next())
        throw DatabaseError("a counter vanished");
    return select.value(0).toLongLong();
}

void SandboxDatabase::setCounter(const QString &series, qint64 value)
{
    run(u"INSERT OR REPLACE INTO counters (series, value) VALUES (?, ?)"_s, {series, value});
}

QString SandboxDatabase::nextNumber(const QString &prefix)
{
    return prefix + QString::number(nextSerial(prefix)).rightJustified(6, u'0');
}

QString SandboxDatabase::makeId(quint32 seed, QStringView kind, qint64 serial)
{
    const QString text = u"commdesk-sandbox:"_s + QString::number(seed) + u':' + kind + u':' + QString::number(serial);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex().toUpper());
}

quint32 SandboxDatabase::seed()
{
    if (!m_seed)
        m_seed = meta(u"seed"_s).toUInt();
    return *m_seed;
}

QString SandboxDatabase::newId(QStringView kind)
{
    return makeId(seed(), kind, nextSerial(u"id:"_s + kind));
}

void SandboxDatabase::begin()
{
    if (!connection().transaction())
        throw DatabaseError("cannot begin a transaction");
}

void SandboxDatabase::commit()
{
    if (!connection().commit())
        throw DatabaseError((u"cannot commit: %1"_s.arg(describe(connection().lastError()))).toStdString());
}

void SandboxDatabase::rollback()
{
    connection().rollback();
}

Transaction::Transaction(SandboxDatabase &database)
    : m_database(database)
{
    m_database.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_database.rollback();
}

void Transaction::commit()
{
    m_database.commit();
    m_done = true;
}

} // namespace commdesk
