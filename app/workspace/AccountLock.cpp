#include "AccountLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace commdesk {

QString AccountLock::Holder::toText() const
{
    return QCoreApplication::translate("AccountLock", "%1 (process %2) on %3")
        .arg(application.isEmpty() ? QStringLiteral("CommDesk") : application)
        .arg(processId)
        .arg(hostName.isEmpty() ? QCoreApplication::translate("AccountLock", "this computer") : hostName);
}

AccountLock::AccountLock(const QString &accountKey, const QString &dataFolder)
{
    const QString folder =
        dataFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : dataFolder;
    QDir().mkpath(folder);
    m_path = QDir(folder).filePath(fileNameFor(accountKey));
    m_file = std::make_unique<QLockFile>(m_path);
    // Held for hours, so never stale by age (QLockFile's default of 30 s would let a second
    // instance take the lock from a living first). A lock whose process is gone from this machine
    // is still taken over: QLockFile checks the process id whatever the stale time.
    m_file->setStaleLockTime(0);
}

AccountLock::~AccountLock()
{
    unlock();
}

bool AccountLock::tryLock()
{
    return m_file->isLocked() || m_file->tryLock(0);
}

bool AccountLock::isLocked() const
{
    return m_file->isLocked();
}

void AccountLock::unlock()
{
    if (m_file->isLocked())
        m_file->unlock();
}

std::optional<AccountLock::Holder> AccountLock::holder() const
{
    Holder holder;
    if (!m_file->getLockInfo(&holder.processId, &holder.hostName, &holder.application))
        return std::nullopt;
    return holder;
}

QString AccountLock::fileNameFor(const QString &accountKey)
{
    const QByteArray hash = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("account-") + QString::fromLatin1(hash.left(32)) + QStringLiteral(".lock");
}

} // namespace commdesk
