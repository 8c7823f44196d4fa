#pragma once

#include "QueueStore.h"
#include "SeededRandom.h"

#include <QObject>
#include <QTimer>

namespace commdesk {

struct SandboxServices;

// A simulated external system working through its part of the queue (docs/api-contract.md "The communication queue"):
// on each tick it takes the oldest PENDING entry of its source and completes it, or now and then rejects it with a
// gateway-style error; from time to time it stalls for a while, as real gateways do. Its randomness is seeded, so a run
// with the same seed and rate behaves the same.
class QueueConsumer : public QObject
{
    Q_OBJECT

public:
    struct Profile
    {
        QString name; // for logs: "Nicosia SMS Gateway", "EMAIL"
        QueueStore::Source source;
        bool withoutExternalSystem = false; // the media consumers leave system entries alone
        std::optional<int> characterLimit; // longer content is rejected as MESSAGE_TOO_LONG
        int rejectPercent = 8;
        int stallPercent = 2; // chance per tick to stall
        int stallTicks = 20; // how long a stall lasts, at most
    };

    QueueConsumer(SandboxServices &services, Profile profile, quint32 seed, std::chrono::milliseconds interval,
                  QObject *parent = nullptr);

    void start();
    void stop();
    bool isStalled() const { return m_stalledTicks > 0; }
    const Profile &profile() const { return m_profile; }

    // One step, as the timer takes it; public for tests.
    void tick();

Q_SIGNALS:
    void entryProcessed(const QString &entryId, const QString &state);

private:
    void process(const QueueRow &row);

    SandboxServices &m_services;
    Profile m_profile;
    SeededRandom m_random;
    QTimer m_timer;
    int m_stalledTicks = 0;
};

} // namespace commdesk
