// The queue monitor's local files: the history survives closing and reopening (a restart), old
// samples are pruned, the schema version is recorded and a newer one refused; the action journal
// keeps records newest first and exports RFC 4180 CSV; through QueueJournal it is written and read
// on the store thread, in order, and a record that cannot be written is reported, not dropped unseen.
#include "ActionJournal.h"
#include "QueueHistoryStore.h"
#include "QueueJournal.h"
#include "StoreThread.h"
#include "Wait.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

class TestQueueStores : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2024, 5, 22), QTime(12, 0), Qt::UTC);

private Q_SLOTS:
    void historySurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/queue-history.sqlite"));
        {
            QueueHistoryStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorText()));
            QVERIFY(store.append({m_now.addDays(-10), 1, 2, 3, 4})); // pruned by the next append
            QVERIFY(store.append({m_now.addSecs(-60), 12, 100, 7, 3}));
            QVERIFY(store.append({m_now, 10, 102, 8, 3}));
        }
        QueueHistoryStore reopened;
        QVERIFY2(reopened.open(path), qPrintable(reopened.errorText()));
        const QList<QueueHistorySample> samples = reopened.samplesSince(m_now.addDays(-30));
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples[0], (QueueHistorySample {m_now.addSecs(-60), 12, 100, 7, 3}));
        QCOMPARE(samples[1], (QueueHistorySample {m_now, 10, 102, 8, 3}));
        QCOMPARE(reopened.samplesSince(m_now).size(), 1);
    }

    void schemaIsVersionedAndWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            QueueHistoryStore store;
            QVERIFY(store.open(path));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), QueueHistoryStore::kSchemaVersion);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        QueueHistoryStore newer;
        QVERIFY(!newer.open(path));
        QVERIFY(newer.errorText().contains(QStringLiteral("newer")));
    }

    void journalKeepsAndExports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("action-journal.sqlite"));
        JournalRecord first {m_now.addSecs(-10),
                             QStringLiteral("demo"),
                             QStringLiteral("reject"),
                             QStringLiteral("CQ000001"),
                             QStringLiteral("ID1"),
                             QStringLiteral("wrong, \"number\""),
                             QStringLiteral("INVALID_DESTINATION: bad"),
                             true,
                             QStringLiteral("REJECTED")};
        JournalRecord second {m_now,
                              QStringLiteral("demo"),
                              QStringLiteral("complete"),
                              QStringLiteral("CQ000002"),
                              QStringLiteral("ID2"),
                              QStringLiteral("line\nbreak"),
                              {},
                              false,
                              QStringLiteral("INVALID_STATE: not pending")};
        {
            ActionJournal journal;
            QVERIFY2(journal.open(path), qPrintable(journal.errorText()));
            QVERIFY(journal.append(first));
            QVERIFY(journal.append(second));
        }
        ActionJournal journal;
        QVERIFY(journal.open(path));
        const QList<JournalRecord> records = journal.records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0], second);
        QCOMPARE(records[1], first);
        QCOMPARE(ActionJournal::toCsv(records),
                 QStringLiteral("time,user,action,entry_number,entry_id,reason,detail,result,answer\r\n"
                                "2024-05-22T12:00:00Z,demo,complete,CQ000002,ID2,\"line\nbreak\",,FAILED,"
                                "INVALID_STATE: not pending\r\n"
                                "2024-05-22T11:59:50Z,demo,reject,CQ000001,ID1,\"wrong, \"\"number\"\"\","
                                "INVALID_DESTINATION: bad,OK,REJECTED\r\n"));
    }

    void journalOnTheStoreThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("action-journal.sqlite"));
        StoreThread stores;
        QueueJournal journal(&stores, path);
        QSignalSpy failed(&journal, &QueueJournal::appendFailed);
        QList<JournalRecord> written;
        for (int i = 0; i < 3; ++i) {
            JournalRecord record;
            record.at = m_now.addSecs(i);
            record.user = QStringLiteral("demo");
            record.action = QStringLiteral("complete");
            record.entryNumber = QStringLiteral("CQ00000%1").arg(i);
            record.succeeded = true;
            journal.append(record);
            written.prepend(record);
        }
        // A read posted after the appends sees them all, newest first; the answer comes on this thread.
        std::optional<QList<JournalRecord>> records;
        Qt::HANDLE answeredOn = nullptr;
        journal.read(this, [&](const QList<JournalRecord> &read) {
            records = read;
            answeredOn = QThread::currentThreadId();
        });
        QVERIFY(!records); // never answered within the call
        WAIT_VERIFY(records.has_value());
        QCOMPARE(*records, written);
        QCOMPARE(answeredOn, QThread::currentThreadId());
        QCOMPARE(failed.count(), 0);
        // The file holds them.
        stores.drain();
        ActionJournal file;
        QVERIFY(file.open(path));
        QCOMPARE(file.records(), written);
    }

    void journalThatCannotBeWrittenSaysSo()
    {
        QTemporaryDir dir;
        // A folder where the file should be: SQLite cannot open it.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("action-journal.sqlite/x")));
        StoreThread stores;
        QueueJournal journal(&stores, dir.filePath(QStringLiteral("action-journal.sqlite")));
        QSignalSpy failed(&journal, &QueueJournal::appendFailed);
        JournalRecord record;
        record.at = m_now;
        record.action = QStringLiteral("reject");
        record.entryNumber = QStringLiteral("CQ000009");
        journal.append(record);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<JournalRecord>(), record);
    }

    void csvDefusesSpreadsheetFormulas()
    {
        JournalRecord record;
        record.at = QDateTime(QDate(2024, 5, 22), QTime(12, 0), Qt::UTC);
        record.user = QStringLiteral("demo");
        record.action = QStringLiteral("reject");
        record.reason = QStringLiteral("=HYPERLINK(\"http://x\")");
        record.answer = QStringLiteral("-1");
        const QString csv = ActionJournal::toCsv({record});
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",'-1\r\n")), qPrintable(csv));
    }
};

QTEST_GUILESS_MAIN(TestQueueStores)
#include "tst_queuestores.moc"
