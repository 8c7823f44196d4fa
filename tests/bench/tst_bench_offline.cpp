// What the offline copy costs on the GUI thread: saving the first 500 rows of a list after a page
// loads, reading them back when the server cannot be reached (with the communications opened
// since standing in for their rows), and keeping an opened communication.
#include "OfflineCache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

namespace {

// A list row as the list asks for it (fields_set: what the columns show).
Communication row(int i)
{
    Communication c;
    c.id = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')).toUpper();
    c.number = QStringLiteral("CM%1").arg(i, 6, 10, QLatin1Char('0'));
    c.lifeCycleState = LifeCycleState::Completed;
    c.direction = Direction::Outgoing;
    c.media = Media::Email;
    c.subject = QStringLiteral("Your invoice for May is ready");
    c.to = QStringLiteral("eleni.georgiou@example.com");
    c.viewed = i % 3 == 0;
    Contact contact;
    contact.id = QStringLiteral("C%1").arg(i);
    contact.number = QStringLiteral("CI%1").arg(i);
    contact.name = QStringLiteral("Eleni Georgiou");
    c.contact = contact;
    Category category;
    category.id = QStringLiteral("K1");
    category.name = QStringLiteral("Billing");
    c.category = category;
    LogInformation log;
    log.createdDate = ApiDate::parse(QStringLiteral("2017-05-22T09:42:03Z"));
    c.logInformation = log;
    return c;
}

QList<CommunicationRow> listRows(int count, int first = 0)
{
    QList<CommunicationRow> list;
    for (int i = first; i < first + count; ++i)
        list.append(CommunicationRow::from(row(i)));
    return list;
}

} // namespace

class BenchOffline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OfflineCache m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("offline.sqlite"))));
        m_cache.setAccount(QStringLiteral("https://crm.example.com|DEMO|demo"));
    }

    void saveList()
    {
        const QList<CommunicationRow> list = listRows(OfflineCache::listLimit);
        QBENCHMARK
        {
            QVERIFY(m_cache.saveList(QStringLiteral("category:id=K1"), list));
        }
    }

    void readList()
    {
        QVERIFY(m_cache.saveList(QStringLiteral("category:id=K1"), listRows(OfflineCache::listLimit)));
        QBENCHMARK
        {
            const auto copy = m_cache.list(QStringLiteral("category:id=K1"));
            QCOMPARE(copy->value.size(), OfflineCache::listLimit);
        }
    }

    void keepOpenedCommunication()
    {
        Communication full = row(7);
        full.content = QString(4000, QLatin1Char('x'));
        QBENCHMARK
        {
            QVERIFY(m_cache.saveCommunication(full));
        }
    }

    // Offline, a list is read back with the copies of its communications opened or changed since
    // it was saved standing in for their rows.
    void readListWithLaterCopies_data()
    {
        QTest::addColumn<int>("laterCopies");
        QTest::newRow("20 opened since") << 20;
        QTest::newRow("300 opened since (the most kept)") << OfflineCache::communicationsPerAccount;
    }

    void readListWithLaterCopies()
    {
        QFETCH(int, laterCopies);
        QVERIFY(m_cache.saveList(QStringLiteral("category:id=K2"), listRows(OfflineCache::listLimit)));
        for (int i = 0; i < laterCopies; ++i) {
            Communication full = row(i);
            full.content = QString(4000, QLatin1Char('x'));
            QVERIFY(m_cache.saveCommunication(full));
        }
        QBENCHMARK
        {
            const auto copy = m_cache.list(QStringLiteral("category:id=K2"));
            QCOMPARE(copy->value.first().subject(), row(0).subject); // the later copy stands in
        }
    }
};

QTEST_GUILESS_MAIN(BenchOffline)
#include "tst_bench_offline.moc"
