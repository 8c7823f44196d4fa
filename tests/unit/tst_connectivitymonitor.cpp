// ConnectivityMonitor on a FakeClock: offline on the first unreachable call, probes 2 s after the
// loss and then less often (doubling up to the longest pause), at once when asked, never while a
// probe is out or once any answer came; a probe that hangs is abandoned and tried again.
#include "ConnectivityMonitor.h"
#include "Wait.h"

#include <QSignalSpy>
#include <QTest>

using namespace commdesk;
using namespace std::chrono_literals;

class TestConnectivityMonitor : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        FakeClock clock;
        ApiClient client;
        QList<QPointer<QObject>> probes; // the owner of every probe sent
        std::function<void()> finishProbe; // the latest probe's `done`
        ConnectivityMonitor monitor {&client, [this](QObject *owner, std::function<void()> done) {
                                         probes.append(owner);
                                         finishProbe = std::move(done);
                                     }};

        Fixture()
        {
            monitor.setClock(&clock);
            monitor.setActive(true);
        }
        void loseTheServer()
        {
            Q_EMIT client.serverUnreachable(ApiError(ApiError::Kind::Network, QStringLiteral("refused")));
        }
        // The probe out fails (the client has already said the server is still unreachable).
        void probeFails()
        {
            loseTheServer();
            finishProbe();
        }
    };

private Q_SLOTS:
    void probesLessAndLessOften()
    {
        Fixture f;
        f.monitor.setBackoff(2s, 30s);
        QSignalSpy changed(&f.monitor, &ConnectivityMonitor::offlineChanged);
        const QDateTime lost = f.clock.now();
        f.loseTheServer();
        QVERIFY(f.monitor.isOffline());
        QCOMPARE(f.monitor.offlineSince(), lost);
        QCOMPARE(changed.size(), 1);
        f.loseTheServer(); // said once
        QCOMPARE(changed.size(), 1);

        // 2 s, 4 s, 8 s, 16 s, then 30 s and 30 s.
        for (const auto pause : {2s, 4s, 8s, 16s, 30s, 30s}) {
            const qsizetype before = f.probes.size();
            QCOMPARE(f.monitor.nextProbeIn(), std::chrono::milliseconds(pause));
            f.clock.advance(pause - 1ms);
            QCOMPARE(f.probes.size(), before);
            f.clock.advance(1ms);
            QCOMPARE(f.probes.size(), before + 1);
            QCOMPARE(f.monitor.nextProbeIn(), 0ms); // none planned while one is out
            f.probeFails();
        }
    }

    void anAnswerEndsTheProbing()
    {
        Fixture f;
        f.loseTheServer();
        f.clock.advance(2s);
        QCOMPARE(f.probes.size(), 1);
        QSignalSpy changed(&f.monitor, &ConnectivityMonitor::offlineChanged);
        Q_EMIT f.client.serverAnswered(); // some other call got through first
        QVERIFY(!f.monitor.isOffline());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toBool(), false);
        WAIT_VERIFY(f.probes.first().isNull()); // the probe out is cancelled
        QCOMPARE(f.monitor.nextProbeIn(), 0ms);
        f.clock.advance(1h);
        QCOMPARE(f.probes.size(), 1); // and no other follows
    }

    void probeNowGoesAtOnceOneAtATime()
    {
        Fixture f;
        f.monitor.setBackoff(2s, 30s);
        f.loseTheServer();
        f.clock.advance(2s);
        f.probeFails(); // next in 4 s
        f.clock.advance(1s);
        f.monitor.probeNow();
        QCOMPARE(f.probes.size(), 2);
        f.monitor.probeNow(); // one probe at a time
        QCOMPARE(f.probes.size(), 2);
        f.clock.advance(89s);
        QCOMPARE(f.probes.size(), 2); // nothing planned while it is out (up to its 90 s limit)
        f.probeFails();
        f.clock.advance(8s - 1ms); // the pauses went on doubling: 2 s, 4 s, now 8 s
        QCOMPARE(f.probes.size(), 2);
        f.clock.advance(1ms);
        QCOMPARE(f.probes.size(), 3);
    }

    void aHangingProbeIsAbandonedAndTriedAgain()
    {
        Fixture f;
        f.monitor.setBackoff(2s, 30s);
        f.loseTheServer();
        f.clock.advance(2s);
        QCOMPARE(f.probes.size(), 1);
        f.clock.advance(90s - 1ms);
        QVERIFY(f.probes.first());
        f.clock.advance(1ms); // the probe's limit
        WAIT_VERIFY(f.probes.first().isNull()); // its owner goes, which cancels its call
        f.clock.advance(4s); // the next pause, doubled
        QCOMPARE(f.probes.size(), 2);
    }

    void inactiveMonitorIgnoresEverything()
    {
        Fixture f;
        f.monitor.setActive(false);
        f.loseTheServer();
        QVERIFY(!f.monitor.isOffline());
        f.clock.advance(1h);
        QVERIFY(f.probes.isEmpty());
        QCOMPARE(f.clock.armedTimers(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "tst_connectivitymonitor.moc"
