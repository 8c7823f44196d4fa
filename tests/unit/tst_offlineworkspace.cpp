// Working without the server: ConnectivityMonitor goes offline only for calls that could not
// reach the server, probes with a growing pause and comes back by itself; OfflineWorkspace keeps
// a copy of what loads, shows it when a load cannot reach the server, and loads afresh once the
// server answers again.
#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "ConnectivityMonitor.h"
#include "CrmConnection.h"
#include "OfflineCache.h"
#include "OfflineWorkspace.h"
#include "ScriptedPeer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace commdesk;
using namespace std::chrono_literals;
using Answer = ScriptedPeer::Answer;

namespace {

// An address where nothing listens: connections are refused at once.
QString closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
}

QByteArray categoriesJson(const QByteArray &firstName)
{
    return "[{\"id\":\"C1\",\"name\":\"" + firstName
        + "\",\"code\":\"BILL\"},"
          "{\"id\":\"C2\",\"name\":\"Outages\",\"code\":\"OUT\",\"parent_id\":\"C1\"}]";
}

QByteArray communicationsJson(const QByteArray &subjectPrefix, int count)
{
    QByteArray items = "[";
    for (int i = 0; i < count; ++i) {
        items += (i ? "," : "") + QByteArray("{\"id\":\"ID") + QByteArray::number(i) + "\",\"number\":\"CM"
            + QByteArray::number(100000 + i) + "\",\"life_cycle_state\":\"COMPLETED\",\"media\":\"EMAIL\","
            + "\"direction\":\"OUTGOING\",\"subject\":\"" + subjectPrefix + " " + QByteArray::number(i) + "\"}";
    }
    return items + "]";
}

} // namespace

class TestOfflineWorkspace : public QObject
{
    Q_OBJECT

private:
    // A server (the scripted peer) the client can be pointed away from and back to.
    struct Fixture
    {
        QTemporaryDir dir;
        StoreThread thread; // the cache lives there, as in the app
        ScriptedPeer peer;
        CrmConnection connection;
        std::shared_ptr<OfflineCache> cache = thread.make<OfflineCache>();
        CategoryTreeModel categories {connection.configuration()};
        CommunicationListModel list {connection.communications()};
        int probes = 0;
        ConnectivityMonitor monitor {connection.client(), [this](QObject *owner, std::function<void()> done) {
                                         ++probes;
                                         connection.configuration()->categories(
                                             owner, [done](const Result<QList<Category>> &) { done(); });
                                     }};
        OfflineWorkspace workspace {&thread, cache, &categories, &list, &monitor};
        QByteArray categoryName = "Billing";
        QByteArray subject = "Invoice";

        Fixture()
        {
            ApiClientOptions options;
            options.maxGetAttempts = 1; // each failure shows at once
            connection.client()->setOptions(options);
            up();
            connection.session()->setToken(QStringLiteral("T"));
            workspace.open(dir.filePath(QStringLiteral("offline.sqlite")));
            workspace.setAccount(QStringLiteral("peer|DEMO|demo"));
            monitor.setBackoff(50ms, 200ms);
            monitor.setActive(true);
            list.setPageSize(50);
            peer.setResponder([this](const ScriptedPeer::Request &request) {
                Answer answer;
                if (request.path().endsWith("categories/list"))
                    answer.body = ScriptedPeer::envelope("OK", categoriesJson(categoryName));
                else if (request.path().endsWith("communications/list")
                         && QUrlQuery(QString::fromLatin1(request.query()))
                                 .queryItemValue(QStringLiteral("offset"))
                                 .toInt()
                             == 0)
                    answer.body = ScriptedPeer::envelope("OK", communicationsJson(subject, 3));
                else
                    answer.body = ScriptedPeer::envelope("OK", "[]");
                return answer;
            });
        }
        // Reads the cache on its own thread, once the jobs posted so far have run.
        template<class Read>
        auto onStore(Read read)
        {
            std::invoke_result_t<Read, OfflineCache &> result {};
            thread.post([&] { result = read(*cache); });
            thread.drain();
            return result;
        }
        std::optional<OfflineSnapshot<QList<CommunicationRow>>> savedList()
        {
            return onStore([key = OfflineWorkspace::listKey(billing())](OfflineCache &c) { return c.list(key); });
        }
        // What savedCommunication() answers, waited for.
        OfflineWorkspace::SavedCommunication savedCopy(const QString &id)
        {
            std::optional<OfflineWorkspace::SavedCommunication> answer;
            workspace.savedCommunication(id, &workspace, [&answer](const auto &copy) { answer = copy; });
            if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
                qWarning("no answer from savedCommunication()");
            return answer.value_or(OfflineWorkspace::SavedCommunication {});
        }
        void up() { connection.client()->setServer(peer.url()); }
        void down() { connection.client()->setServer(closedPort()); }
        CommunicationsApi::ListFilter billing() const
        {
            CommunicationsApi::ListFilter filter;
            filter.category = Identifier::byId(QStringLiteral("C1"));
            return filter;
        }
        bool loadAll()
        {
            QSignalSpy loaded(&categories, &CategoryTreeModel::loaded);
            categories.reload();
            list.setFilter(billing());
            return loaded.wait(5000) && QTest::qWaitFor([this] { return !list.isLoading(); }, 5000);
        }
    };

private Q_SLOTS:
    void init()
    {
        // LocalDatabase says so when the cache is used off the thread that opened it.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("used on a thread other than")));
    }

