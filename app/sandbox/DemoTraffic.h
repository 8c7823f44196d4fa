#pragma once

#include "SeededRandom.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace commdesk {

struct SandboxServices;

// The demo's own outgoing traffic: now and then a member of staff sends a demo contact a communication made from
// one of the outgoing templates, completed at once, so that it enters the queue as PENDING (docs/api-contract.md
// "The communication queue") for the simulated consumers to take. Without it the consumers empty the demo queue
// soon after the start and it then stands still; with it, a trainee watches a queue that moves. Seeded, like the
// consumers.
class DemoTraffic : public QObject
{
    Q_OBJECT

public:
    DemoTraffic(SandboxServices &services, quint32 seed, std::chrono::milliseconds interval, QObject *parent = nullptr);

    void start();
    void stop();

    // One communication, as the timer sends it; public for tests. Its number, or none when the demo data has no
    // outgoing template or no contact to send to.
    std::optional<QString> send();

Q_SIGNALS:
    void sent(const QString &number);

private:
    std::optional<QString> sendOne(); // throws when the database fails

    SandboxServices &m_services;
    SeededRandom m_random;
    QTimer m_timer;
};

} // namespace commdesk
