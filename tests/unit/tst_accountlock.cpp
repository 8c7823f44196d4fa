// One CommDesk per account: AccountLock takes a lock file named from the account key without
// waiting, refuses a second lock on the same account while the first is held, lets other accounts
// be, says who holds it, releases on destruction, and takes over the lock of a dead process.
#include "AccountLock.h"
#include "OfflineCache.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

namespace {

QString accountOf(const char *user)
{
    return OfflineCache::accountKey(QUrl(QStringLiteral("https://crm.example.com")), QStringLiteral("ACME"),
                                    QString::fromLatin1(user), {});
}

} // namespace

class TestAccountLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondLockOnTheSameAccountFails()
    {
        AccountLock first(accountOf("eleni"), m_dir.path());
        QVERIFY(first.tryLock());
        QVERIFY(first.isLocked());
        AccountLock second(accountOf("eleni"), m_dir.path());
        QVERIFY(!second.tryLock());
        QVERIFY(!second.isLocked());
        QVERIFY(first.tryLock()); // held already: still held
    }

    void anotherAccountIsFree()
    {
        AccountLock eleni(accountOf("eleni"), m_dir.path());
        AccountLock andreas(accountOf("andreas"), m_dir.path());
        QVERIFY(eleni.filePath() != andreas.filePath());
        QVERIFY(eleni.tryLock());
        QVERIFY(andreas.tryLock());
    }

    void releasedOnDestruction()
    {
        {
            AccountLock first(accountOf("eleni"), m_dir.path());
            QVERIFY(first.tryLock());
            QVERIFY(QFile::exists(first.filePath()));
        }
        AccountLock second(accountOf("eleni"), m_dir.path());
        QVERIFY(!second.holder());
        QVERIFY(second.tryLock());
        second.unlock();
        QVERIFY(!QFile::exists(second.filePath()));
    }

    void holderIsReported()
    {
        AccountLock first(accountOf("eleni"), m_dir.path());
        QVERIFY(first.tryLock());
        AccountLock second(accountOf("eleni"), m_dir.path());
        QVERIFY(!second.tryLock());
        const std::optional<AccountLock::Holder> holder = second.holder();
        QVERIFY(holder);
        QCOMPARE(holder->processId, QCoreApplication::applicationPid());
        QCOMPARE(holder->hostName, QSysInfo::machineHostName());
        QVERIFY(holder->toText().contains(QString::number(QCoreApplication::applicationPid())));
    }

    // A crash leaves the file behind; its process is gone, so the next start takes the lock over.
    void aDeadProcessLockIsTakenOver()
    {
        QProcess gone;
        QSignalSpy finished(&gone, &QProcess::finished);
        gone.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(finished.wait(10000));

        AccountLock lock(accountOf("eleni"), m_dir.path());
        QFile leftOver(lock.filePath());
        QVERIFY(leftOver.open(QIODevice::WriteOnly));
        // QLockFile's format: process id, application, host.
        leftOver.write(QByteArray::number(deadPid) + "\ncommdesk\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        leftOver.close();
        QCOMPARE(lock.holder()->processId, deadPid);
        QVERIFY(lock.tryLock());
        QCOMPARE(lock.holder()->processId, QCoreApplication::applicationPid());
    }

    // A living holder keeps its lock however long it has held it (no stale time by age).
    void aLongHeldLockStaysHeld()
    {
        AccountLock first(accountOf("eleni"), m_dir.path());
        QVERIFY(first.tryLock());
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-2);
        QFile file(first.filePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(longAgo, QFileDevice::FileModificationTime));
        file.close();
        AccountLock second(accountOf("eleni"), m_dir.path());
        QVERIFY(!second.tryLock());
    }

    void fileNamesAreSafe()
    {
        const QString name = AccountLock::fileNameFor(QStringLiteral("https://h:8443/x|ORG|user/..\\:*?"));
        QVERIFY(QRegularExpression(QStringLiteral("^account-[0-9a-f]{32}\\.lock$")).match(name).hasMatch());
        QVERIFY(AccountLock::fileNameFor(accountOf("a")) != AccountLock::fileNameFor(accountOf("b")));
    }
};

QTEST_GUILESS_MAIN(TestAccountLock)
#include "tst_accountlock.moc"
