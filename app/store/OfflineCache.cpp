#include "OfflineCache.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

namespace commdesk {

namespace {

const QString kCategories = QStringLiteral("categories");
const QString kList = QStringLiteral("list");
const QString kCommunication = QStringLiteral("communication");

// Fixed-width ISO 8601 in UTC with milliseconds: sorts as text in time order.
QString isoOf(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray compact(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Compact);
}

template<class T>
QJsonArray arrayOf(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(value.toJson());
    return array;
}

// The same strictness as an answer from the server (api/Decode.h): the first error names its path.
template<class T>
std::optional<QList<T>> decodeArray(const QJsonDocument &document, const QString &rootPath, QString *problem)
{
    if (!document.isArray()) {
        *problem = QStringLiteral("expected an array");
        return std::nullopt;
    }
    JsonReader reader(rootPath);
    QList<T> values;
    reader.forEach(document.array(), [&values](const JsonReader::Object &item) { values.append(T::fromJson(item)); });
    if (reader.hasError()) {
        *problem = reader.error();
        return std::nullopt;
    }
    return values;
}

} // namespace

QString OfflineCache::defaultPath()
{
    return LocalDatabase::defaultPath(QStringLiteral("offline-cache.sqlite"));
}

bool OfflineCache::open(const QString &path)
{
    m_error.clear();
    // rowid (not WITHOUT ROWID) on purpose: INSERT OR REPLACE gives a saved copy the highest one,
    // which orders saves made within the same millisecond.
    const QList<QStringList> migrations = {
        {QStringLiteral("CREATE TABLE snapshots (account TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, "
                        "body BLOB NOT NULL, saved_at TEXT NOT NULL, PRIMARY KEY (account, kind, key))")},
    };
    return m_db.open(path, migrations);
}

QString OfflineCache::accountKey(const QUrl &server, const QString &organisation, const QString &username,
                                 const QString &apiKey)
{
    if (server.isEmpty() || !server.isValid() || (username.trimmed().isEmpty() && apiKey.isEmpty()))
        return {};
    // The same server written twice the same way must give the same account; user info (which
    // may hold a password) never becomes part of a key.
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::StripTrailingSlash
                               | QUrl::NormalizePathSegments);
    const QString scheme = url.scheme().toLower();
    if ((scheme == u"https" && url.port() == 443) || (scheme == u"http" && url.port() == 80))
        url.setPort(-1);
    const QString who = apiKey.isEmpty()
        ? username.trimmed()
        : QStringLiteral("key:")
            + QString::fromLatin1(
                QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return url.toString() + QLatin1Char('|') + organisation.trimmed() + QLatin1Char('|') + who;
}

bool OfflineCache::failed(const QString &error)
{
    m_error = error;
    return false;
}

bool OfflineCache::write(const QString &kind, const QString &key, const QJsonDocument &body)
{
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO snapshots (account, kind, key, body, saved_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(LocalDatabase::text(m_account));
    query.addBindValue(kind);
    query.addBindValue(LocalDatabase::text(key));
    query.addBindValue(LocalDatabase::bytes(compact(body)));
    query.addBindValue(isoOf(QDateTime::currentDateTimeUtc()));
    return query.exec() || failed(query.lastError().text());
}

bool OfflineCache::prune(const QString &kind, int keep)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM snapshots WHERE account = ? AND kind = ? AND key NOT IN "
                                 "(SELECT key FROM snapshots WHERE account = ? AND kind = ? "
                                 "ORDER BY saved_at DESC, rowid DESC LIMIT ?)"));
    query.addBindValue(m_account);
    query.addBindValue(kind);
    query.addBindValue(m_account);
    query.addBindValue(kind);
    query.addBindValue(keep);
    return query.exec() || failed(query.lastError().text());
}

