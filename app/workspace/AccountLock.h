#pragma once

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace commdesk {

// One CommDesk per account (docs/architecture.md "Nothing lost"): a lock file in the data folder,
// named from the account key (OfflineCache::accountKey), held for as long as the account is open.
// The outbox sends only while it holds it, so two instances never send the same item twice.
class AccountLock
{
public:
    // Who holds the lock: for a sentence such as "open in process 4711 on laptop".
    struct Holder
    {
        qint64 processId = 0;
        QString hostName;
        QString application;

        QString toText() const;
    };

    // dataFolder empty: the application's data folder (QStandardPaths::AppLocalDataLocation).
    explicit AccountLock(const QString &accountKey, const QString &dataFolder = {});
    ~AccountLock(); // releases the lock

    AccountLock(const AccountLock &) = delete;
    AccountLock &operator=(const AccountLock &) = delete;

    // Takes the lock without waiting; a lock left by a dead process on this machine is taken over.
    bool tryLock();
    bool isLocked() const;
    void unlock();
    // The process holding the lock file, whoever it is (this one included); none when it is free.
    std::optional<Holder> holder() const;

    QString filePath() const { return m_path; }
    // "account-" and 32 hexadecimal digits of the key's SHA-256: any key gives a safe file name,
    // and the file does not tell which server or user it belongs to.
    static QString fileNameFor(const QString &accountKey);

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace commdesk