    void unreachableMeansNetworkTimeoutOrGateway()
    {
        QVERIFY(ApiError(ApiError::Kind::Network, QStringLiteral("refused")).meansUnreachable());
        QVERIFY(ApiError(ApiError::Kind::Timeout, QStringLiteral("slow")).meansUnreachable());
        QVERIFY(ApiError::http(503, QStringLiteral("unavailable")).meansUnreachable());
        QVERIFY(ApiError::http(504, QStringLiteral("gateway timeout")).meansUnreachable());
        // The server answered, however badly: not offline.
        QVERIFY(!ApiError::http(500, QStringLiteral("boom")).meansUnreachable());
        QVERIFY(!ApiError::protocol(QStringLiteral("not JSON")).meansUnreachable());
        QVERIFY(!ApiError::api(QStringLiteral("INVALID_TOKEN"), {}, {}).meansUnreachable());
    }

    void goesOfflineOnlyWhenTheServerCannotBeReached()
    {
        Fixture f;
        QSignalSpy changed(&f.monitor, &ConnectivityMonitor::offlineChanged);
        f.peer.setResponder([](const ScriptedPeer::Request &) {
            Answer answer;
            answer.status = 500;
            answer.body = "Internal error";
            return answer;
        });
        f.categories.reload();
        QVERIFY(QSignalSpy(&f.categories, &CategoryTreeModel::loadFailed).wait(5000));
        QVERIFY(!f.monitor.isOffline());

        f.down();
        QSignalSpy failed(&f.categories, &CategoryTreeModel::loadFailed);
        f.categories.reload();
        QVERIFY(failed.wait(5000));
        QVERIFY(f.monitor.isOffline());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QVERIFY(f.monitor.offlineSince().isValid());
        QCOMPARE(f.monitor.lastError().kind(), ApiError::Kind::Network);
    }

    void anInactiveMonitorIgnoresFailures()
    {
        Fixture f;
        f.monitor.setActive(false);
        f.down();
        QSignalSpy failed(&f.categories, &CategoryTreeModel::loadFailed);
        f.categories.reload();
        QVERIFY(failed.wait(5000));
        QVERIFY(!f.monitor.isOffline());
        QCOMPARE(f.monitor.nextProbeIn(), 0ms); // no probe waits to run
        QCOMPARE(f.probes, 0);
    }

    void probesWithAGrowingPause()
    {
        Fixture f;
        f.monitor.setBackoff(10s, 40s);
        f.down();
        f.categories.reload();
        QVERIFY(QTest::qWaitFor([&] { return f.monitor.isOffline(); }, 5000));
        // A coarse timer may report up to 5 % more than asked.
        auto pauseNear = [&](std::chrono::milliseconds expected) {
            return f.monitor.nextProbeIn() > expected * 9 / 10 && f.monitor.nextProbeIn() <= expected * 21 / 20;
        };
        QVERIFY2(pauseNear(10s), qPrintable(QString::number(f.monitor.nextProbeIn().count())));
        // Each failed probe doubles the pause, up to the longest.
        for (const auto expected : {20s, 40s, 40s}) {
            const int before = f.probes;
            f.monitor.probeNow();
            QCOMPARE(f.probes, before + 1);
            QVERIFY(QTest::qWaitFor([&] { return f.monitor.nextProbeIn() > 0ms; }, 5000));
            QVERIFY2(pauseNear(expected), qPrintable(QString::number(f.monitor.nextProbeIn().count())));
            QVERIFY(f.monitor.isOffline());
        }
    }

