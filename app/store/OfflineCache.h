#pragma once

#include "Category.h"
#include "Communication.h"
#include "CommunicationRow.h"
#include "LocalDatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace commdesk {

template<class T>
struct OfflineSnapshot
{
    T value;
    QDateTime savedAt; // UTC
};

// offline-cache.sqlite in the data folder: the local copy of what the app last loaded from the
// server (categories, lists, opened communications), so that it can start and show something when
// the server is unreachable. A copy, never the truth: whatever cannot be read back is dropped
// rather than shown.
class OfflineCache
{
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int listLimit = 500; // rows kept per list
    static constexpr int listsPerAccount = 50; // lists kept per account, least recently saved dropped
    static constexpr int communicationsPerAccount = 300; // opened communications kept, oldest dropped

    OfflineCache() = default;

    bool open(const QString &path);
    static QString defaultPath();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const { return m_error.isEmpty() ? m_db.errorText() : m_error; }
    // Set when open() found the file broken and moved it aside (LocalDatabase::Recovery).
    std::optional<LocalDatabase::Recovery> recovery() const { return m_db.recovery(); }

    // Everything below is scoped to one account (server + user) so two servers never mix; an
    // empty account means nothing is saved or found.
    void setAccount(const QString &account) { m_account = account; }
    QString account() const { return m_account; }
    // "https://host/path|ORG|user"; with an API key "…|ORG|key:" + the first 16 hex digits of its
    // SHA-256, never the key itself. Empty when there is no server or nobody to sign in as.
    static QString accountKey(const QUrl &server, const QString &organisation, const QString &username,
                              const QString &apiKey);

    bool saveCategories(const QList<Category> &categories);
    std::optional<OfflineSnapshot<QList<Category>>> categories() const;
    // Keeps only the first listLimit rows. A list read back has its rows replaced by the copies of
    // those communications saved after it (opened, or changed by an action since).
    bool saveList(const QString &listKey, const QList<CommunicationRow> &rows);
    std::optional<OfflineSnapshot<QList<CommunicationRow>>> list(const QString &listKey) const;
    // Keyed by communication.id; a communication without id is not saved (returns false).
    bool saveCommunication(const Communication &communication);
    std::optional<OfflineSnapshot<Communication>> communication(const QString &id) const;
    // Sign-out: the account's copies go.
    bool clearAccount();
    // Whether the account has any copy at all.
    bool hasCopy() const;
    // Whether `account` has a copy in the cache at `path`, asked on a worker thread (the GUI thread
    // never waits for SQLite): `done` follows on `context`'s thread, unless `context` is gone by then.
    // A missing file is no copy, and is not created.
    static void findCopy(const QString &path, const QString &account, QObject *context,
                         std::function<void(bool found)> done);

private:
    bool usable() const { return m_db.isOpen() && !m_account.isEmpty(); }
    bool write(const QString &kind, const QString &key, const QJsonDocument &body);
    bool prune(const QString &kind, int keep);
    // The stored JSON of one copy; an unreadable row is dropped and gives nullopt like a missing one.
    std::optional<OfflineSnapshot<QJsonDocument>> load(const QString &kind, const QString &key) const;
    void drop(const QString &kind, const QString &key, const QString &problem) const;
    void overlayLaterCopies(QList<CommunicationRow> &rows, const QString &listKey) const;
    bool failed(const QString &error);

    LocalDatabase m_db;
    QString m_account;
    QString m_error;
};

} // namespace commdesk
