#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace commdesk {

class ClockTimer;

// Where the application reads the time and waits (docs/architecture.md "Clock"): the system's clock in the
// program, a FakeClock in tests, so that expiry, renewal, autosave, backoff and alerts are tested by moving
// time on rather than by waiting for it (as KeePassXC's Clock).
class Clock : public QObject
{
    Q_OBJECT

public:
    explicit Clock(QObject *parent = nullptr);

    // The clock of the running program.
    static Clock *system();
    // `clock`, or the system's when null: what classes that take an optional clock use.
    static Clock *orSystem(Clock *clock) { return clock ? clock : system(); }

    // Now, in UTC.
    virtual QDateTime now() const;

protected:
    friend class ClockTimer;
    // How a timer waits on this clock: the system's clock uses the timer's QTimer.
    virtual void arm(ClockTimer *timer, std::chrono::milliseconds delay);
    virtual void disarm(ClockTimer *timer);
    virtual bool isArmed(const ClockTimer *timer) const;
    virtual std::chrono::milliseconds remaining(const ClockTimer *timer) const;
};

// A QTimer that runs on a Clock: on the system's, it is a QTimer; on a FakeClock, it fires when the
// test moves time past it.
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    explicit ClockTimer(Clock *clock, QObject *parent = nullptr);
    ~ClockTimer() override;

    void setClock(Clock *clock);
    Clock *clock() const { return m_clock.data(); }
    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }

    void start();
    void start(std::chrono::milliseconds interval);
    void stop();
    bool isActive() const;
    std::chrono::milliseconds remainingTime() const;

    // Calls `slot` on `context` once, `delay` from now on `clock` (QTimer::singleShot for a Clock).
    static void singleShot(Clock *clock, std::chrono::milliseconds delay, QObject *context, std::function<void()> slot);

Q_SIGNALS:
    void timeout();

private:
    friend class Clock;
    friend class FakeClock;
    void fire();

    QPointer<Clock> m_clock; // a test's clock may go before its timers
    QTimer m_timer; // the system clock's way of waiting
    std::chrono::milliseconds m_interval {0};
    bool m_singleShot = false;
};

// A clock that stands still until the test moves it. Timers fire in the order they fall due, each
// with now() at its due time, as they would have in real time.
class FakeClock : public Clock
{
    Q_OBJECT

public:
    explicit FakeClock(const QDateTime &start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC),
                       QObject *parent = nullptr);

    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    // Moves time on by `step`, firing every timer that falls due on the way.
    void advance(std::chrono::milliseconds step);
    // The number of armed timers (for tests that check nothing is left waiting).
    int armedTimers() const { return int(m_due.size()); }

protected:
    void arm(ClockTimer *timer, std::chrono::milliseconds delay) override;
    void disarm(ClockTimer *timer) override;
    bool isArmed(const ClockTimer *timer) const override;
    std::chrono::milliseconds remaining(const ClockTimer *timer) const override;

private:
    struct Due
    {
        QDateTime at;
        quint64 order; // among timers due at once, the first armed fires first
    };
    QDateTime m_now;
    QHash<const ClockTimer *, Due> m_due;
    quint64 m_armed = 0;
};

} // namespace commdesk