    void recoversByItselfAndStopsProbing()
    {
        Fixture f;
        f.down();
        QSignalSpy changed(&f.monitor, &ConnectivityMonitor::offlineChanged);
        f.categories.reload();
        QVERIFY(QTest::qWaitFor([&] { return f.monitor.isOffline(); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return f.probes >= 2; }, 5000));
        QVERIFY(f.monitor.isOffline());

        const int asked = f.peer.count("categories/list");
        f.up();
        QVERIFY(QTest::qWaitFor([&] { return !f.monitor.isOffline(); }, 5000));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
        // Online: no more probes, none waits to run.
        QCOMPARE(f.monitor.nextProbeIn(), 0ms);
        QVERIFY(f.peer.count("categories/list") > asked);
    }

    void probeNowDoesNotWaitForThePause()
    {
        Fixture f;
        f.monitor.setBackoff(60s, 60s);
        f.down();
        f.categories.reload();
        QVERIFY(QTest::qWaitFor([&] { return f.monitor.isOffline(); }, 5000));
        QCOMPARE(f.probes, 0);
        f.up();
        f.monitor.probeNow();
        QCOMPARE(f.probes, 1);
        QVERIFY(QTest::qWaitFor([&] { return !f.monitor.isOffline(); }, 5000));
    }

    void whatLoadsIsSavedForLater()
    {
        Fixture f;
        QVERIFY(f.loadAll());
        const auto categories = f.onStore([](OfflineCache &c) { return c.categories(); });
        QVERIFY(categories.has_value());
        QCOMPARE(categories->value.size(), 2);
        QCOMPARE(categories->value.at(0).name, QStringLiteral("Billing"));
        const auto rows = f.savedList();
        QVERIFY(rows.has_value());
        QCOMPARE(rows->value.size(), 3);
        QCOMPARE(rows->value.at(2).subject(), QStringLiteral("Invoice 2"));
        QVERIFY(qAbs(rows->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void listKeysTellFiltersApart()
    {
        Fixture f;
        CommunicationsApi::ListFilter a = f.billing();
        CommunicationsApi::ListFilter b = a;
        b.media = Media::Sms;
        CommunicationsApi::ListFilter c;
        c.contact = Identifier::byId(QStringLiteral("C1"));
        QCOMPARE(OfflineWorkspace::listKey(a), QStringLiteral("category:id=C1"));
        QCOMPARE(OfflineWorkspace::listKey(b), QStringLiteral("category:id=C1|media:SMS"));
        QVERIFY(OfflineWorkspace::listKey(c) != OfflineWorkspace::listKey(a));
    }

    void theCopyIsShownWhenTheServerCannotBeReached()
    {
        Fixture f;
        QVERIFY(f.loadAll());

        // A new start of the app with the server down: empty models, same cache.
        CategoryTreeModel categories(f.connection.configuration());
        CommunicationListModel list(f.connection.communications());
        OfflineWorkspace workspace(&f.thread, f.cache, &categories, &list, &f.monitor);
        QSignalSpy copyShown(&workspace, &OfflineWorkspace::copyShown);
        f.down();
        QSignalSpy loaded(&categories, &CategoryTreeModel::loaded);
        categories.reload();
        QVERIFY(loaded.wait(5000));
        QVERIFY(categories.isCopy());
        QCOMPARE(categories.rowCount(), 1); // Outages sits under Billing
        QCOMPARE(categories.index(0, 0).data().toString(), QStringLiteral("Billing"));
        QVERIFY(f.monitor.isOffline());

        list.setFilter(f.billing());
        QVERIFY(QTest::qWaitFor([&] { return list.isCopy(); }, 5000));
        QCOMPARE(list.rowCount(), 3);
        QVERIFY(!list.canFetchMore({}));
        QCOMPARE(list.rowAt(0)->subject(), QStringLiteral("Invoice 0"));
        QCOMPARE(copyShown.size(), 2);
        QVERIFY(workspace.isShowingCopy());
        QVERIFY(workspace.copySavedAt().isValid());

        // Showing the copy saves nothing over it.
        const auto before = f.savedList();
        QVERIFY(before.has_value());
        QCOMPARE(before->value.size(), 3);

        // A list never loaded has no copy: the user is told so.
        QSignalSpy noCopy(&workspace, &OfflineWorkspace::noCopy);
        CommunicationsApi::ListFilter other;
        other.contact = Identifier::byNumber(QStringLiteral("CO000999"));
        list.setFilter(other);
        QVERIFY(noCopy.wait(5000));
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(!list.isCopy());
    }

    void otherFailuresDoNotShowTheCopy()
    {
        Fixture f;
        QVERIFY(f.loadAll());
        CategoryTreeModel categories(f.connection.configuration());
        CommunicationListModel list(f.connection.communications());
        OfflineWorkspace workspace(&f.thread, f.cache, &categories, &list, &f.monitor);
        f.peer.setResponder([](const ScriptedPeer::Request &) {
            Answer answer;
            answer.body = ScriptedPeer::envelope("NOT_AUTHORIZED", "null", "No access");
            return answer;
        });
        QSignalSpy failed(&categories, &CategoryTreeModel::loadFailed);
        categories.reload();
        QVERIFY(failed.wait(5000));
        QVERIFY(!categories.isCopy());
        QCOMPARE(categories.rowCount(), 0);
        QVERIFY(!f.monitor.isOffline());
    }

    void theServerComingBackReplacesTheCopy()
    {
        Fixture f;
        QVERIFY(f.loadAll());
        f.list.setFilter({}); // the app restarts: nothing shown
        f.categories.setCategories({});
        f.down();
        QSignalSpy loaded(&f.categories, &CategoryTreeModel::loaded);
        f.categories.reload();
        QVERIFY(loaded.wait(5000));
        f.list.setFilter(f.billing());
        QVERIFY(QTest::qWaitFor([&] { return f.list.isCopy(); }, 5000));
        QVERIFY(f.categories.isCopy());

        // The server is back with news: both are loaded afresh without anyone asking.
        f.categoryName = "Billing and payments";
        f.subject = "Receipt";
        QSignalSpy offline(&f.workspace, &OfflineWorkspace::offlineChanged);
        f.up();
        QVERIFY(
            QTest::qWaitFor([&] { return !f.list.isCopy() && !f.list.isLoading() && f.list.rowCount() == 3; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return !f.categories.isCopy(); }, 5000));
        QCOMPARE(f.categories.index(0, 0).data().toString(), QStringLiteral("Billing and payments"));
        QCOMPARE(f.list.rowAt(0)->subject(), QStringLiteral("Receipt 0"));
        QVERIFY(!f.workspace.isShowingCopy());
        QCOMPARE(offline.size(), 1);
        QCOMPARE(offline.at(0).at(0).toBool(), false);
        // ...and the copy follows the server.
        QCOMPARE(f.savedList()->value.at(0).subject(), QStringLiteral("Receipt 0"));
    }

    void openedCommunicationsAreKeptAndChangesReachTheLists()
    {
        Fixture f;
        QVERIFY(f.loadAll());
        Communication full; // as the detail pane fetches it
        full.id = f.list.rowAt(1)->id().toString();
        full.number = f.list.rowAt(1)->number().toString();
        full.subject = f.list.rowAt(1)->subject().toString();
        full.content = QStringLiteral("<p>Your invoice is attached.</p>");
        f.workspace.remember(full);
        const auto saved = f.savedCopy(full.id);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->value.content, full.content);

        full.viewed = true;
        f.workspace.remember(full);
        QCOMPARE(f.savedCopy(full.id)->value.viewed, std::optional<bool>(true));
        QCOMPARE(f.savedList()->value.at(1).viewed(), std::optional<bool>(true));

        f.workspace.forget();
        QVERIFY(!f.savedCopy(full.id).has_value());
        QVERIFY(!f.onStore([](OfflineCache &c) { return c.categories(); }).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOfflineWorkspace)
#include "tst_offlineworkspace.moc"
