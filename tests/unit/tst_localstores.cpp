// The local drafts and the outbox on disk: what compose typed survives closing and reopening the
// store (a restart), the form round-trips through its JSON, the schemas are versioned.
#include "ComposeFormJson.h"
#include "LocalDraftStore.h"
#include "OutboxStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
                QCOMPARE(query.value(0).toInt(), 1);
                QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
                QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalStores)
#include "tst_localstores.moc"
