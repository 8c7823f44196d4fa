#pragma once

#include "ApiClient.h"
#include "Clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace commdesk {

// Whether the server can be reached, from what every call of the client learns: a call that could
// not reach it (ApiError::meansUnreachable) puts the app offline, any answer puts it back online.
// While offline it probes the server now and then, two seconds after the loss and then less often
// (doubling up to `longest`), so that the app recovers by itself when the server returns.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT

public:
    // One cheap call to the server; `done` runs when it finished either way. The owner is deleted
    // to cancel a probe that hangs.
    using Probe = std::function<void(QObject *owner, std::function<void()> done)>;

    ConnectivityMonitor(ApiClient *client, Probe probe, QObject *parent = nullptr);

    // Where the pauses between probes are measured (null: the system's clock); tests pass a FakeClock.
    void setClock(Clock *clock);
    Clock *clock() const { return Clock::orSystem(m_clock); }

    // Only an active monitor listens and probes: the app's workspace, once started, not a sign-in
    // dialog trying an address.
    // Going inactive forgets the state without a signal.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isOffline() const { return m_offline; }
    QDateTime offlineSince() const { return m_offlineSince; }
    ApiError lastError() const { return m_lastError; }

    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);
    // How long until the next probe; zero when online.
    std::chrono::milliseconds nextProbeIn() const;
    // Probes at once (the user asked); does nothing while online or while a probe is out.
    void probeNow();

Q_SIGNALS:
    void offlineChanged(bool offline);

private:
    void setOffline(const ApiError &error);
    void setOnline();
    void scheduleProbe();
    void probe();
    void probeFinished(QObject *owner);

    Probe m_probe;
    QPointer<Clock> m_clock;
    ClockTimer m_timer {nullptr};
    QPointer<QObject> m_probeOwner;
    bool m_active = false;
    bool m_offline = false;
    QDateTime m_offlineSince;
    ApiError m_lastError;
    int m_failedProbes = 0;
    std::chrono::milliseconds m_first {2000};
    std::chrono::milliseconds m_longest {std::chrono::seconds(30)};
};

} // namespace commdesk
