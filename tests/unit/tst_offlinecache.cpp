// The offline cache on disk: what was last loaded comes back per account and after a restart, the
// limits keep the most recent copies, an action's result replaces the saved copies, sign-out
// removes only that account's, and a corrupt row is dropped rather than shown.
#include "OfflineCache.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace commdesk;

namespace {

const QString kAccountA = QStringLiteral("https://crm.example.com/api|ACME|eleni");
const QString kAccountB = QStringLiteral("https://crm.other.example/api|ACME|eleni");

QDateTime at(int year, int month, int day, int hour, int minute, int offsetHours)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(offsetHours * 3600));
}

Category billing()
{
    return Category {QStringLiteral("CAT1"),
                     QStringLiteral("Billing"),
                     QStringLiteral("BIL"),
                     QStringLiteral("Bills and payments"),
                     {}};
}

QList<Category> sampleCategories()
{
    return {
        billing(),
        Category {QStringLiteral("CAT2"), QStringLiteral("Overdue"), QStringLiteral("OVD"), {}, QStringLiteral("CAT1")},
        Category {QStringLiteral("CAT3"), QStringLiteral("Υποστήριξη"), QStringLiteral("SUP"), {}, {}}};
}

Communication sample(const QString &id, const QString &subject = QStringLiteral("Λογαριασμός Μαΐου — ready ✓"))
{
    Communication c;
    c.id = id;
    c.number = QStringLiteral("CM") + id;
    c.lifeCycleState = LifeCycleState::Draft;
    c.direction = Direction::Outgoing;
    c.media = Media::Email;
    c.subject = subject;
    c.content = QStringLiteral("Dear Ελένη,\nyour bill is ready.");
    c.to = QStringLiteral("eleni@example.com");
    c.viewed = true;
    c.viewedOn = ApiDate(at(2017, 5, 22, 12, 42, 3));
    Contact contact;
    contact.id = QStringLiteral("C1");
    contact.number = QStringLiteral("CI000111");
    contact.type = ContactType::Person;
    contact.name = QStringLiteral("Ελένη Παπαδοπούλου");
    contact.firstName = QStringLiteral("Ελένη");
    contact.lastName = QStringLiteral("Παπαδοπούλου");
    contact.lifeCycleState = QStringLiteral("ACTIVE");
    c.contact = contact;
    c.category = billing();
    c.category->description.clear(); // embedded as {id, name, code}
    c.referringTo = ReferringTo {ReferringEntity::Bills, QStringLiteral("B1"), QStringLiteral("BL000012")};
    c.udfStrings[0] = QStringLiteral("first");
    c.udfFloats[0] = 12.5;
    c.logInformation =
        LogInformation {ApiDate(at(2024, 5, 1, 9, 30, 3)), UserRef {QStringLiteral("U1"), QStringLiteral("admin")},
                        ApiDate(at(2024, 5, 2, 17, 5, 3)), UserRef {QStringLiteral("U2"), QStringLiteral("eleni")}};
    return c;
}

// The list's rows of those communications (what the list model holds and the copy keeps).
CommunicationRow rowOf(const Communication &communication)
{
    return CommunicationRow::from(communication);
}

QList<CommunicationRow> sampleRows(int count, const QString &prefix = QStringLiteral("ID"))
{
    QList<CommunicationRow> rows;
    for (int i = 0; i < count; ++i)
        rows.append(rowOf(sample(prefix + QString::number(i), QStringLiteral("Θέμα %1").arg(i))));
    return rows;
}

// A statement on a second connection to the file, as another program (or a bad disk) would:
// the first column of the first row, or the number of rows changed; invalid when it failed.
QVariant rawSql(const QString &path, const QString &statement, const QVariantList &values = {})
{
    const QString name = QStringLiteral("tst-offlinecache-raw");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(statement);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec())
                result = query.next() ? query.value(0) : QVariant(query.numRowsAffected());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int rowsOf(const QString &path, const QString &account)
{
    const QVariant count = rawSql(path, QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE account = ?"), {account});
    return count.isValid() ? count.toInt() : -1;
}

void verifyRecent(const QDateTime &savedAt, const QDateTime &before)
{
    QVERIFY(savedAt.isValid());
    QCOMPARE(savedAt.offsetFromUtc(), 0);
    QVERIFY2(savedAt >= before, qPrintable(savedAt.toString(Qt::ISODateWithMs)));
    QVERIFY2(savedAt <= QDateTime::currentDateTimeUtc(), qPrintable(savedAt.toString(Qt::ISODateWithMs)));
}

} // namespace

class TestOfflineCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
    OfflineCache m_cache;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A new file per test (and per data row).
        m_path = m_dir.filePath(QStringLiteral("data/offline-cache-%1.sqlite").arg(++m_run));
        QVERIFY2(m_cache.open(m_path), qPrintable(m_cache.errorText()));
        QVERIFY(m_cache.isOpen());
        m_cache.setAccount(kAccountA);
        QCOMPARE(m_cache.account(), kAccountA);
    }

    void roundTrip()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QList<Category> categories = sampleCategories();
        const QList<CommunicationRow> rows = sampleRows(3);
        const Communication opened = sample(QStringLiteral("8A2F4E1C"));
        QVERIFY(m_cache.saveCategories(categories));
        QVERIFY(m_cache.saveList(QStringLiteral("category:CAT1|open"), rows));
        QVERIFY(m_cache.saveCommunication(opened));

        const auto savedCategories = m_cache.categories();
        QVERIFY(savedCategories);
        QCOMPARE(savedCategories->value, categories);
        verifyRecent(savedCategories->savedAt, before);

        const auto savedList = m_cache.list(QStringLiteral("category:CAT1|open"));
        QVERIFY(savedList);
        QCOMPARE(savedList->value.size(), 3);
        QVERIFY(savedList->value == rows);
        QCOMPARE(savedList->value.at(1).subject(), QStringLiteral("Θέμα 1"));
        verifyRecent(savedList->savedAt, before);

        const auto savedCommunication = m_cache.communication(opened.id);
        QVERIFY(savedCommunication);
        QVERIFY(savedCommunication->value == opened);
        QCOMPARE(savedCommunication->value.contact->name, QStringLiteral("Ελένη Παπαδοπούλου"));
        QCOMPARE(savedCommunication->value.logInformation->updatedDate->toUtc(),
                 QDateTime(QDate(2024, 5, 2), QTime(14, 5), QTimeZone::utc()));
        verifyRecent(savedCommunication->savedAt, before);

        // What was never saved is absent, not empty.
        QVERIFY(!m_cache.list(QStringLiteral("category:CAT2|open")));
        QVERIFY(!m_cache.communication(QStringLiteral("NOPE")));
        // An empty list is a list.
        QVERIFY(m_cache.saveList(QStringLiteral("empty"), {}));
        QVERIFY(m_cache.list(QStringLiteral("empty")));
        QCOMPARE(m_cache.list(QStringLiteral("empty"))->value.size(), 0);
        // A communication without id is not saved.
        QVERIFY(!m_cache.saveCommunication(sample(QString())));
        QVERIFY(!m_cache.communication(QString()));
    }

    void accountScoping()
    {
        QVERIFY(m_cache.saveCategories(sampleCategories()));
        QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID0")))); // before the list: its row stays
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), sampleRows(2)));

        m_cache.setAccount(kAccountB);
        QVERIFY(!m_cache.categories());
        QVERIFY(!m_cache.list(QStringLiteral("inbox")));
        QVERIFY(!m_cache.communication(QStringLiteral("ID0")));
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), sampleRows(1, QStringLiteral("B"))));

        m_cache.setAccount(QString());
        QVERIFY(!m_cache.saveCategories(sampleCategories()));
        QVERIFY(!m_cache.saveList(QStringLiteral("inbox"), sampleRows(2)));
        QVERIFY(!m_cache.saveCommunication(sample(QStringLiteral("ID0"))));
        QVERIFY(!m_cache.categories());
        QVERIFY(!m_cache.list(QStringLiteral("inbox")));
        QVERIFY(!m_cache.communication(QStringLiteral("ID0")));
        QCOMPARE(rowsOf(m_path, QString()), 0);

        // Each account still has exactly its own.
        m_cache.setAccount(kAccountA);
        QCOMPARE(m_cache.list(QStringLiteral("inbox"))->value, sampleRows(2));
        QCOMPARE(m_cache.communication(QStringLiteral("ID0"))->value.subject, sample(QString()).subject);
        m_cache.setAccount(kAccountB);
        QCOMPARE(m_cache.list(QStringLiteral("inbox"))->value, sampleRows(1, QStringLiteral("B")));
        QCOMPARE(rowsOf(m_path, kAccountA), 3);
        QCOMPARE(rowsOf(m_path, kAccountB), 1);
    }

    void survivesReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart/offline-cache.sqlite"));
        QDateTime savedAt;
        {
            OfflineCache before;
            QVERIFY2(before.open(path), qPrintable(before.errorText()));
            before.setAccount(kAccountA);
            QVERIFY(before.saveCategories(sampleCategories()));
            QVERIFY(before.saveCommunication(sample(QStringLiteral("ID2")))); // older than the list's row
            QVERIFY(before.saveList(QStringLiteral("inbox"), sampleRows(4)));
            savedAt = before.list(QStringLiteral("inbox"))->savedAt;
        }

        OfflineCache reopened;
        QVERIFY2(reopened.open(path), qPrintable(reopened.errorText()));
        QVERIFY(!reopened.list(QStringLiteral("inbox"))); // no account yet
        reopened.setAccount(kAccountA);
        QCOMPARE(reopened.categories()->value, sampleCategories());
        const auto list = reopened.list(QStringLiteral("inbox"));
        QVERIFY(list);
        QVERIFY(list->value == sampleRows(4));
        QCOMPARE(list->savedAt, savedAt);
        QVERIFY(reopened.communication(QStringLiteral("ID2"))->value == sample(QStringLiteral("ID2")));
    }

    void listLimitTruncates()
    {
        const QList<CommunicationRow> rows = sampleRows(OfflineCache::listLimit + 20);
        QVERIFY(m_cache.saveList(QStringLiteral("all"), rows));
        const auto saved = m_cache.list(QStringLiteral("all"));
        QVERIFY(saved);
        QCOMPARE(saved->value.size(), OfflineCache::listLimit);
        QVERIFY(saved->value.first() == rows.first());
        QVERIFY(saved->value.last() == rows.at(OfflineCache::listLimit - 1));
    }

    void listsPerAccountKeepsMostRecent()
    {
        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.saveList(QStringLiteral("b-list"), sampleRows(1)));
        m_cache.setAccount(kAccountA);
        const QList<CommunicationRow> rows = sampleRows(1);
        for (int i = 0; i < OfflineCache::listsPerAccount; ++i)
            QVERIFY(m_cache.saveList(QStringLiteral("list-%1").arg(i), rows));
        QCOMPARE(rowsOf(m_path, kAccountA), OfflineCache::listsPerAccount);
        // Saving list-0 again makes it the most recent; list-1 is then the least recently saved.
        QVERIFY(m_cache.saveList(QStringLiteral("list-0"), rows));
        QVERIFY(m_cache.saveList(QStringLiteral("list-new"), rows));
        QCOMPARE(rowsOf(m_path, kAccountA), OfflineCache::listsPerAccount);
        QVERIFY(!m_cache.list(QStringLiteral("list-1")));
        QVERIFY(m_cache.list(QStringLiteral("list-0")));
        QVERIFY(m_cache.list(QStringLiteral("list-2")));
        QVERIFY(m_cache.list(QStringLiteral("list-new")));
        QVERIFY(m_cache.list(QStringLiteral("list-%1").arg(OfflineCache::listsPerAccount - 1)));
        // Lists do not crowd out other kinds, nor other accounts.
        QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID0"))));
        QVERIFY(m_cache.saveCategories(sampleCategories()));
        QVERIFY(m_cache.saveList(QStringLiteral("list-newer"), rows));
        QVERIFY(m_cache.communication(QStringLiteral("ID0")));
        QVERIFY(m_cache.categories());
        QVERIFY(!m_cache.list(QStringLiteral("list-2")));
        QCOMPARE(rowsOf(m_path, kAccountA), OfflineCache::listsPerAccount + 2);
        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.list(QStringLiteral("b-list")));
    }

    void communicationsPerAccountKeepsMostRecent()
    {
        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("B0"))));
        m_cache.setAccount(kAccountA);
        for (int i = 0; i < OfflineCache::communicationsPerAccount; ++i)
            QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID%1").arg(i))));
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), sampleRows(1)));
        QCOMPARE(rowsOf(m_path, kAccountA), OfflineCache::communicationsPerAccount + 1);
        QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID0")))); // opened again
        QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID-new"))));
        QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID-newer"))));
        QCOMPARE(rowsOf(m_path, kAccountA), OfflineCache::communicationsPerAccount + 1);
        QVERIFY(m_cache.communication(QStringLiteral("ID0")));
        QVERIFY(!m_cache.communication(QStringLiteral("ID1")));
        QVERIFY(!m_cache.communication(QStringLiteral("ID2")));
        QVERIFY(m_cache.communication(QStringLiteral("ID3")));
        QVERIFY(m_cache.communication(QStringLiteral("ID-new")));
        QVERIFY(m_cache.communication(QStringLiteral("ID-newer")));
        QVERIFY(m_cache.list(QStringLiteral("inbox")));
        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.communication(QStringLiteral("B0")));
    }

    void laterCopiesStandInForListRows()
    {
        // Saved before the list: the list's row is the newer one and stays.
        Communication older = sample(QStringLiteral("C"), QStringLiteral("older copy"));
        QVERIFY(m_cache.saveCommunication(older)); // no pause: what counts is the order of saves
        const QList<CommunicationRow> inbox = {rowOf(sample(QStringLiteral("A"))), rowOf(sample(QStringLiteral("B"))),
                                               rowOf(sample(QStringLiteral("C")))};
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), inbox));
        QVERIFY(m_cache.saveList(QStringLiteral("drafts"), {rowOf(sample(QStringLiteral("B")))}));
        // Mentions "B" only as its contact's id: not the communication B.
        Communication nearMiss = sample(QStringLiteral("D"));
        nearMiss.contact->id = QStringLiteral("B");
        QVERIFY(m_cache.saveList(QStringLiteral("other"), {rowOf(nearMiss)}));
        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), {rowOf(sample(QStringLiteral("B")))}));
        m_cache.setAccount(kAccountA);
        const QDateTime listSavedAt = m_cache.list(QStringLiteral("inbox"))->savedAt;

        // B is completed afterwards: every list read back shows it so, and keeps its own savedAt.
        Communication completed = sample(QStringLiteral("B"), QStringLiteral("Ολοκληρώθηκε"));
        completed.lifeCycleState = LifeCycleState::Completed;
        completed.notes = QStringLiteral("called back");
        completed.logInformation->updatedDate = ApiDate(at(2024, 6, 1, 8, 0, 0));
        QVERIFY(m_cache.saveCommunication(completed));

        const auto shown = m_cache.list(QStringLiteral("inbox"));
        QVERIFY(shown);
        QCOMPARE(shown->value.size(), 3);
        QVERIFY(shown->value.at(0) == inbox.at(0));
        QVERIFY(shown->value.at(1) == rowOf(completed));
        QVERIFY(shown->value.at(2) == inbox.at(2)); // not the older copy
        QCOMPARE(shown->savedAt, listSavedAt);
        QVERIFY(m_cache.list(QStringLiteral("drafts"))->value == QList<CommunicationRow> {rowOf(completed)});
        QVERIFY(m_cache.list(QStringLiteral("other"))->value == QList<CommunicationRow> {rowOf(nearMiss)});

        // Another account's list is not touched by this account's copies.
        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.list(QStringLiteral("inbox"))->value.first() == rowOf(sample(QStringLiteral("B"))));

        // Saving the list again makes its rows the newest.
        m_cache.setAccount(kAccountA);
        QVERIFY(
            m_cache.saveList(QStringLiteral("drafts"), {rowOf(sample(QStringLiteral("B"), QStringLiteral("fresh")))}));
        QCOMPARE(m_cache.list(QStringLiteral("drafts"))->value.first().subject(), QStringLiteral("fresh"));
    }

    void clearAccountRemovesOnlyThatAccount()
    {
        QVERIFY(m_cache.saveCategories(sampleCategories()));
        QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID0")))); // before the list: its row stays
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), sampleRows(2)));
        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.saveCategories(sampleCategories()));
        QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID0")))); // before the list: its row stays
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), sampleRows(2)));

        m_cache.setAccount(kAccountA);
        QVERIFY(m_cache.clearAccount());
        QVERIFY(!m_cache.categories());
        QVERIFY(!m_cache.list(QStringLiteral("inbox")));
        QVERIFY(!m_cache.communication(QStringLiteral("ID0")));
        QCOMPARE(rowsOf(m_path, kAccountA), 0);

        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.categories());
        QVERIFY(m_cache.list(QStringLiteral("inbox")));
        QVERIFY(m_cache.communication(QStringLiteral("ID0")));
        QCOMPARE(rowsOf(m_path, kAccountB), 3);
    }

    void corruptRowIsDropped_data()
    {
        QTest::addColumn<int>("kind"); // 0 categories, 1 list, 2 communication
        QTest::addColumn<QString>("column");
        QTest::addColumn<QByteArray>("value");
        const QString body = QStringLiteral("body");
        const char *kinds[] = {"categories", "list", "communication"};
        for (int kind = 0; kind < 3; ++kind) {
            const char *name = kinds[kind];
            QTest::addRow("%s: garbage", name) << kind << body << QByteArray("\x00\xff garbage", 10);
            // Cut off mid-write.
            QTest::addRow("%s: truncated", name) << kind << body << QByteArray("[{\"id\":\"ID0\",\"subject\":\"Θ");
            QTest::addRow("%s: empty", name) << kind << body << QByteArray();
            QTest::addRow("%s: saved_at", name) << kind << QStringLiteral("saved_at") << QByteArray("yesterday");
        }
        QTest::newRow("categories: object") << 0 << body << QByteArray(R"({"id":"CAT1"})");
        QTest::newRow("categories: type") << 0 << body << QByteArray(R"([{"id":"CAT1","name":{"x":1}}])");
        QTest::newRow("list: object") << 1 << body << QByteArray(R"({"id":"ID0"})");
        QTest::newRow("list: number row") << 1 << body << QByteArray(R"([{"id":"ID0"},7])");
        QTest::newRow("list: type") << 1 << body << QByteArray(R"([{"id":"ID0","viewed":"yes"}])");
        // An unknown media is kept as its text (the reader is generous); one that is no text is not.
        QTest::newRow("list: enum") << 1 << body << QByteArray(R"([{"id":"ID0","media":{"name":"PIGEON"}}])");
        QTest::newRow("communication: array") << 2 << body << QByteArray(R"([{"id":"ID0"}])");
        QTest::newRow("communication: type")
            << 2 << body << QByteArray(R"({"id":"ID0","log_information":"yesterday"})");
        QTest::newRow("communication: other id") << 2 << body << QByteArray(R"({"id":"ID9"})");
    }

    void corruptRowIsDropped()
    {
        QFETCH(int, kind);
        QFETCH(QString, column);
        QFETCH(QByteArray, value);
        const auto exists = [this, kind] {
            switch (kind) {
            case 0:
                return m_cache.categories().has_value();
            case 1:
                return m_cache.list(QStringLiteral("inbox")).has_value();
            default:
                return m_cache.communication(QStringLiteral("ID0")).has_value();
            }
        };
        switch (kind) {
        case 0:
            QVERIFY(m_cache.saveCategories(sampleCategories()));
            break;
        case 1:
            QVERIFY(m_cache.saveList(QStringLiteral("inbox"), sampleRows(2)));
            break;
        default:
            QVERIFY(m_cache.saveCommunication(sample(QStringLiteral("ID0"))));
        }
        QVERIFY(exists());
        m_cache.setAccount(kAccountB); // a good row beside it, which must stay
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), sampleRows(2)));
        m_cache.setAccount(kAccountA);
        QCOMPARE(rowsOf(m_path, kAccountA), 1);

        const QVariant bound =
            column == u"body" ? LocalDatabase::bytes(value) : LocalDatabase::text(QString::fromUtf8(value));
        QCOMPARE(rawSql(m_path, QStringLiteral("UPDATE snapshots SET %1 = ? WHERE account = ?").arg(column),
                        {bound, kAccountA}),
                 QVariant(1));

        const char *names[] = {"categories", "list", "communication"};
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                QStringLiteral("^offline cache: dropped the unreadable %1 \"").arg(QLatin1StringView(names[kind]))));
        QVERIFY(!exists());
        QCOMPARE(rowsOf(m_path, kAccountA), 0);
        QVERIFY(!exists()); // quietly absent now: no second warning
        m_cache.setAccount(kAccountB);
        QVERIFY(m_cache.list(QStringLiteral("inbox")));

        // And the next load from the server saves a good copy again.
        m_cache.setAccount(kAccountA);
        QVERIFY(m_cache.saveList(QStringLiteral("inbox"), sampleRows(2)));
        QVERIFY(m_cache.list(QStringLiteral("inbox")));
    }

    void accountKeyHidesApiKey()
    {
        const QUrl server(QStringLiteral("https://crm.example.com/api/"));
        QCOMPARE(OfflineCache::accountKey(server, QStringLiteral("ACME"), QStringLiteral("eleni"), {}),
                 QStringLiteral("https://crm.example.com/api|ACME|eleni"));
        // The same server written another way is the same account; a password in it never shows.
        QCOMPARE(OfflineCache::accountKey(QUrl(QStringLiteral("https://eleni:s3cret@CRM.example.com:443/api")),
                                          QStringLiteral("ACME"), QStringLiteral("eleni"), {}),
                 QStringLiteral("https://crm.example.com/api|ACME|eleni"));
        QVERIFY(OfflineCache::accountKey(server, QStringLiteral("ACME"), QStringLiteral("eleni"), {})
                != OfflineCache::accountKey(QUrl(QStringLiteral("https://crm.other.example/api")),
                                            QStringLiteral("ACME"), QStringLiteral("eleni"), {}));
        QVERIFY(OfflineCache::accountKey(server, QStringLiteral("ACME"), QStringLiteral("eleni"), {})
                != OfflineCache::accountKey(server, QStringLiteral("ACME"), QStringLiteral("nikos"), {}));

        const QString apiKey = QStringLiteral("commdesk-demo-web-api-key-0123456789abcdef");
        const QString withKey = OfflineCache::accountKey(server, QStringLiteral("ACME"), {}, apiKey);
        const QString digest =
            QString::fromLatin1(QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        QCOMPARE(withKey, QStringLiteral("https://crm.example.com/api|ACME|key:") + digest);
        QVERIFY(!withKey.contains(apiKey));
        QVERIFY(!withKey.contains(QStringLiteral("commdesk-demo")));
        QCOMPARE(OfflineCache::accountKey(server, QStringLiteral("ACME"), {}, apiKey), withKey); // stable
        const QString otherKey =
            OfflineCache::accountKey(server, QStringLiteral("ACME"), {}, QStringLiteral("another-api-key"));
        QVERIFY(otherKey.startsWith(QStringLiteral("https://crm.example.com/api|ACME|key:")));
        QVERIFY(otherKey != withKey);
        // A username beside the key does not bring the key back.
        QVERIFY(!OfflineCache::accountKey(server, QStringLiteral("ACME"), QStringLiteral("eleni"), apiKey)
                     .contains(apiKey));

        // Nobody to sign in as, or nowhere: no account, so nothing is cached.
        QVERIFY(OfflineCache::accountKey(server, QStringLiteral("ACME"), {}, {}).isEmpty());
        QVERIFY(OfflineCache::accountKey(QUrl(), QStringLiteral("ACME"), QStringLiteral("eleni"), {}).isEmpty());
    }

    void defaultPathIsInTheDataFolder()
    {
        QVERIFY(OfflineCache::defaultPath().endsWith(QStringLiteral("/offline-cache.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCache)
#include "tst_offlinecache.moc"
