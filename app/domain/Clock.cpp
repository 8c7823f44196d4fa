#include "Clock.h"

namespace commdesk {

using std::chrono::milliseconds;

Clock::Clock(QObject *parent)
    : QObject(parent)
{ }

Clock *Clock::system()
{
    static Clock clock;
    return &clock;
}

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

void Clock::arm(ClockTimer *timer, milliseconds delay)
{
    timer->m_timer.setSingleShot(timer->m_singleShot);
    timer->m_timer.start(delay);
}

void Clock::disarm(ClockTimer *timer)
{
    timer->m_timer.stop();
}

bool Clock::isArmed(const ClockTimer *timer) const
{
    return timer->m_timer.isActive();
}

milliseconds Clock::remaining(const ClockTimer *timer) const
{
    return timer->m_timer.remainingTimeAsDuration();
}

ClockTimer::ClockTimer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
{
    connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
}

ClockTimer::~ClockTimer()
{
    if (m_clock)
        m_clock->disarm(this);
}

void ClockTimer::setClock(Clock *clock)
{
    const bool active = isActive();
    stop();
    m_clock = Clock::orSystem(clock);
    if (active)
        start();
}

void ClockTimer::start()
{
    if (!m_clock)
        return;
    m_clock->disarm(this);
    m_clock->arm(this, m_interval);
}

void ClockTimer::start(milliseconds interval)
{
    m_interval = interval;
    start();
}

void ClockTimer::stop()
{
    if (m_clock)
        m_clock->disarm(this);
}

bool ClockTimer::isActive() const
{
    return m_clock && m_clock->isArmed(this);
}

milliseconds ClockTimer::remainingTime() const
{
    return isActive() ? m_clock->remaining(this) : milliseconds(-1);
}

void ClockTimer::fire()
{
    if (!m_singleShot && m_clock)
        m_clock->arm(this, m_interval);
    Q_EMIT timeout();
}

void ClockTimer::singleShot(Clock *clock, milliseconds delay, QObject *context, std::function<void()> slot)
{
    auto *timer = new ClockTimer(clock, context);
    timer->setSingleShot(true);
    connect(timer, &ClockTimer::timeout, context, [timer, slot = std::move(slot)] {
        timer->deleteLater();
        slot();
    });
    timer->start(delay);
}

FakeClock::FakeClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
{ }

void FakeClock::arm(ClockTimer *timer, milliseconds delay)
{
    m_due.insert(timer, Due {m_now.addMSecs(qMax<qint64>(0, delay.count())), m_armed++});
}

void FakeClock::disarm(ClockTimer *timer)
{
    m_due.remove(timer);
}

bool FakeClock::isArmed(const ClockTimer *timer) const
{
    return m_due.contains(timer);
}

milliseconds FakeClock::remaining(const ClockTimer *timer) const
{
    return milliseconds(qMax<qint64>(0, m_now.msecsTo(m_due.value(timer).at)));
}

void FakeClock::advance(milliseconds step)
{
    const QDateTime target = m_now.addMSecs(step.count());
    for (;;) {
        // The earliest due timer (the first armed, among equals: QTimer's order too).
        const ClockTimer *next = nullptr;
        Due nextDue;
        for (auto it = m_due.cbegin(); it != m_due.cend(); ++it) {
            const Due &due = it.value();
            if (due.at <= target
                && (!next || due.at < nextDue.at || (due.at == nextDue.at && due.order < nextDue.order))) {
                next = it.key();
                nextDue = due;
            }
        }
        if (!next)
            break;
        m_now = qMax(m_now, nextDue.at);
        auto *timer = const_cast<ClockTimer *>(next);
        m_due.remove(timer);
        timer->fire(); // may delete the timer, or arm others
    }
    m_now = target;
}

} // namespace commdesk
