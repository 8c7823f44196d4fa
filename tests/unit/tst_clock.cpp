// The clock seam: timers on a FakeClock fire when time is moved past them, in order, with now() at their due time.
#include "Clock.h"
#include "Wait.h"

#include <QTest>

using namespace commdesk;
using namespace std::chrono_literals;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timersFireInOrderWhenTimeMovesPastThem()
    {
        FakeClock clock;
        const QDateTime start = clock.now();
        QStringList fired;
        QList<qint64> at;
        ClockTimer late(&clock), early(&clock), repeating(&clock);
        late.setSingleShot(true);
        early.setSingleShot(true);
        auto record = [&](const QString &name) {
            fired.append(name);
            at.append(start.msecsTo(clock.now()));
        };
        connect(&late, &ClockTimer::timeout, this, [&] { record(QStringLiteral("late")); });
        connect(&early, &ClockTimer::timeout, this, [&] { record(QStringLiteral("early")); });
        connect(&repeating, &ClockTimer::timeout, this, [&] { record(QStringLiteral("repeat")); });
        late.start(1500ms);
        early.start(500ms);
        repeating.start(1000ms);
        clock.advance(499ms);
        QVERIFY(fired.isEmpty());
        QCOMPARE(early.remainingTime(), 1ms);
        clock.advance(1601ms); // to 2100 ms
        QCOMPARE(fired,
                 (QStringList {QStringLiteral("early"), QStringLiteral("repeat"), QStringLiteral("late"),
                               QStringLiteral("repeat")}));
        QCOMPARE(at, (QList<qint64> {500, 1000, 1500, 2000}));
        QCOMPARE(start.msecsTo(clock.now()), 2100);
        QVERIFY(!late.isActive());
        QVERIFY(repeating.isActive());
        repeating.stop();
        QCOMPARE(clock.armedTimers(), 0);
    }

    void restartingPostponesAndSingleShotCallsOnce()
    {
        FakeClock clock;
        int calls = 0;
        ClockTimer debounce(&clock);
        debounce.setSingleShot(true);
        connect(&debounce, &ClockTimer::timeout, this, [&] { ++calls; });
        debounce.start(1500ms);
        clock.advance(1000ms);
        debounce.start(); // typing again
        clock.advance(1000ms);
        QCOMPARE(calls, 0);
        clock.advance(500ms);
        QCOMPARE(calls, 1);

        int shots = 0;
        QObject context;
        ClockTimer::singleShot(&clock, 10ms, &context, [&] { ++shots; });
        clock.advance(1h);
        QCOMPARE(shots, 1);
    }

    void theSystemClockIsReal()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(Clock::system()->now() >= before);
        ClockTimer timer(nullptr);
        timer.setSingleShot(true);
        bool fired = false;
        connect(&timer, &ClockTimer::timeout, this, [&] { fired = true; });
        timer.start(0ms);
        QVERIFY(timer.isActive());
        WAIT_VERIFY(fired);
    }

    void aTimerOutlivingItsClockIsHarmless()
    {
        auto *clock = new FakeClock;
        ClockTimer timer(clock);
        timer.start(1s);
        delete clock;
        QVERIFY(!timer.isActive());
        timer.start(); // nothing happens, nothing crashes
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
