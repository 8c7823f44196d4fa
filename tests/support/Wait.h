#pragma once

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

// Turns the event loop until `done` or `timeoutMs` passes, without QTest::qWaitFor's sleeps between
// turns: a benchmark would count them as the server's time, and a heartbeat would miss its beats. It
// sleeps in the event loop (not spinning, which would be counted as the GUI thread's work); a 100 ms
// tick makes sure `done` is looked at even when nothing else happens.
template<class Done>
bool turnUntil(Done done, qint64 timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(100);
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return done();
}

// What QTRY_VERIFY and QTRY_COMPARE do, checked more often. The QTRY macros look again every
// 50 ms, but a loopback answer takes a few: the tests spent a third of their time asleep. These
// look after every turn of the event loop (at most 10 ms apart, QTest::qWaitFor) and fail as
// QVERIFY and QCOMPARE do, with the values compared.
#define WAIT_VERIFY_WITH_TIMEOUT(expr, timeout)                                                                        \
    do {                                                                                                               \
        if (!QTest::qWaitFor([&]() -> bool { return bool(expr); }, timeout))                                           \
            QVERIFY2(expr, "still false after " #timeout " ms");                                                       \
    } while (false)

#define WAIT_VERIFY(expr) WAIT_VERIFY_WITH_TIMEOUT(expr, 5000)

#define WAIT_COMPARE_WITH_TIMEOUT(actual, expected, timeout)                                                           \
    do {                                                                                                               \
        (void)QTest::qWaitFor([&]() -> bool { return (actual) == (expected); }, timeout);                              \
        QCOMPARE(actual, expected);                                                                                    \
    } while (false)

#define WAIT_COMPARE(actual, expected) WAIT_COMPARE_WITH_TIMEOUT(actual, expected, 5000)
