// The local drafts and the outbox on disk: what compose typed survives closing and reopening the
// store (a restart), the form round-trips through its JSON, the schemas are versioned, a broken file
// is moved aside with what could be read kept, and an outbox item is claimed by one instance only.
#include "ActionJournal.h"
#include "ComposeFormJson.h"
#include "LocalDraftStore.h"
#include "OfflineCache.h"
#include "OutboxStore.h"
#include "QueueHistoryStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

using namespace commdesk;

class TestLocalStores : public QObject
{
    Q_OBJECT

private:
    static ComposeForm sampleForm()
    {
        ComposeForm form;
        form.contactValue = QStringLiteral("CI000111");
        form.category = ComposeChoice {Identifier::byName(QStringLiteral("Billing")), QStringLiteral("Billing")};
        form.direction = Direction::Outgoing;
        form.media = Media::FaceToFace;
        form.subject = QStringLiteral("Ünïcode \"subject\"");
        form.content = QStringLiteral("line 1\nline 2");
        form.udfStrings[3] = QStringLiteral("four");
        form.udfDates[1] = QStringLiteral("2024-05-01");
        form.referringEntity = ReferringEntity::Jobs;
        form.referringNumber = QStringLiteral("J1");
        form.parameters.append(
            {QStringLiteral("P1"), QStringLiteral("weight"), ParameterType::Float, QStringLiteral("2.5")});
        return form;
    }

    static OutboxItem sampleItem(const QString &title = QStringLiteral("Hi"))
    {
        OutboxItem item;
        item.contactField = QStringLiteral("number");
        item.contactValue = QStringLiteral("CI1");
        item.title = title;
        item.form = "{}";
        item.body = R"({"subject":"Hi"})";
        item.createdAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        item.nextAttemptAt = item.createdAt;
        return item;
    }

