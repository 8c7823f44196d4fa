// The sandbox's speed targets: seeding 5,000 communications takes seconds, a page of the
// communication list comes back quickly over loopback through the real client, and at a million
// communications (docs/benchmarks.md "The sandbox at a million") seeding takes under a minute and a
// page at any offset under 50 ms. Each figure of the million is printed beside its goal.
#include "Capture.h"
#include "CommunicationListModel.h"
#include "CommunicationsApi.h"
#include "Sandbox.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

void report(const char *figure, double value, const char *unit, double goal)
{
    std::printf("%-58s %10.2f %-6s goal <= %.2f %s  %s\n", figure, value, unit, goal, unit,
                value <= goal ? "met" : "NOT MET");
    std::fflush(stdout);
}

} // namespace

using namespace commdesk;

class BenchSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedAndStart_data()
    {
        QTest::addColumn<int>("communications");
        QTest::newRow("1000") << 1000;
        QTest::newRow("5000") << 5000;
    }
    void seedAndStart()
    {
        QFETCH(int, communications);
        QBENCHMARK_ONCE
        {
            SandboxConfig config = SandboxConfig::forTests();
            config.communications = communications;
            Sandbox sandbox(config);
            QString error;
            QVERIFY2(sandbox.start(&error), qPrintable(error));
        }
    }

    void listPage_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("50") << 50;
        QTest::newRow("500") << 500;
    }
    void listPage()
    {
        QFETCH(int, pageSize);
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 5000;
        Sandbox sandbox(config);
        QVERIFY(sandbox.start());
        ApiClient client;
        client.setServer(sandbox.serverUrl().toString());
        Session session(&client);
        session.setCredentials({QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        CommunicationsApi api(&session);
        CommunicationsApi::ListFilter filter;
        filter.category = Identifier(QStringLiteral("code"), QStringLiteral("BILL"));
        filter.paging.numberOfResults = pageSize;
        QBENCHMARK
        {
            Capture<QList<Communication>> page;
            api.list(nullptr, filter, page.handler());
            QVERIFY(QTest::qWaitFor([&] { return page.done(); }, 10000));
            QVERIFY(page.ok());
        }
    }

    // `commdesk-sandbox --communications 1000000` into a file, as a user would start it.
    void aMillionCommunications()
    {
        QTemporaryDir dir;
        SandboxConfig config = SandboxConfig::forTests();
        config.databasePath = dir.filePath(QStringLiteral("sandbox.sqlite"));
        config.communications = 1000000;
        Sandbox sandbox(config);
        QElapsedTimer seeding;
        seeding.start();
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const double seedSeconds = seeding.elapsed() / 1000.0;
        std::printf("database file after seeding: %.0f MB\n", QFileInfo(config.databasePath).size() / 1e6);
        report("seeding 1,000,000 communications", seedSeconds, "s", 60);

        // The largest category, read from the file the sandbox serves.
        QString largest;
        qint64 largestCount = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
            db.setDatabaseName(config.databasePath);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT category_id, COUNT(*) FROM communications GROUP BY category_id "
                                              "ORDER BY 2 DESC LIMIT 1")));
            QVERIFY(query.next());
            largest = query.value(0).toString();
            largestCount = query.value(1).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench"));
        QVERIFY(largestCount > 100100);
        std::printf("largest category: %lld communications\n", largestCount);

        ApiClient client;
        client.setServer(sandbox.serverUrl().toString());
        Session session(&client);
        session.setCredentials({QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        CommunicationsApi api(&session);
        // A page as the list asks for it, through the real client (its share is a fraction of a ms).
        const auto pageMs = [&](int offset) {
            CommunicationsApi::ListFilter filter;
            filter.category = Identifier::byId(largest);
            filter.fieldsSet = CommunicationListModel::listFields();
            filter.paging = {100, offset};
            QList<double> times;
            for (int run = 0; run < 5; ++run) {
                QElapsedTimer timer;
                timer.start();
                Capture<QList<CommunicationRow>> page;
                api.listRows(nullptr, filter, page.handler());
                if (!turnUntil([&] { return page.done(); }) || !page.ok() || page.value().size() != 100)
                    return -1.0;
                times.append(timer.nsecsElapsed() / 1e6);
            }
            std::sort(times.begin(), times.end());
            return times.at(times.size() / 2);
        };
        const double first = pageMs(0);
        const double deep = pageMs(100000);
        QVERIFY(first >= 0 && deep >= 0);
        report("a 100-row page at offset 0 of the largest category", first, "ms", 50);
        report("a 100-row page at offset 100,000 of the largest category", deep, "ms", 50);

        // The same page on the wire, as Qt asks for it (gzip) and uncompressed.
        QNetworkAccessManager network;
        const auto get = [&](const QString &method, const QString &query, const QByteArray &encoding) {
            QUrl url = sandbox.apiBaseUrl().resolved(QUrl(method));
            url.setQuery(QStringLiteral("token=") + session.token() + u'&' + query);
            QNetworkRequest request(url);
            request.setRawHeader("Accept-Encoding", encoding); // set by hand: Qt leaves the body as it came
            QNetworkReply *reply = network.get(request);
            const QByteArray body =
                turnUntil([reply] { return reply->isFinished(); }) ? reply->readAll() : QByteArray();
            reply->deleteLater();
            return body;
        };
        const QString deepPage =
            QStringLiteral("category_identifier=id=%1&number_of_results=100&offset=100000").arg(largest);
        std::printf("a 100-row page on the wire: %lld bytes uncompressed, %lld bytes gzip-compressed\n",
                    qint64(get(QStringLiteral("communications/list"), deepPage, "identity").size()),
                    qint64(get(QStringLiteral("communications/list"), deepPage, "gzip").size()));

        // A page of the queue deep in its largest media's history (its entries are found before they
        // are joined to their communications).
        QList<double> queueTimes;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray body = get(QStringLiteral("communications/queue/list"),
                                        QStringLiteral("media=EMAIL&number_of_results=100&offset=200000"), "gzip");
            queueTimes.append(timer.nsecsElapsed() / 1e6);
            QVERIFY2(body.size() > 1000, body.constData());
        }
        std::sort(queueTimes.begin(), queueTimes.end());
        report("a 100-entry queue page at offset 200,000 (EMAIL)", queueTimes.at(2), "ms", 50);
    }
};

QTEST_GUILESS_MAIN(BenchSandbox)
#include "tst_bench_sandbox.moc"
