// The queue monitor without a widget (QueueMonitoring) against the in-process sandbox, on a FakeClock:
// a poll is summed up per source and in total at the clock's time; its sample is written to the
// history on the store thread and read back behind it; auto-refresh runs on the clock; an alert on
// the oldest pending entry is raised once its limit has passed on the clock, and not before; a failed
// poll keeps the figures and marks them stale; a history file that cannot be opened stops nothing.
#include "ApiTestSupport.h"
#include "Capture.h"
#include "Clock.h"
#include "Communication.h"
#include "CommunicationInput.h"
#include "CommunicationsApi.h"
#include "CrmConnection.h"
#include "QueueEntryModel.h"
#include "QueueHistoryStore.h"
#include "QueueMonitoring.h"
#include "QueuePoller.h"
#include "QueueSummaryModel.h"
#include "Sandbox.h"
#include "Settings.h"
#include "StoreThread.h"
#include "Wait.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace commdesk;
using namespace std::chrono_literals;

class TestQueueMonitoring : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;

    std::unique_ptr<CrmConnection> connection() const
    {
        auto connection = std::make_unique<CrmConnection>();
        connection->client()->setServer(m_sandbox->serverUrl().toString());
        connection->client()->setOptions(quickRetries());
        connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        return connection;
    }

    // A monitoring of the sandbox's queue with a data folder, settings and store thread of its own.
    struct Monitored
    {
        QTemporaryDir data;
        StoreThread stores;
        std::unique_ptr<Settings> settings;
        std::unique_ptr<CrmConnection> crm;
        std::unique_ptr<QueueMonitoring> monitoring;
    };

    // On `clock` (the system's when null); `prepare` runs on the data folder before the monitoring opens it.
    std::unique_ptr<Monitored> monitored(Clock *clock = nullptr,
                                         const std::function<void(const QString &)> &prepare = {}) const
    {
        auto m = std::make_unique<Monitored>();
        if (prepare)
            prepare(m->data.path());
        m->settings = std::make_unique<Settings>(m->data.filePath(QStringLiteral("settings.ini")));
        m->crm = connection();
        m->monitoring =
            std::make_unique<QueueMonitoring>(m->crm.get(), m->settings.get(), &m->stores, m->data.path(), clock);
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<Sandbox>(SandboxConfig::forTests());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void pollSumsUpWritesHistoryAndAlertsOnTheClock()
    {
        FakeClock clock(QDateTime::currentDateTimeUtc());
        const auto m = monitored(&clock);
        QueueMonitoring &monitoring = *m->monitoring;
        QSignalSpy updated(&monitoring, &QueueMonitoring::updated);
        QSignalSpy historyRead(&monitoring, &QueueMonitoring::historyRead);
        QSignalSpy alerts(&monitoring, &QueueMonitoring::alertRaised);
        // The alerts that mean the same on any queue are on from the start; a backlog's size is not.
        QCOMPARE(monitoring.thresholds().maxPending, std::nullopt);
        QCOMPARE(monitoring.thresholds().maxOldestPendingSeconds, std::optional<qint64>(3600));
        QCOMPARE(monitoring.thresholds().maxRejectRatio, std::optional<double>(0.2));
        QCOMPARE(monitoring.thresholds().stuckAfterSeconds, std::optional<qint64>(15 * 60));
        // This test follows one alert on the clock: the others are turned off, as a user can.
        monitoring.setThresholds({});
        QCOMPARE(m->settings->value(setting::queueStuckMinutes), 0);
        monitoring.start();
        QVERIFY(updated.wait(15000));

        // The poll summed up: every media and external system once, plus the total, at the clock's time.
        const QDateTime firstPoll = clock.now();
        QCOMPARE(updated.first().first().toDateTime(), firstPoll);
        QCOMPARE(monitoring.lastUpdate(), firstPoll);
        QVERIFY(!monitoring.isStale());
        QCOMPARE(monitoring.summary()->rowCount(), 5 + 3 + 1);
        const QueueSourceFigures *total = monitoring.summary()->figuresAt(monitoring.summary()->rowCount() - 1);
        QCOMPARE(total->key, QStringLiteral("total"));
        qsizetype counted = 0;
        for (QueueState state : allValues<QueueState>())
            counted += total->count(state);
        QCOMPARE(counted, monitoring.entries()->rowCount());
        QVERIFY(monitoring.pending() > 0);
        QCOMPARE(monitoring.pending(), total->count(QueueState::Pending));
        QCOMPARE(monitoring.measure().pending, monitoring.pending());
        QVERIFY(monitoring.measure().oldestPendingCreated.has_value());

        // The sample was written on the store thread and read back behind it, for the charts.
        QVERIFY(historyRead.count() > 0 || historyRead.wait(10000));
        const auto samples = historyRead.first().at(0).value<QList<QueueHistorySample>>();
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().at, firstPoll);
        QCOMPARE(samples.first().pending, monitoring.pending());
        QCOMPARE(samples.first().rejected, total->count(QueueState::Rejected));
        QCOMPARE(historyRead.first().at(1).toDateTime(), firstPoll);
        // ... and it is in the file.
        m->stores.drain();
        {
            QueueHistoryStore file;
            QVERIFY2(file.open(m->data.filePath(QStringLiteral("queue-history.sqlite"))), qPrintable(file.errorText()));
            QCOMPARE(file.samplesSince(firstPoll.addSecs(-1)), samples);
        }

        // The oldest pending entry may wait two minutes more than it has now.
        const qint64 age = monitoring.measure().oldestPendingCreated->secsTo(clock.now());
        monitoring.setThresholds({std::nullopt, age + 120, std::nullopt, std::nullopt});
        QCOMPARE(m->settings->value(setting::queueMaxOldestPendingMinutes), int((age + 120) / 60));

        // Auto-refresh runs on the clock: the next poll comes when the interval has passed, no alert yet.
        const int interval = monitoring.poller()->intervalSeconds();
        QSignalSpy started(monitoring.poller(), &QueuePoller::pollStarted);
        clock.advance(std::chrono::seconds(interval) - 1ms);
        QCOMPARE(started.count(), 0);
        clock.advance(1ms);
        QCOMPARE(started.count(), 1);
        QVERIFY(updated.wait(15000));
        QCOMPARE(alerts.count(), 0);
        QVERIFY(!monitoring.alerts()->isActive(QueueAlerts::Kind::OldestPending));
        WAIT_COMPARE(historyRead.count(), 2);
        QCOMPARE(historyRead.last().at(0).value<QList<QueueHistorySample>>().size(), 2);

        // Two minutes on, the next poll finds it waiting longer than allowed: one alert.
        clock.advance(120s);
        QVERIFY(updated.wait(15000));
        QCOMPARE(alerts.count(), 1);
        QVERIFY(alerts.first().first().toString().startsWith(QStringLiteral("The oldest pending entry has waited")));
        QVERIFY(monitoring.alerts()->isActive(QueueAlerts::Kind::OldestPending));
        // Not again while it stays above.
        clock.advance(std::chrono::seconds(interval));
        QVERIFY(updated.wait(15000));
        QCOMPARE(alerts.count(), 1);
    }

    void failedPollKeepsTheFiguresStale()
    {
        const auto m = monitored();
        QueueMonitoring &monitoring = *m->monitoring;
        QSignalSpy updated(&monitoring, &QueueMonitoring::updated);
        QSignalSpy failed(&monitoring, &QueueMonitoring::failed);
        monitoring.start();
        QVERIFY(updated.wait(15000));
        const int rows = monitoring.entries()->rowCount();
        const qsizetype pending = monitoring.pending();
        const QDateTime lastUpdate = monitoring.lastUpdate();

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        m->crm->client()->setServer(QStringLiteral("http://127.0.0.1:%1").arg(port));
        monitoring.poller()->refresh();
        QVERIFY(failed.wait(30000));
        QVERIFY(monitoring.isStale());
        QCOMPARE(monitoring.entries()->rowCount(), rows);
        QCOMPARE(monitoring.pending(), pending);
        QCOMPARE(monitoring.lastUpdate(), lastUpdate);

        m->crm->client()->setServer(m_sandbox->serverUrl().toString());
        monitoring.poller()->refresh();
        QVERIFY(updated.wait(15000));
        QVERIFY(!monitoring.isStale());
    }

    // A poll after the first says how many entries it had not seen: two emails sent, two arrived; then none.
    void newEntriesAreCounted()
    {
        const auto m = monitored();
        QueueMonitoring &monitoring = *m->monitoring;
        QSignalSpy updated(&monitoring, &QueueMonitoring::updated);
        QSignalSpy arrived(&monitoring, &QueueMonitoring::entriesArrived);
        monitoring.start();
        QVERIFY(updated.wait(15000));
        QCOMPARE(arrived.count(), 0); // the first poll brings the whole queue: nothing is "new" in it
        const int rows = monitoring.entries()->rowCount();
        for (int i = 0; i < 2; ++i) {
            CommunicationInput input;
            input.direction = Direction::Outgoing;
            input.media = Media::Email;
            input.to = QStringLiteral("new-%1@example.com").arg(i);
            input.subject = QStringLiteral("Arrives in the queue");
            input.content = QStringLiteral("Your order has shipped.");
            Capture<Communication> created;
            m->crm->communications()->create(nullptr, Identifier::byNumber(QStringLiteral("CI000012")), input,
                                             created.handler());
            QVERIFY(QTest::qWaitFor([&created] { return created.done(); }, 15000));
            QVERIFY(created.ok());
        }
        monitoring.poller()->refresh();
        QVERIFY(updated.wait(15000));
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().first().toInt(), 2);
        QCOMPARE(monitoring.entries()->rowCount(), rows + 2);
        monitoring.poller()->refresh();
        QVERIFY(updated.wait(15000));
        QCOMPARE(arrived.count(), 1);
    }

    void unreadableHistoryStopsNothing()
    {
        // A folder where the file should be: SQLite cannot open it.
        const auto m = monitored(nullptr, [](const QString &folder) {
            QVERIFY(QDir(folder).mkpath(QStringLiteral("queue-history.sqlite/x")));
        });
        QVERIFY(QDir(m->data.path()).exists(QStringLiteral("queue-history.sqlite/x")));
        QueueMonitoring &monitoring = *m->monitoring;
        QSignalSpy updated(&monitoring, &QueueMonitoring::updated);
        QSignalSpy historyRead(&monitoring, &QueueMonitoring::historyRead);
        monitoring.start();
        QVERIFY(updated.wait(15000));
        QVERIFY(monitoring.pending() > 0);
        QVERIFY(historyRead.count() > 0 || historyRead.wait(10000));
        QVERIFY(historyRead.first().at(0).value<QList<QueueHistorySample>>().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueueMonitoring)
#include "tst_queuemonitoring.moc"