std::optional<OfflineSnapshot<QJsonDocument>> OfflineCache::load(const QString &kind, const QString &key) const
{
    if (!usable())
        return std::nullopt;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT body, saved_at FROM snapshots WHERE account = ? AND kind = ? AND key = ?"));
    query.addBindValue(m_account);
    query.addBindValue(kind);
    query.addBindValue(LocalDatabase::text(key));
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QByteArray body = query.value(0).toByteArray();
    const QDateTime savedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    query.finish();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        drop(kind, key, QStringLiteral("not JSON (%1 at %2)").arg(error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!savedAt.isValid()) {
        drop(kind, key, QStringLiteral("no valid saved_at"));
        return std::nullopt;
    }
    return OfflineSnapshot<QJsonDocument> {document, savedAt.toUTC()};
}

void OfflineCache::drop(const QString &kind, const QString &key, const QString &problem) const
{
    // Left in place it would fail the same way at every start; the next load from the server
    // saves a good copy again.
    qWarning().noquote()
        << QStringLiteral("offline cache: dropped the unreadable %1 \"%2\": %3").arg(kind, key, problem);
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM snapshots WHERE account = ? AND kind = ? AND key = ?"));
    query.addBindValue(m_account);
    query.addBindValue(kind);
    query.addBindValue(LocalDatabase::text(key));
    if (!query.exec())
        qWarning().noquote() << QStringLiteral("offline cache: cannot drop it: %1").arg(query.lastError().text());
}

bool OfflineCache::saveCategories(const QList<Category> &categories)
{
    if (!usable())
        return false;
    return write(kCategories, QString(), QJsonDocument(arrayOf(categories)));
}

std::optional<OfflineSnapshot<QList<Category>>> OfflineCache::categories() const
{
    const auto stored = load(kCategories, QString());
    if (!stored)
        return std::nullopt;
    QString problem;
    auto values = decodeArray<Category>(stored->value, kCategories, &problem);
    if (!values) {
        drop(kCategories, QString(), problem);
        return std::nullopt;
    }
    return OfflineSnapshot<QList<Category>> {*values, stored->savedAt};
}

bool OfflineCache::saveList(const QString &listKey, const QList<CommunicationRow> &rows)
{
    if (!usable())
        return false;
    // The write and the pruning it causes in one transaction: a crash between them leaves neither.
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return failed(db.lastError().text());
    if (!write(kList, listKey, QJsonDocument(arrayOf(rows.mid(0, listLimit)))) || !prune(kList, listsPerAccount)) {
        db.rollback();
        return false;
    }
    return db.commit() || failed(db.lastError().text());
}

std::optional<OfflineSnapshot<QList<CommunicationRow>>> OfflineCache::list(const QString &listKey) const
{
    const auto stored = load(kList, listKey);
    if (!stored)
        return std::nullopt;
    if (!stored->value.isArray()) {
        drop(kList, listKey, QStringLiteral("expected an array"));
        return std::nullopt;
    }
    QList<CommunicationRow> rows;
    const QJsonArray array = stored->value.array();
    rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString problem = array.at(i).isObject() ? CommunicationRow::typeProblem(array.at(i).toObject())
                                                       : QStringLiteral("expected an object");
        if (!problem.isEmpty()) {
            drop(kList, listKey, QStringLiteral("%1[%2]: %3").arg(kList).arg(i).arg(problem));
            return std::nullopt;
        }
        rows.append(CommunicationRow::fromJson(array.at(i).toObject()));
    }
    overlayLaterCopies(rows, listKey);
    return OfflineSnapshot<QList<CommunicationRow>> {rows, stored->savedAt};
}

void OfflineCache::overlayLaterCopies(QList<CommunicationRow> &rows, const QString &listKey) const
{
    // Rows are not rewritten when a communication changes (that would decode every list holding it
    // on the GUI thread after each action); the copy saved later wins when the list is read. Later
    // means a higher rowid: INSERT OR REPLACE gives every save the highest, even within one
    // millisecond of saved_at.
    QHash<QString, qsizetype> rowOfId;
    for (qsizetype row = 0; row < rows.size(); ++row)
        rowOfId.insert(rows.at(row).id().toString(), row);
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT key FROM snapshots WHERE account = ? AND kind = ? AND rowid > "
                                 "(SELECT rowid FROM snapshots WHERE account = ? AND kind = ? AND key = ?)"));
    query.addBindValue(m_account);
    query.addBindValue(kCommunication);
    query.addBindValue(m_account);
    query.addBindValue(kList);
    query.addBindValue(LocalDatabase::text(listKey));
    if (!query.exec())
        return;
    QStringList later;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (rowOfId.contains(id))
            later.append(id);
    }
    query.finish();
    for (const QString &id : std::as_const(later)) {
        if (const auto copy = communication(id))
            rows[rowOfId.value(id)] = CommunicationRow::from(copy->value);
    }
}

bool OfflineCache::saveCommunication(const Communication &communication)
{
    if (!usable() || communication.id.isEmpty())
        return false;
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return failed(db.lastError().text());
    if (!write(kCommunication, communication.id, QJsonDocument(communication.toJson()))
        || !prune(kCommunication, communicationsPerAccount)) {
        db.rollback();
        return false;
    }
    return db.commit() || failed(db.lastError().text());
}

std::optional<OfflineSnapshot<Communication>> OfflineCache::communication(const QString &id) const
{
    const auto stored = load(kCommunication, id);
    if (!stored)
        return std::nullopt;
    if (!stored->value.isObject()) {
        drop(kCommunication, id, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    JsonReader reader(kCommunication);
    Communication value = Communication::fromJson(reader.root(stored->value.object()));
    if (reader.hasError()) {
        drop(kCommunication, id, reader.error());
        return std::nullopt;
    }
    if (value.id != id) {
        drop(kCommunication, id, QStringLiteral("it holds the communication \"%1\"").arg(value.id));
        return std::nullopt;
    }
    return OfflineSnapshot<Communication> {value, stored->savedAt};
}

bool OfflineCache::clearAccount()
{
    if (!m_db.isOpen())
        return false;
    if (m_account.isEmpty())
        return true; // nothing is ever saved for it
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM snapshots WHERE account = ?"));
    query.addBindValue(m_account);
    return query.exec() || failed(query.lastError().text());
}

bool OfflineCache::hasCopy() const
{
    if (!usable())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT 1 FROM snapshots WHERE account = ? LIMIT 1"));
    query.addBindValue(m_account);
    return query.exec() && query.next();
}

void OfflineCache::findCopy(const QString &path, const QString &account, QObject *context,
                            std::function<void(bool found)> done)
{
    auto *watcher = new QFutureWatcher<bool>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, account] {
        if (account.isEmpty() || !QFileInfo::exists(path))
            return false;
        OfflineCache cache; // a connection of this thread's own
        if (!cache.open(path))
            return false;
        cache.setAccount(account);
        return cache.hasCopy();
    }));
}

} // namespace commdesk
