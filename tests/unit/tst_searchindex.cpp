// The account's full-text index (store/SearchIndex): what lists and opened communications said is found by
// any word, number or contact, ranked and marked; a list row never erases the texts an opened communication
// gave; typed punctuation and quotes cannot break the query; a damaged file is moved aside and its rows
// indexed again; signing out deletes the file.
#include "SearchIndex.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

namespace {

CommunicationRow row(const QString &id, const QString &number, const QString &subject, const QString &contact,
                     const QString &category, const QString &created = QStringLiteral("2026-11-20T10:00:00Z"))
{
    return CommunicationRow::fromJson(QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), number},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("life_cycle_state"), QStringLiteral("COMPLETED")},
        {QStringLiteral("direction"), QStringLiteral("INBOUND")},
        {QStringLiteral("media"), QStringLiteral("EMAIL")},
        {QStringLiteral("contact_information"),
         QJsonObject {{QStringLiteral("name"), contact}, {QStringLiteral("number"), QStringLiteral("CI000271")}}},
        {QStringLiteral("category"), QJsonObject {{QStringLiteral("name"), category}}},
        {QStringLiteral("log_information"), QJsonObject {{QStringLiteral("created_date"), created}}},
    });
}

Communication opened(const QString &id, const QString &number, const QString &subject, const QString &content,
                     const QString &notes)
{
    Communication communication;
    communication.id = id;
    communication.number = number;
    communication.subject = subject;
    communication.content = content;
    communication.notes = notes;
    communication.to = QStringLiteral("billing@example.com");
    communication.category = Category {QStringLiteral("c1"), QStringLiteral("Billing"), {}, {}, {}};
    return communication;
}

QStringList numbersOf(const QList<SearchHit> &hits)
{
    QStringList numbers;
    for (const SearchHit &hit : hits)
        numbers.append(hit.number);
    return numbers;
}