    static QByteArray randomBytes(int size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(QRandomGenerator::global()->bounded(256));
        return bytes;
    }

    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList corruptSiblings(const QString &path)
    {
        const QFileInfo info(path);
        QStringList names =
            info.dir().entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files, QDir::Name);
        // Its journal goes along with it, under the same name.
        names.removeIf([](const QString &name) { return name.endsWith(u"-wal") || name.endsWith(u"-shm"); });
        return names;
    }

    // Raw SQL on a file, as another program (or an older or newer CommDesk) would write it.
    static void execRaw(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private Q_SLOTS:
    void formRoundTrips()
    {
        const ComposeForm form = sampleForm();
        QCOMPARE(ComposeFormJson::read(ComposeFormJson::write(form)), form);
        QCOMPARE(ComposeFormJson::read(ComposeFormJson::write(ComposeForm())), ComposeForm());
        QCOMPARE(ComposeFormJson::read("not json"), ComposeForm());
    }

    void draftsSurviveReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/local-drafts.sqlite"));
        qint64 first = 0;
        qint64 second = 0;
        {
            LocalDraftStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorText()));
            first = store.save({0,
                                {},
                                {},
                                QStringLiteral("Hello"),
                                ComposeFormJson::write(sampleForm()),
                                {},
                                QDateTime::currentDateTimeUtc().addSecs(-5)});
            QVERIFY(first > 0);
            second =
                store.save({0, QStringLiteral("ID9"), QStringLiteral("CM9"), QStringLiteral("Edit"), "{}", "{}", {}});
            QVERIFY(second > first);
            // Saving again replaces rather than adds.
            QCOMPARE(store.save({first,
                                 {},
                                 {},
                                 QStringLiteral("Hello again"),
                                 ComposeFormJson::write(sampleForm()),
                                 {},
                                 QDateTime::currentDateTimeUtc().addSecs(-5)}),
                     first);
        }
        LocalDraftStore reopened;
        QVERIFY(reopened.open(path));
        const QList<LocalDraft> drafts = reopened.drafts();
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts[0].id, second); // newest first
        QCOMPARE(drafts[0].communicationNumber, QStringLiteral("CM9"));
        QCOMPARE(drafts[1].title, QStringLiteral("Hello again"));
        QCOMPARE(ComposeFormJson::read(drafts[1].form), sampleForm());
        QVERIFY(reopened.remove(first));
        QVERIFY(!reopened.draft(first));
        QCOMPARE(reopened.drafts().size(), 1);
    }

    void outboxSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        OutboxItem item;
        item.contactField = QStringLiteral("number");
        item.contactValue = QStringLiteral("CI1");
        item.title = QStringLiteral("Hi");
        item.form = "{}";
        item.body = R"({"subject":"Hi"})";
        item.state = OutboxItem::State::Failed;
        item.attempts = 3;
        item.lastError = QStringLiteral("refused");
        item.outcomeUnknown = true;
        item.lastAttemptAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        item.nextAttemptAt = item.lastAttemptAt.addSecs(30);
        item.createdAt = item.lastAttemptAt.addSecs(-30);
        {
            OutboxStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorText()));
            item.id = store.save(item);
            QVERIFY(item.id > 0);
        }
        OutboxStore reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.items().size(), 1);
        QCOMPARE(reopened.items().first(), item);
        item.attempts = 4;
        QCOMPARE(reopened.save(item), item.id);
        QCOMPARE(reopened.item(item.id)->attempts, 4);
        QVERIFY(reopened.remove(item.id));
        QVERIFY(reopened.items().isEmpty());
    }

    void schemasAreVersionedAndWal()
    {
        QTemporaryDir dir;
        const QString drafts = dir.filePath(QStringLiteral("d.sqlite"));
        const QString outbox = dir.filePath(QStringLiteral("o.sqlite"));
        {
            LocalDraftStore d;
            QVERIFY(d.open(drafts));
            OutboxStore o;
            QVERIFY(o.open(outbox));
        }
        for (const QString &path : {drafts, outbox}) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
                QCOMPARE(query.value(0).toInt(), path == outbox ? OutboxStore::kSchemaVersion : 1);
                QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
                QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        }
    }

    // Random bytes over each store's file: the store opens anyway, on a fresh file, and the broken one
    // waits untouched next to it for whoever wants to look.
    void brokenFileIsMovedAside_data()
    {
        // Opens the store at the path, reports its recovery, saves one row and reads it back.
        using Exercise = std::function<void(const QString &path, std::optional<LocalDatabase::Recovery> *recovery)>;
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<Exercise>("exercise");
        QTest::newRow("local drafts") << QStringLiteral(
            "local-drafts.sqlite") << Exercise([](const QString &path, auto *recovery) {
            LocalDraftStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorText()));
            *recovery = store.recovery();
            const qint64 id = store.save({0, {}, {}, QStringLiteral("T"), "{}", {}, {}});
            QVERIFY(id > 0);
            QCOMPARE(store.draft(id)->title, QStringLiteral("T"));
        });
        QTest::newRow("outbox") << QStringLiteral("outbox.sqlite") << Exercise([](const QString &path, auto *recovery) {
            OutboxStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorText()));
            *recovery = store.recovery();
            const qint64 id = store.save(sampleItem());
            QVERIFY(id > 0);
            QCOMPARE(store.item(id)->title, QStringLiteral("Hi"));
        });
        QTest::newRow("offline cache") << QStringLiteral("offline-cache.sqlite")
                                       << Exercise([](const QString &path, auto *recovery) {
                                              OfflineCache cache;
                                              QVERIFY2(cache.open(path), qPrintable(cache.errorText()));
                                              *recovery = cache.recovery();
                                              cache.setAccount(QStringLiteral("https://crm|ORG|me"));
                                              Category category;
                                              category.id = QStringLiteral("C1");
                                              category.name = QStringLiteral("Billing");
                                              QVERIFY(cache.saveCategories({category}));
                                              QCOMPARE(cache.categories()->value.first().name, category.name);
                                          });
        QTest::newRow("queue history") << QStringLiteral("queue-history.sqlite")
                                       << Exercise([](const QString &path, auto *recovery) {
                                              QueueHistoryStore store;
                                              QVERIFY2(store.open(path), qPrintable(store.errorText()));
                                              *recovery = store.recovery();
                                              const QDateTime at = QDateTime::currentDateTimeUtc();
                                              const auto before = store.samplesSince(at.addSecs(-60)).size();
                                              QVERIFY(store.append({at, 1, 2, 3, 4}));
                                              QCOMPARE(store.samplesSince(at.addSecs(-60)).size(), before + 1);
                                          });
        QTest::newRow("action journal") << QStringLiteral("action-journal.sqlite")
                                        << Exercise([](const QString &path, auto *recovery) {
                                               ActionJournal journal;
                                               QVERIFY2(journal.open(path), qPrintable(journal.errorText()));
                                               *recovery = journal.recovery();
                                               JournalRecord record;
                                               record.at = QDateTime::currentDateTimeUtc();
                                               record.action = QStringLiteral("complete");
                                               const auto before = journal.records().size();
                                               QVERIFY(journal.append(record));
                                               QCOMPARE(journal.records().size(), before + 1);
                                           });
    }

    void brokenFileIsMovedAside()
    {
        using Exercise = std::function<void(const QString &path, std::optional<LocalDatabase::Recovery> *recovery)>;
        QFETCH(QString, fileName);
        QFETCH(Exercise, exercise);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        std::optional<LocalDatabase::Recovery> recovery;
        exercise(path, &recovery); // a good file first, so that the store has written its own
        QVERIFY(!recovery);
        if (QTest::currentTestFailed())
            return;

        const QByteArray garbage = randomBytes(3 * 4096);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(garbage);
        }
        exercise(path, &recovery);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(recovery);
        QCOMPARE(recovery->brokenPath, path);
        QCOMPARE(recovery->rowsKept, 0);
        const QStringList aside = corruptSiblings(path);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(dir.filePath(aside.first()), recovery->movedTo);
        QVERIFY2(QRegularExpression(QStringLiteral("\\.corrupt-\\d{8}-\\d{6}$")).match(aside.first()).hasMatch(),
                 qPrintable(aside.first()));
        QCOMPARE(contentsOf(recovery->movedTo), garbage); // kept as it was, for whoever wants to look

        // The fresh file is a good one: opening it again recovers nothing.
        exercise(path, &recovery);
        QVERIFY(!recovery);
        QCOMPARE(corruptSiblings(path).size(), 1);
    }

    // A damaged page late in a real file: the rows before it are read into the fresh file.
    void damagedPageKeepsReadableRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("local-drafts.sqlite"));
        constexpr int kRows = 200;
        {
            LocalDraftStore store;
            QVERIFY(store.open(path));
            for (int i = 1; i <= kRows; ++i) {
                const QByteArray form = QByteArray(900, 'x') + QByteArray::number(i);
                QCOMPARE(store.save({0, {}, {}, QStringLiteral("Draft %1").arg(i), form, {}, {}}), qint64(i));
            }
        } // the last connection closing folds the journal into the file
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 20 * 4096);
            QVERIFY(file.seek(file.size() - 4096)); // the last page: a leaf of the newest rows
            file.write(randomBytes(4096));
        }

        LocalDraftStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorText()));
        QVERIFY(store.recovery());
        const int kept = store.recovery()->rowsKept;
        QVERIFY2(kept > kRows / 2 && kept < kRows, qPrintable(QString::number(kept)));
        const QList<LocalDraft> drafts = store.drafts();
        QCOMPARE(drafts.size(), kept);
        const std::optional<LocalDraft> first = store.draft(1);
        QVERIFY(first);
        QCOMPARE(first->title, QStringLiteral("Draft 1"));
        QCOMPARE(first->form, QByteArray(900, 'x') + "1");
        // The fresh file goes on numbering after the rows it kept.
        QVERIFY(store.save({0, {}, {}, QStringLiteral("New"), "{}", {}, {}}) > qint64(kept));
    }

    // A file whose tables are not what its version says: the migration fails on it, so it is moved aside.
    void failedMigrationMovesTheFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("local-drafts.sqlite"));
        execRaw(path, {QStringLiteral("CREATE TABLE local_draft (id INTEGER PRIMARY KEY, title TEXT)")});
        LocalDraftStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorText()));
        QVERIFY(store.recovery());
        QVERIFY2(store.recovery()->problem.contains(QStringLiteral("already exists")),
                 qPrintable(store.recovery()->problem));
        QCOMPARE(corruptSiblings(path).size(), 1);
        QVERIFY(store.save({0, {}, {}, QStringLiteral("T"), "{}", {}, {}}) > 0);
    }

    // A file written by a newer CommDesk is not ours to move or rewrite.
    void newerSchemaIsRefusedAndLeftInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        execRaw(path, {QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = contentsOf(path);
        OutboxStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorText().contains(QStringLiteral("newer")), qPrintable(store.errorText()));
        QVERIFY(!store.recovery());
        QVERIFY(corruptSiblings(path).isEmpty());
        QCOMPARE(contentsOf(path), before);
    }

    void unwritableFolderStaysAnError()
    {
        QTemporaryDir dir;
        // A file where the folder should be: nothing can be created below it, and nothing is moved.
        QFile blocker(dir.filePath(QStringLiteral("data")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LocalDraftStore store;
        QVERIFY(!store.open(dir.filePath(QStringLiteral("data/local-drafts.sqlite"))));
        QVERIFY(!store.recovery());
        QVERIFY(!store.errorText().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList {QStringLiteral("data")});
    }

    // Version 1 files gain the claim columns and keep their items.
    void outboxMigratesToClaims()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        execRaw(
            path,
            {QStringLiteral("CREATE TABLE outbox_item (id INTEGER PRIMARY KEY AUTOINCREMENT, contact_field TEXT NOT "
                            "NULL, contact_value TEXT NOT NULL, title TEXT NOT NULL, form BLOB NOT NULL, body BLOB "
                            "NOT NULL, state INTEGER NOT NULL, attempts INTEGER NOT NULL, last_error TEXT NOT NULL, "
                            "outcome_unknown INTEGER NOT NULL, last_attempt_ms INTEGER NOT NULL, next_attempt_ms "
                            "INTEGER NOT NULL, created_ms INTEGER NOT NULL)"),
             QStringLiteral("INSERT INTO outbox_item VALUES (7, 'number', 'CI1', 'Old', '{}', '{}', 0, 1, '', 0, 0, "
                            "0, 1)"),
             QStringLiteral("PRAGMA user_version = 1")});
        OutboxStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorText()));
        QVERIFY(!store.recovery());
        QCOMPARE(store.items().size(), 1);
        QCOMPARE(store.items().first().title, QStringLiteral("Old"));
        QVERIFY(store.claim(7, QStringLiteral("me"), QDateTime::currentDateTimeUtc()));
        QCOMPARE(store.claimedBy(7), QStringLiteral("me"));
    }

    void claimGoesToOneInstance()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        OutboxStore a;
        OutboxStore b; // another app instance: its own connection
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        const qint64 id = a.save(sampleItem());
        const QDateTime now = QDateTime::currentDateTimeUtc();

        QVERIFY(a.claim(id, QStringLiteral("a"), now));
        QVERIFY(!b.claim(id, QStringLiteral("b"), now));
        QVERIFY(!a.claim(id, QStringLiteral("a"), now)); // not twice by the same one either
        QCOMPARE(b.item(id)->state, OutboxItem::State::Sending);
        QVERIFY(!b.hold(id));
        QVERIFY(!b.updateUnclaimed(sampleItem(QStringLiteral("edited"))));
        QVERIFY(!b.releaseClaim(id, QStringLiteral("b")));

        // The owner writes the outcome; only then may another claim it.
        OutboxItem failed = *a.item(id);
        failed.state = OutboxItem::State::Waiting;
        failed.attempts = 1;
        failed.lastError = QStringLiteral("timeout");
        QVERIFY(!b.updateClaimed(failed, QStringLiteral("b")));
        QVERIFY(a.updateClaimed(failed, QStringLiteral("a")));
        QCOMPARE(a.claimedBy(id), QString());
        QCOMPARE(b.item(id)->lastError, QStringLiteral("timeout"));
        QVERIFY(b.claim(id, QStringLiteral("b"), now));
        QVERIFY(!a.releaseClaim(id, QStringLiteral("a")));
        QVERIFY(b.releaseClaim(id, QStringLiteral("b")));
        QCOMPARE(a.item(id)->state, OutboxItem::State::Waiting);

        // Held items are not claimed; a claim left by an instance that stopped is recovered as unknown.
        QVERIFY(a.hold(id));
        QVERIFY(!b.claim(id, QStringLiteral("b"), now));
        QCOMPARE(b.releaseHeld(), 1);
        QVERIFY(b.claim(id, QStringLiteral("b"), now.addSecs(-600)));
        QCOMPARE(a.recoverClaimsOlderThan(now.addSecs(-900)), 0);
        QCOMPARE(a.recoverClaimsOlderThan(now.addSecs(-300)), 1);
        QCOMPARE(a.item(id)->state, OutboxItem::State::Waiting);
        QVERIFY(a.item(id)->outcomeUnknown);
    }

    // Two instances racing on their own threads and connections: every item is claimed exactly once.
    void racingClaimsNeverOverlap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        constexpr int kItems = 60;
        QList<qint64> ids;
        {
            OutboxStore store;
            QVERIFY(store.open(path));
            for (int i = 0; i < kItems; ++i)
                ids.append(store.save(sampleItem(QString::number(i))));
        }
        std::atomic<int> claims[kItems] = {};
        std::atomic<bool> opened[2] = {false, false};
        const auto race = [&](int who) {
            OutboxStore store;
            opened[who] = store.open(path);
            for (int i = 0; i < kItems; ++i) {
                if (store.claim(ids[i], QString::number(who), QDateTime::currentDateTimeUtc()))
                    ++claims[i];
            }
        };
        std::unique_ptr<QThread> one(QThread::create(race, 0));
        std::unique_ptr<QThread> two(QThread::create(race, 1));
        one->start();
        two->start();
        QVERIFY(one->wait(QDeadlineTimer(60000)));
        QVERIFY(two->wait(QDeadlineTimer(60000)));
        QVERIFY(opened[0] && opened[1]);
        for (int i = 0; i < kItems; ++i)
            QCOMPARE(claims[i].load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLocalStores)
#include "tst_localstores.moc"
