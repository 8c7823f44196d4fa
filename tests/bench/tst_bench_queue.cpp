// The queue monitor at a real queue's scale (docs/benchmarks.md "The queue monitor at 50,000 entries"): a
// sandbox on its own thread holds 50,000 queue entries with its consumers working, and the project's own
// QueueMonitoring (poller, worker, models, history, alerts) polls it every 15 seconds. Per poll it prints
// the requests, the bytes read, the wall time, the GUI thread's CPU time, the longest stall of a 1 ms
// heartbeat, the rows signalled as changed and the process's RSS; after the first poll each figure is
// held against its goal.
#include "BenchReport.h"
#include "CrmConnection.h"
#include "QueueEntryFilterModel.h"
#include "QueueEntryModel.h"
#include "QueueMonitoring.h"
#include "QueuePoller.h"
#include "SandboxThread.h"
#include "Settings.h"
#include "StoreThread.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <time.h>
#include <unistd.h>

using namespace commdesk;

namespace {

constexpr int kQueueEntries = 50000;
constexpr int kPolls = 6; // the first (the whole queue), then five that follow changes
constexpr int kIntervalSeconds = 15;

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double rssMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
                             : 0;
}

} // namespace

class BenchQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyThousandEntries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxConfig config;
        config.databasePath = dir.filePath(QStringLiteral("sandbox.sqlite"));
        config.reset = true;
        config.seed = 7;
        config.communications = 120000; // about one entry per communication sent
        config.queueEntries = kQueueEntries;
        config.consumers = true;
        SandboxThread sandbox(config);
        QSignalSpy started(&sandbox, &SandboxThread::started);
        QElapsedTimer seeding;
        seeding.start();
        sandbox.start();
        QVERIFY(turnUntil([&] { return !started.isEmpty(); }, 600000));
        std::printf("sandbox seeded with %d queue entries in %.1f s; consumers on, %d entries a minute each\n",
                    kQueueEntries, double(seeding.elapsed()) / 1000.0, config.consumerRatePerMinute);

        CrmConnection crm;
        crm.client()->setServer(sandbox.serverUrl().toString());
        crm.session()->setCredentials({QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        StoreThread stores;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(setting::queueRefreshSeconds, kIntervalSeconds);
        QueueMonitoring monitoring(&crm, &settings, &stores, dir.path());
        // As the monitor shows it: sorted by creation, newest first, through the filter proxy.
        monitoring.filteredEntries()->sort(QueueEntryModel::Created, Qt::DescendingOrder);

        qsizetype changedRows = 0;
        int requests = 0;
        double bytes = 0;
        connect(monitoring.poller(), &QueuePoller::polled, this, [&](const QueueUpdate &update) {
            changedRows = update.changed.size();
            requests = update.requests;
            bytes = double(update.bytes); // read on the poller's network thread
        });

        // The heartbeat: a 1 ms timer; the longest gap between two beats, less the millisecond, is the
        // longest the event loop was kept from turning.
        QElapsedTimer beat;
        qint64 lastBeatNs = 0;
        qint64 longestGapNs = 0;
        qint64 beats = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(1);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = beat.nsecsElapsed();
            longestGapNs = std::max(longestGapNs, now - lastBeatNs);
            lastBeatNs = now;
            ++beats;
        });
        // What the heartbeat itself costs the GUI thread, measured while nothing else happens: the
        // GUI time of a poll is given with and without it.
        double cpuPerBeat = 0;
        {
            const double before = threadCpuMs();
            beat.start();
            beats = 0;
            heartbeat.start();
            QElapsedTimer idle;
            idle.start();
            turnUntil([&] { return idle.elapsed() >= 2000; }, 3000);
            heartbeat.stop();
            cpuPerBeat = beats > 0 ? (threadCpuMs() - before) / double(beats) : 0;
            std::printf("the heartbeat alone: %lld beats in 2 s idle, %.4f ms of GUI-thread time each\n",
                        qlonglong(beats), cpuPerBeat);
        }

        QElapsedTimer wall;
        double cpuAtStart = 0;
        connect(monitoring.poller(), &QueuePoller::pollStarted, this, [&] {
            wall.start();
            cpuAtStart = threadCpuMs();
            beat.start();
            lastBeatNs = 0;
            longestGapNs = 0;
            beats = 0;
            heartbeat.start();
        });
        // Taken the moment the models have the poll, before anything else runs.
        double gui = 0, guiNet = 0, wallMs = 0, stall = 0;
        int polls = 0;
        connect(&monitoring, &QueueMonitoring::updated, this, [&] {
            gui = threadCpuMs() - cpuAtStart;
            guiNet = std::max(0.0, gui - double(beats) * cpuPerBeat);
            wallMs = double(wall.nsecsElapsed()) / 1e6;
            heartbeat.stop();
            stall = std::max<double>(0, double(longestGapNs) / 1e6 - 1.0);
            ++polls;
        });
        QSignalSpy failed(&monitoring, &QueueMonitoring::failed);

        std::printf("%-5s %9s %12s %10s %10s %12s %10s %9s %9s\n", "poll", "requests", "bytes", "wall ms", "GUI ms",
                    "GUI ms net", "stall ms", "changed", "RSS MB");
        double worstBytes = 0, worstGui = 0, worstGuiRaw = 0, worstStall = 0;
        double rssAfterSecond = 0, rssAfterLast = 0;
        monitoring.start();
        for (int poll = 1; poll <= kPolls; ++poll) {
            QVERIFY(turnUntil([&] { return polls >= poll || !failed.isEmpty(); }, (kIntervalSeconds + 600) * 1000));
            QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
            // The history is written on the store thread behind the poll; let it settle before RSS.
            stores.drain();
            const double rss = rssMb();
            std::printf("%-5d %9d %12.0f %10.1f %10.2f %12.2f %10.2f %9lld %9.1f\n", poll, requests, bytes, wallMs, gui,
                        guiNet, stall, qlonglong(changedRows), rss);
            std::fflush(stdout);
            if (poll == 1) {
                QCOMPARE(monitoring.entries()->rowCount(), kQueueEntries);
                continue;
            }
            worstBytes = std::max(worstBytes, bytes);
            worstGui = std::max(worstGui, guiNet);
            worstGuiRaw = std::max(worstGuiRaw, gui);
            worstStall = std::max(worstStall, stall);
            if (poll == 2)
                rssAfterSecond = rss;
            rssAfterLast = rss;
        }
        QVERIFY(monitoring.entries()->rowCount() >= kQueueEntries);

        std::printf("\nafter the first poll, the worst of polls 2-%d:\n", kPolls);
        report("bytes read per poll", worstBytes / (1024.0 * 1024.0), "MB", 2.0);
        std::printf("GUI-thread time per poll with the heartbeat's own wake-ups: %.2f ms\n", worstGuiRaw);
        report("GUI-thread time per poll (less the heartbeat's own)", worstGui, "ms", 20.0);
        report("longest event-loop stall (1 ms heartbeat)", worstStall, "ms", 50.0);
        report("RSS drift per poll (poll 2 to the last)", std::max(0.0, rssAfterLast - rssAfterSecond) / (kPolls - 2),
               "MB", 1.0);
    }
};

QTEST_GUILESS_MAIN(BenchQueue)
#include "tst_bench_queue.moc"
