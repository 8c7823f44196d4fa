#include "ConnectivityMonitor.h"

#include <algorithm>

namespace commdesk {

namespace {

// A probe that neither answers nor fails within this time is abandoned and tried again; the
// client's own deadline normally ends it sooner.
constexpr std::chrono::seconds probeLimit {90};

} // namespace

ConnectivityMonitor::ConnectivityMonitor(ApiClient *client, Probe probe, QObject *parent)
    : QObject(parent)
    , m_probe(std::move(probe))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &ClockTimer::timeout, this, &ConnectivityMonitor::probe);
    connect(client, &ApiClient::serverAnswered, this, &ConnectivityMonitor::setOnline);
    connect(client, &ApiClient::serverUnreachable, this, &ConnectivityMonitor::setOffline);
}

void ConnectivityMonitor::setActive(bool active)
{
    m_active = active;
    if (!active) {
        // Quietly: nothing is shown while inactive, and whoever activates it loads afresh.
        m_offline = false;
        m_timer.stop();
        delete m_probeOwner;
    }
}

void ConnectivityMonitor::setClock(Clock *clock)
{
    m_clock = clock;
    m_timer.setClock(clock);
}

void ConnectivityMonitor::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_first = first;
    m_longest = std::max(first, longest);
}

std::chrono::milliseconds ConnectivityMonitor::nextProbeIn() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : std::chrono::milliseconds(0);
}

void ConnectivityMonitor::probeNow()
{
    if (!m_offline || m_probeOwner)
        return;
    m_timer.stop();
    probe();
}

void ConnectivityMonitor::setOffline(const ApiError &error)
{
    if (!m_active)
        return;
    m_lastError = error;
    if (m_offline)
        return;
    m_offline = true;
    m_offlineSince = clock()->now();
    m_failedProbes = 0;
    scheduleProbe();
    Q_EMIT offlineChanged(true);
}

void ConnectivityMonitor::setOnline()
{
    if (!m_offline)
        return;
    m_offline = false;
    m_timer.stop();
    delete m_probeOwner; // the server answered something else first
    Q_EMIT offlineChanged(false);
}

void ConnectivityMonitor::scheduleProbe()
{
    if (!m_offline || m_probeOwner)
        return;
    // 2 s, 4 s, 8 s ... up to the longest pause: quick after a blip, quiet during an outage.
    const int doublings = std::min(m_failedProbes, 16);
    const auto delay = std::min<std::chrono::milliseconds>(m_first * (qint64(1) << doublings), m_longest);
    m_timer.start(delay);
}

void ConnectivityMonitor::probe()
{
    if (!m_offline)
        return;
    auto *owner = new QObject(this);
    m_probeOwner = owner;
    ClockTimer::singleShot(m_clock, probeLimit, owner, [this, owner] { probeFinished(owner); });
    m_probe(owner, [this, owner] {
        // The client's signals have already said whether the server answered.
        probeFinished(owner);
    });
}

void ConnectivityMonitor::probeFinished(QObject *owner)
{
    if (m_probeOwner != owner)
        return; // already finished (or abandoned)
    m_probeOwner = nullptr;
    owner->deleteLater(); // cancels a probe that hangs
    ++m_failedProbes;
    scheduleProbe();
}

} // namespace commdesk
