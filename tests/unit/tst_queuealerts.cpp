// Queue alerts on a FakeClock: raised once when a threshold is crossed, not again while
// the measure stays above or dips below briefly, cleared after a quiet period, raised again in a
// new episode; an absent threshold never alarms; the oldest pending age follows the clock.
#include "Clock.h"
#include "QueueAlerts.h"

#include <QSignalSpy>
#include <QTest>

using namespace commdesk;

class TestQueueAlerts : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock {QDateTime(QDate(2024, 5, 22), QTime(12, 0), Qt::UTC)};
    void pass(qint64 seconds) { m_clock.advance(std::chrono::seconds(seconds)); }

private Q_SLOTS:
    void oncePerEpisode()
    {
        QueueAlerts alerts(&m_clock);
        alerts.setQuietSeconds(120);
        alerts.setThresholds({100, std::nullopt, std::nullopt, std::nullopt});
        QSignalSpy raised(&alerts, &QueueAlerts::raised);
        QSignalSpy cleared(&alerts, &QueueAlerts::cleared);

        alerts.evaluate({50, std::nullopt, 0, {}});
        QCOMPARE(raised.count(), 0);
        alerts.evaluate({150, std::nullopt, 0, {}});
        QCOMPARE(raised.count(), 1);
        QCOMPARE(raised.at(0).at(0).value<QueueAlerts::Kind>(), QueueAlerts::Kind::PendingBacklog);
        QVERIFY(raised.at(0).at(1).toString().contains(QStringLiteral("150")));
        for (int poll = 0; poll < 5; ++poll) {
            pass(15);
            alerts.evaluate({160, std::nullopt, 0, {}});
        }
        QCOMPARE(raised.count(), 1);
        // Dips below for a moment, then above again: the same episode.
        pass(15);
        alerts.evaluate({90, std::nullopt, 0, {}});
        pass(60);
        alerts.evaluate({120, std::nullopt, 0, {}});
        QCOMPARE(raised.count(), 1);
        QCOMPARE(cleared.count(), 0);
        // Below long enough: the episode ends.
        pass(15);
        alerts.evaluate({80, std::nullopt, 0, {}});
        pass(119);
        alerts.evaluate({80, std::nullopt, 0, {}});
        QCOMPARE(cleared.count(), 0);
        QVERIFY(alerts.isActive(QueueAlerts::Kind::PendingBacklog));
        pass(1);
        alerts.evaluate({80, std::nullopt, 0, {}});
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!alerts.isActive(QueueAlerts::Kind::PendingBacklog));
        // A new episode raises again.
        pass(15);
        alerts.evaluate({101, std::nullopt, 0, {}});
        QCOMPARE(raised.count(), 2);
    }

    void oldestPendingAgeFollowsTheClock()
    {
        QueueAlerts alerts(&m_clock);
        alerts.setThresholds({std::nullopt, 600, std::nullopt, std::nullopt});
        QSignalSpy raised(&alerts, &QueueAlerts::raised);
        const QDateTime created = m_clock.now().addSecs(-300);
        alerts.evaluate({1, created, 0, {}});
        QCOMPARE(raised.count(), 0);
        pass(300); // 600 s: not above yet
        alerts.evaluate({1, created, 0, {}});
        QCOMPARE(raised.count(), 0);
        pass(1);
        alerts.evaluate({1, created, 0, {}});
        QCOMPARE(raised.count(), 1);
        QCOMPARE(raised.at(0).at(0).value<QueueAlerts::Kind>(), QueueAlerts::Kind::OldestPending);
        QVERIFY(alerts.isActive(QueueAlerts::Kind::OldestPending));
        QVERIFY(!alerts.isActive(QueueAlerts::Kind::PendingBacklog));
    }

    void rejectRatioAndAbsentThresholds()
    {
        QueueAlerts alerts(&m_clock);
        QSignalSpy raised(&alerts, &QueueAlerts::raised);
        alerts.evaluate({100000, m_clock.now().addDays(-30), 1.0, {}}); // no thresholds: never
        QCOMPARE(raised.count(), 0);
        alerts.setThresholds({std::nullopt, std::nullopt, 0.1, std::nullopt});
        alerts.evaluate({0, std::nullopt, 0.1, {}});
        QCOMPARE(raised.count(), 0);
        alerts.evaluate({0, std::nullopt, 0.25, {}});
        QCOMPARE(raised.count(), 1);
        QVERIFY(raised.at(0).at(1).toString().contains(QStringLiteral("25.0%")));
    }

    // A source that has sent nothing for the set time while entries wait: one alert naming it.
    void stuckSource()
    {
        QueueAlerts alerts(&m_clock);
        alerts.setQuietSeconds(60);
        QSignalSpy raised(&alerts, &QueueAlerts::raised);
        QSignalSpy cleared(&alerts, &QueueAlerts::cleared);
        const QStringList stuck {QStringLiteral("SMS Gateway")};
        alerts.evaluate({5, std::nullopt, 0, stuck}); // no limit set: never
        QCOMPARE(raised.count(), 0);
        alerts.setThresholds({std::nullopt, std::nullopt, std::nullopt, 15 * 60});
        alerts.evaluate({5, std::nullopt, 0, {}});
        QCOMPARE(raised.count(), 0);
        alerts.evaluate({5, std::nullopt, 0, stuck});
        QCOMPARE(raised.count(), 1);
        QCOMPARE(raised.at(0).at(0).value<QueueAlerts::Kind>(), QueueAlerts::Kind::Stuck);
        const QString text = raised.at(0).at(1).toString();
        QVERIFY2(text.contains(QStringLiteral("SMS Gateway")) && text.contains(QStringLiteral("15")), qPrintable(text));
        pass(15);
        alerts.evaluate({5, std::nullopt, 0, stuck});
        QCOMPARE(raised.count(), 1);
        alerts.evaluate({5, std::nullopt, 0, {}});
        pass(60);
        alerts.evaluate({5, std::nullopt, 0, {}});
        QCOMPARE(cleared.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQueueAlerts)
#include "tst_queuealerts.moc"
