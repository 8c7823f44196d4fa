// The communications list at scale (docs/benchmarks.md "The list at scale"): what a row costs in
// memory, what decoding a page costs next to a bare JSON parse, what appending page 100 costs next
// to page 1, and the longest stall of the GUI thread while 100,000 rows load. Each figure is
// printed beside its goal.
#include "ApiClient.h"
#include "BenchReport.h"
#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "CommunicationPageReader.h"
#include "CommunicationsApi.h"
#include "ConnectivityMonitor.h"
#include "CrmConnection.h"
#include "OfflineCache.h"
#include "OfflineWorkspace.h"
#include "ScriptedPeer.h"
#include "Session.h"
#include "StoreThread.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <malloc.h>

using namespace commdesk;

namespace {

constexpr int kPage = 1000;
constexpr int kRows = 100000;

// A list page as the model asks for it (its fields_set), rows `first`…, distinct texts per row.
QByteArray pageData(int first, int count)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i) {
        items.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')).toUpper()},
            {QStringLiteral("number"), QStringLiteral("CM%1").arg(i, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("life_cycle_state"), i % 4 ? QStringLiteral("COMPLETED") : QStringLiteral("DRAFT")},
            {QStringLiteral("direction"), i % 2 ? QStringLiteral("OUTGOING") : QStringLiteral("INCOMING")},
            {QStringLiteral("media"), i % 3 ? QStringLiteral("EMAIL") : QStringLiteral("SMS")},
            {QStringLiteral("subject"), QStringLiteral("Your invoice %1 is ready").arg(i)},
            {QStringLiteral("viewed"), i % 3 == 0},
            {QStringLiteral("contact_information"),
             QJsonObject {{QStringLiteral("id"), QStringLiteral("%1").arg(i % 5000, 32, 16, QLatin1Char('0'))},
                          {QStringLiteral("number"), QStringLiteral("CI%1").arg(i % 5000, 6, 10, QLatin1Char('0'))},
                          {QStringLiteral("name"), QStringLiteral("Eleni Georgiou %1").arg(i % 5000)}}},
            {QStringLiteral("category"),
             QJsonObject {{QStringLiteral("id"), QStringLiteral("K1")},
                          {QStringLiteral("name"), QStringLiteral("Billing")}}},
            {QStringLiteral("log_information"),
             QJsonObject {{QStringLiteral("created_date"), QStringLiteral("Mon May 22 12:42:03 EEST 2017")}}},
        });
    }
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

QByteArray pageAnswer(int first, int count)
{
    return ScriptedPeer::envelope("OK", pageData(first, count));
}

} // namespace

