// The search index at a million communications (docs/benchmarks.md "Search at a million communications"):
// how fast list pages are indexed, how fast opened communications (with their content) are, and how long
// the queries a user types take at 1,000,000 indexed rows. Each figure is printed beside its goal.
#include "BenchReport.h"
#include "DemoCatalogue.h"
#include "DemoNames.h"
#include "SearchIndex.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace commdesk;

namespace {

constexpr int kRows = 1000000;
constexpr int kPage = 1000; // rows arrive a list page at a time
constexpr int kOpened = 20000; // of them opened in full

struct Texts
{
    QStringList subjects;
    QStringList categories;
    QStringList contents;
    QStringList first;
    QStringList surnames;
    QStringList towns;
};

Texts texts()
{
    Texts t;
    const DemoCatalogue catalogue(7);
    for (const DemoCatalogue::Category &category : catalogue.categories) {
        t.categories.append(category.name);
        t.subjects += category.incomingSubjects + category.outgoingSubjects;
    }
    for (const DemoCatalogue::Template &templ : catalogue.templates)
        t.contents.append(templ.content);
    for (const DemoNames::Bank *bank : {&DemoNames::greek(), &DemoNames::english()}) {
        t.first += bank->maleFirst + bank->femaleFirst;
        t.surnames += bank->surnames;
    }
    t.towns = DemoNames::towns();
    return t;
}

// Row i of the million: distinct number and id, a subject, contact and category from the demo banks.
struct Generated
{
    QString id, number, subject, contact, contactNumber, category, created;
};

Generated generate(const Texts &t, int i)
{
    Generated g;
    g.id = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')).toUpper();
    g.number = QStringLiteral("CM%1").arg(i, 7, 10, QLatin1Char('0'));
    g.subject = t.subjects.at(i % t.subjects.size());
    g.contact = t.first.at((i / 7) % t.first.size()) + QLatin1Char(' ') + t.surnames.at((i / 3) % t.surnames.size());
    g.contactNumber = QStringLiteral("CI%1").arg(i % 50000, 6, 10, QLatin1Char('0'));
    g.category = t.categories.at(i % t.categories.size());
    g.created = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC).addSecs(-qint64(i) * 60).toString(Qt::ISODate);
    return g;
}

CommunicationRow rowOf(const Generated &g)
{
    CommunicationRow::Members m;
    m.id = g.id;
    m.number = g.number;
    m.subject = g.subject;
    m.contactName = g.contact;
    m.contactNumber = g.contactNumber;
    m.categoryName = g.category;
    m.createdDate = g.created;
    m.state = QAnyStringView(u"COMPLETED");
    m.direction = QAnyStringView(u"INCOMING");
    m.media = QAnyStringView(u"EMAIL");
    return CommunicationRow::fromMembers(m);
}

Communication opened(const Texts &t, int i)
{
    const Generated g = generate(t, i);
    Communication c;
    c.id = g.id;
    c.number = g.number;
    c.subject = g.subject;
    c.content = t.contents.at(i % t.contents.size())
        + QStringLiteral(" Delivery to %1, reference R%2.").arg(t.towns.at(i % t.towns.size())).arg(i);
    c.notes = QStringLiteral("Called from %1").arg(t.towns.at((i / 5) % t.towns.size()));
    c.to = QStringLiteral("billing@example.com");
    Contact contact;
    contact.name = g.contact;
    contact.number = g.contactNumber;
    c.contact = contact;
    c.category = Category {{}, g.category, {}, {}, {}};
    return c;
}

} // namespace

class BenchSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMillionCommunications()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("COMMDESK_BENCH_KEEP")); // to look into the index after
        const Texts t = texts();
        SearchIndex index;
        const QString path = dir.filePath(QStringLiteral("search.sqlite"));
        QVERIFY2(index.open(path), qPrintable(index.errorText()));

        // A million rows, a list page at a time, as the store thread indexes them when pages load.
        qint64 indexingNs = 0;
        for (int first = 0; first < kRows; first += kPage) {
            QList<CommunicationRow> page;
            page.reserve(kPage);
            for (int i = first; i < first + kPage; ++i)
                page.append(rowOf(generate(t, i)));
            QElapsedTimer timer;
            timer.start();
            QVERIFY2(index.addRows(page), qPrintable(index.errorText()));
            indexingNs += timer.nsecsElapsed();
        }
        const double rowsPerSecond = double(kRows) / (double(indexingNs) / 1e9);
        // The same pages read again (a list refreshed): unchanged rows write nothing.
        QList<CommunicationRow> again;
        for (int i = 0; i < kPage; ++i)
            again.append(rowOf(generate(t, i)));
        const double againMs = medianMs(5, [&] { QVERIFY(index.addRows(again)); });

        // Some of them opened in full, one transaction each, as the user opens them.
        QElapsedTimer openedTimer;
        openedTimer.start();
        for (int i = 0; i < kOpened; ++i)
            QVERIFY(index.add(opened(t, i * (kRows / kOpened))));
        const double openedPerSecond = double(kOpened) / (double(openedTimer.nsecsElapsed()) / 1e9);
        QCOMPARE(index.size(), qint64(kRows));

        const QString surname = t.surnames.at(0);
        const QString person = t.first.at(0) + QLatin1Char(' ') + surname;
        const QString subjectWord = t.subjects.at(0).section(QLatin1Char(' '), 0, 0);
        const QString town = t.towns.at(3);
        struct Case
        {
            QString label;
            QString typed;
        };
        const QList<Case> cases {
            {QStringLiteral("a number"), QStringLiteral("CM0500000")},
            {QStringLiteral("a number begun"), QStringLiteral("CM05000")},
            {QStringLiteral("a contact number"), QStringLiteral("CI004242")},
            {QStringLiteral("a surname"), surname},
            {QStringLiteral("a first name and surname"), person},
            {QStringLiteral("a subject's first word"), subjectWord},
            {QStringLiteral("its first three letters"), subjectWord.left(3)},
            {QStringLiteral("its first two letters"), subjectWord.left(2)},
            {QStringLiteral("a town in opened contents"), town},
            {QStringLiteral("a subject word and a town"), subjectWord + QLatin1Char(' ') + town},
            {QStringLiteral("a word nowhere"), QStringLiteral("zyzzogeton")},
        };
        std::printf("\n%-28s %-32s %8s %10s\n", "query", "typed", "hits", "median ms");
        double slowest = 0;
        for (const Case &c : cases) {
            qsizetype hits = 0;
            const double ms = medianMs(7, [&] { hits = index.search(c.typed, 50).size(); });
            std::printf("%-28s %-32s %8lld %10.2f\n", qPrintable(c.label), qPrintable(c.typed), qlonglong(hits), ms);
            slowest = std::max(slowest, ms);
        }
        std::printf("\nindex file: %.0f MB for %d rows, %d of them with content\n\n",
                    double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1048576.0, kRows,
                    kOpened);
        report("indexing list rows (1,000-row pages)", rowsPerSecond, "rows/s", 20000, false);
        std::printf("%-58s %10.2f ms\n", "a page read again, unchanged", againMs);
        std::printf("%-58s %10.0f /s\n", "opened communications, one transaction each", openedPerSecond);
        report("slowest query at 1,000,000 rows (median of 7)", slowest, "ms", 50);
    }
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "tst_bench_search.moc"