QString marked(const QString &text)
{
    return QString(SearchIndex::kMatchStart) + text + SearchIndex::kMatchEnd;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWordsAcrossCategoriesRankedAndMarked()
    {
        QTemporaryDir dir;
        SearchIndex index;
        QVERIFY2(index.open(dir.filePath(QStringLiteral("search.sqlite"))), qPrintable(index.errorText()));
        QVERIFY(index.addRows({
            row(QStringLiteral("a"), QStringLiteral("CM000001"), QStringLiteral("Invoice overdue"),
                QStringLiteral("Maria Ioannou"), QStringLiteral("Billing")),
            row(QStringLiteral("b"), QStringLiteral("CM000002"), QStringLiteral("Router replacement"),
                QStringLiteral("José Álvarez"), QStringLiteral("Support")),
            row(QStringLiteral("c"), QStringLiteral("CM000003"), QStringLiteral("Welcome pack"),
                QStringLiteral("Invoice Department"), QStringLiteral("Sales")),
        }));
        QCOMPARE(index.size(), 3);

        // Every word must match, each as a prefix.
        QCOMPARE(numbersOf(index.search(QStringLiteral("router"), 10)), QStringList {QStringLiteral("CM000002")});
        QCOMPARE(numbersOf(index.search(QStringLiteral("rout repl"), 10)), QStringList {QStringLiteral("CM000002")});
        QVERIFY(index.search(QStringLiteral("router welcome"), 10).isEmpty());
        // Accents do not matter, and the contact is searched.
        QCOMPARE(numbersOf(index.search(QStringLiteral("jose alvarez"), 10)), QStringList {QStringLiteral("CM000002")});
        // A number, whole or begun.
        QCOMPARE(numbersOf(index.search(QStringLiteral("cm000003"), 10)), QStringList {QStringLiteral("CM000003")});
        QCOMPARE(index.search(QStringLiteral("CM00000"), 10).size(), 3);
        // A match in the subject ranks above one in the contact's name.
        const QList<SearchHit> invoice = index.search(QStringLiteral("invoice"), 10);
        QCOMPARE(numbersOf(invoice), (QStringList {QStringLiteral("CM000001"), QStringLiteral("CM000003")}));
        QCOMPARE(invoice.first().subject, marked(QStringLiteral("Invoice")) + QStringLiteral(" overdue"));
        QCOMPARE(invoice.first().category, QStringLiteral("Billing"));
        QCOMPARE(invoice.first().state, QStringLiteral("COMPLETED"));
        QCOMPARE(invoice.last().contact, marked(QStringLiteral("Invoice")) + QStringLiteral(" Department CI000271"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(invoice.first().createdMs, Qt::UTC),
                 QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(index.search(QStringLiteral("invoice"), 1).size(), 1);
    }

    void accentsAndCaseAreMarkedAsTyped()
    {
        QTemporaryDir dir;
        SearchIndex index;
        QVERIFY(index.open(dir.filePath(QStringLiteral("search.sqlite"))));
        QVERIFY(
            index.addRows({row(QStringLiteral("b"), QStringLiteral("CM000002"), QStringLiteral("ROUTER replacement"),
                               QStringLiteral("José Álvarez"), QStringLiteral("Support"))}));
        const QList<SearchHit> hits = index.search(QStringLiteral("jose rout"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().contact, marked(QStringLiteral("José")) + QStringLiteral(" Álvarez CI000271"));
        QCOMPARE(hits.first().subject, marked(QStringLiteral("ROUTER")) + QStringLiteral(" replacement"));
    }

    // Communications created in the same second are both kept; a word matching more than the ranked
    // window is ranked among the newest matches only.
    void theNewestMatchesAreRanked()
    {
        QTemporaryDir dir;
        SearchIndex index;
        QVERIFY(index.open(dir.filePath(QStringLiteral("search.sqlite"))));
        QList<CommunicationRow> rows;
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        // The oldest says "invoice" three times (the best match by rank), the newest twice.
        rows.append(row(QStringLiteral("old"), QStringLiteral("CM100000"), QStringLiteral("Invoice invoice invoice"),
                        QStringLiteral("Maria"), QStringLiteral("Billing"), start.toString(Qt::ISODate)));
        for (int i = 1; i <= SearchIndex::kRankedWindow; ++i) {
            rows.append(row(QStringLiteral("r%1").arg(i), QStringLiteral("CM1%1").arg(i, 5, 10, QLatin1Char('0')),
                            i == SearchIndex::kRankedWindow ? QStringLiteral("Invoice invoice")
                                                            : QStringLiteral("Invoice for %1").arg(i),
                            QStringLiteral("Maria"), QStringLiteral("Billing"),
                            start.addSecs(i * 60).toString(Qt::ISODate)));
        }
        rows.append(row(QStringLiteral("twin"), QStringLiteral("CM200000"), QStringLiteral("Twin invoice"),
                        QStringLiteral("Maria"), QStringLiteral("Billing"), start.addSecs(60).toString(Qt::ISODate)));
        QVERIFY(index.addRows(rows));
        QCOMPARE(index.size(), qint64(rows.size()));
        QCOMPARE(numbersOf(index.search(QStringLiteral("twin"), 10)), QStringList {QStringLiteral("CM200000")});
        const QList<SearchHit> hits = index.search(QStringLiteral("invoice"), 10);
        QCOMPARE(hits.size(), 10);
        QCOMPARE(hits.first().id, QStringLiteral("r%1").arg(SearchIndex::kRankedWindow));
        QVERIFY(!numbersOf(index.search(QStringLiteral("invoice"), 100)).contains(QStringLiteral("CM100000")));
        QCOMPARE(numbersOf(index.search(QStringLiteral("invoice cm100000"), 10)),
                 QStringList {QStringLiteral("CM100000")});
    }

    void openedTextsAreFoundAndOutliveListRows()
    {
        QTemporaryDir dir;
        SearchIndex index;
        QVERIFY(index.open(dir.filePath(QStringLiteral("search.sqlite"))));
        QVERIFY(index.add(opened(QStringLiteral("a"), QStringLiteral("CM000001"), QStringLiteral("Invoice overdue"),
                                 QStringLiteral("<p>Your <b>payment</b> of &euro;40 &amp; fees is late.</p>"),
                                 QStringLiteral("Called twice, no answer"))));
        const QList<SearchHit> payment = index.search(QStringLiteral("payment"), 10);
        QCOMPARE(payment.size(), 1);
        QVERIFY2(payment.first().snippet.contains(marked(QStringLiteral("payment"))),
                 qPrintable(payment.first().snippet));
        QVERIFY(!payment.first().snippet.contains(QLatin1Char('<'))); // the tags are not indexed
        QCOMPARE(numbersOf(index.search(QStringLiteral("twice"), 10)), QStringList {QStringLiteral("CM000001")});
        QCOMPARE(numbersOf(index.search(QStringLiteral("billing@example"), 10)),
                 QStringList {QStringLiteral("CM000001")});
        QVERIFY(index.search(QStringLiteral("invoice"), 10).first().snippet.isEmpty()); // matched in the subject only

        // The list read again, with a new subject: the content stays, the subject follows.
        QVERIFY(index.addRows({row(QStringLiteral("a"), QStringLiteral("CM000001"), QStringLiteral("Invoice paid"),
                                   QStringLiteral("Maria Ioannou"), QStringLiteral("Billing"))}));
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.search(QStringLiteral("payment"), 10).size(), 1);
        QCOMPARE(index.search(QStringLiteral("paid"), 10).size(), 1);
        QVERIFY(index.search(QStringLiteral("overdue"), 10).isEmpty());
        QVERIFY(index.remove(QStringLiteral("a")));
        QVERIFY(index.search(QStringLiteral("payment"), 10).isEmpty());
    }

    void typedTextCannotBreakTheQuery()
    {
        QCOMPARE(SearchIndex::matchExpression(QStringLiteral("  invoice  \"late ")),
                 QStringLiteral("\"invoice\"* \"\"\"late\"*"));
        QVERIFY(SearchIndex::matchExpression(QStringLiteral(" - * ( ) \" ")).isEmpty());
        QTemporaryDir dir;
        SearchIndex index;
        QVERIFY(index.open(dir.filePath(QStringLiteral("search.sqlite"))));
        QVERIFY(index.addRows({row(QStringLiteral("a"), QStringLiteral("CM000001"), QStringLiteral("Late (again)"),
                                   QStringLiteral("O'Brien"), QStringLiteral("Billing"))}));
        for (const QString &typed : {QStringLiteral("\"late"), QStringLiteral("late AND"), QStringLiteral("(again"),
                                     QStringLiteral("NEAR(late"), QStringLiteral("o'brien"), QStringLiteral("late*"),
                                     QStringLiteral("subject:late")}) {
            index.search(typed, 10); // no error, whatever it finds
        }
        QCOMPARE(index.search(QStringLiteral("\"late"), 10).size(), 1);
        QCOMPARE(index.search(QStringLiteral("o'brien"), 10).size(), 1);
        QCOMPARE(index.search(QStringLiteral("(again"), 10).size(), 1);
        QVERIFY(index.search(QStringLiteral("  "), 10).isEmpty());
    }

    void aBrokenFileIsMovedAsideAndItsRowsIndexedAgain()
    {
        // A file that is not what its version says (the table is there, the index is not): opening it fails
        // the migration, so it is moved aside and its rows are read into a fresh file, whose triggers index
        // them; the old full-text tables are never copied.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("search.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("craft"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TABLE communications (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, number TEXT NOT "
                "NULL, subject TEXT NOT NULL, contact TEXT NOT NULL, recipient TEXT NOT NULL, content TEXT NOT NULL, "
                "notes TEXT NOT NULL, category TEXT NOT NULL, created INTEGER, state TEXT NOT NULL, direction TEXT "
                "NOT NULL, media TEXT NOT NULL)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO communications VALUES (7, 'a', 'CM000001', 'Invoice', "
                                              "'Maria', '', 'Late payment', '', 'Billing', NULL, 'COMPLETED', "
                                              "'INBOUND', 'EMAIL')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("craft"));
        SearchIndex index;
        QVERIFY2(index.open(path), qPrintable(index.errorText()));
        QCOMPARE(index.size(), 1);
        QCOMPARE(numbersOf(index.search(QStringLiteral("payment"), 10)), QStringList {QStringLiteral("CM000001")});
        QCOMPARE(index.search(QStringLiteral("payment"), 10).first().createdMs, CommunicationRow::kNoDate);
    }

    void theFileIsTheAccountsAndSignOutDeletesIt()
    {
        QTemporaryDir dir;
        const QString path = SearchIndex::pathFor(dir.path(), QStringLiteral("https://crm.example.com|ORG|anna"));
        QVERIFY(!path.contains(QStringLiteral("anna"))); // named by a hash, never by the account
        QCOMPARE(SearchIndex::pathFor(dir.path(), QStringLiteral("https://crm.example.com|ORG|anna")), path);
        QVERIFY(SearchIndex::pathFor(dir.path(), QStringLiteral("https://crm.example.com|ORG|bob")) != path);
        SearchIndex index;
        QVERIFY(index.open(path));
        QVERIFY(index.addRows({row(QStringLiteral("b"), QStringLiteral("CM000002"), QStringLiteral("Router"),
                                   QStringLiteral("José"), QStringLiteral("Support"))}));
        QVERIFY(QFile::exists(path));
        QVERIFY(index.destroy());
        QVERIFY(!index.isOpen());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