class BenchList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Parse and map a 1,000-row page into rows, beside a bare QJsonDocument::fromJson of the bytes.
    void decodeAgainstBareParse()
    {
        const QByteArray body = pageAnswer(0, kPage);
        const double bare = medianMs(30, [&] { QVERIFY(!QJsonDocument::fromJson(body).isNull()); });
        const double mapped = medianMs(30, [&] {
            const auto rows = CommunicationPageReader::read(body, 200);
            QCOMPARE(rows.value().size(), kPage);
        });
        std::printf("page of %d rows, %lld bytes: bare parse %.2f ms, parse + map %.2f ms\n", kPage,
                    qint64(body.size()), bare, mapped);
        report("decode a 1,000-row page / bare QJsonDocument::fromJson", mapped / bare, "x", 1.3);
    }

    // What the model keeps per row: the rows and the index of their ids.
    void bytesPerRow()
    {
        QList<QByteArray> pages;
        for (int first = 0; first < kRows; first += kPage)
            pages.append(pageAnswer(first, kPage));
        CommunicationListModel model(nullptr);
        // The reader keeps one parser whose buffers fit the largest page: memory of the process, not
        // of the rows.
        const QByteArray &largest = *std::max_element(
            pages.cbegin(), pages.cend(), [](const QByteArray &a, const QByteArray &b) { return a.size() < b.size(); });
        QVERIFY(CommunicationPageReader::read(largest, 200).ok());
        const size_t before = mallinfo2().uordblks;
        {
            QList<CommunicationRow> rows;
            for (const QByteArray &page : std::as_const(pages))
                rows.append(CommunicationPageReader::read(page, 200).value());
            model.showCopy(rows);
        }
        const size_t after = mallinfo2().uordblks;
        QCOMPARE(model.rowCount(), kRows);
        std::printf("sizeof(CommunicationRow) %zu bytes\n", sizeof(CommunicationRow));
        report("memory per loaded row at 100,000 rows", double(after - before) / kRows, "bytes", 300);
    }

    // The client's share of a page, set up as the main window has it: the real ApiClient and model
    // against a scripted server, a quick filter in a QSortFilterProxyModel, and the offline copy on.
    // Page 100 costs what page 1 costs, and the GUI thread never stalls long.
    void pagesAtScale()
    {
        // The pages are made before the clock starts: the scripted server shares the thread, and its
        // share (writing bytes made beforehand) is not the client's.
        QList<QByteArray> pages;
        for (int first = 0; first < kRows; first += kPage)
            pages.append(pageAnswer(first, kPage));
        ScriptedPeer peer;
        peer.setResponder([&pages](const ScriptedPeer::Request &request) {
            ScriptedPeer::Answer answer;
            if (request.path().endsWith("categories/list")) {
                answer.body = ScriptedPeer::envelope("OK", "[]");
            } else {
                const QUrlQuery query(QString::fromLatin1(request.query()));
                answer.body = pages.value(query.queryItemValue(QStringLiteral("offset")).toInt() / kPage);
            }
            return answer;
        });
        QTemporaryDir dir;
        StoreThread storeThread;
        CrmConnection connection;
        QVERIFY(connection.client()->setServer(peer.url()));
        connection.session()->setToken(QStringLiteral("T"));
        CategoryTreeModel categories(connection.configuration());
        CommunicationListModel model(connection.communications());
        model.setPageSize(kPage);
        ConnectivityMonitor monitor(connection.client(), [](QObject *, std::function<void()> done) { done(); });
        OfflineWorkspace offline(&storeThread, storeThread.make<OfflineCache>(), &categories, &model, &monitor);
        offline.open(dir.filePath(QStringLiteral("offline.sqlite")));
        offline.setAccount(QStringLiteral("bench|DEMO|demo"));
        QSortFilterProxyModel quickFilter;
        quickFilter.setSourceModel(&model);
        quickFilter.setFilterCaseSensitivity(Qt::CaseInsensitive);
        quickFilter.setFilterKeyColumn(-1);
        quickFilter.setFilterFixedString(QStringLiteral("invoice 1")); // as typed: about one row in nine

        // From asking for a page to its rows being in the model and the filter: the client's part of
        // the round trip (the server only writes bytes made beforehand).
        QList<double> pageMs;
        QList<double> insertMs;
        QElapsedTimer asked;
        QElapsedTimer insert;
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&insert] { insert.start(); });
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] {
            insertMs.append(insert.nsecsElapsed() / 1e6);
            pageMs.append(asked.nsecsElapsed() / 1e6);
        });
        // The longest gap between two turns of the event loop while the rows load.
        double longestStall = 0;
        QElapsedTimer turn;
        QTimer beat;
        beat.setInterval(0);
        connect(&beat, &QTimer::timeout, this, [&] {
            longestStall = std::max(longestStall, turn.nsecsElapsed() / 1e6);
            turn.start();
        });

        // The next page is asked for as soon as one is in, as a view scrolled to the end would (no
        // polling with sleeps in between: those would be the test's stalls, not the client's).
        QEventLoop loaded;
        connect(&model, &CommunicationListModel::loadingChanged, this, [&](bool loading) {
            if (loading)
                return;
            if (model.rowCount() >= kRows || !model.canFetchMore({}))
                return loaded.quit();
            QTimer::singleShot(0, &model, [&] {
                asked.start();
                model.fetchMore({});
            });
        });
        QTimer::singleShot(600000, &loaded, &QEventLoop::quit);
        CommunicationsApi::ListFilter filter;
        filter.category = Identifier::byName(QStringLiteral("Billing"));
        turn.start();
        beat.start();
        asked.start();
        model.setFilter(filter);
        loaded.exec();
        beat.stop();
        QCOMPARE(model.rowCount(), kRows);
        QVERIFY(quickFilter.rowCount() > 0 && quickFilter.rowCount() < kRows);
        // Medians of ten pages each: a single page is a few milliseconds, within the noise.
        const auto median = [](QList<double> times) {
            std::sort(times.begin(), times.end());
            return times.at(times.size() / 2);
        };
        std::printf("a 1,000-row page, asked to filtered (median of ten): pages 1-10 %.2f ms, pages 91-100 %.2f ms\n",
                    median(pageMs.mid(0, 10)), median(pageMs.mid(90, 10)));
        std::printf("of which adding the rows to the model: pages 1-10 %.3f ms, pages 91-100 %.3f ms\n",
                    median(insertMs.mid(0, 10)), median(insertMs.mid(90, 10)));
        report("pages 91-100's client cost / pages 1-10's", median(pageMs.mid(90, 10)) / median(pageMs.mid(0, 10)), "x",
               1.5);
        report("longest GUI-thread stall while 100,000 rows load", longestStall, "ms", 50);
    }
};

QTEST_GUILESS_MAIN(BenchList)
#include "tst_bench_list.moc"
