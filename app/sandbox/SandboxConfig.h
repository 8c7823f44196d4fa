#pragma once

#include "SandboxFaults.h"
#include "SandboxRules.h"

#include <QByteArray>
#include <QDate>
#include <QHostAddress>
#include <QString>

#include <chrono>
#include <optional>

namespace commdesk {

class Clock;

// How one sandbox runs; the command line of `commdesk-sandbox` fills it, and so do the desktop
// app (`commdesk --sandbox`) and the integration tests.
struct SandboxConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QString databasePath; // a file, or ":memory:"; empty: defaultDatabasePath()
    bool reset = false; // start over with fresh demo data
    quint32 seed = 1;
    int communications = 5000;
    std::optional<int> queueEntries; // empty: one for each communication that is sent (DemoDataSeeder)
    QDate referenceDate; // the demo data ends here; invalid: today
    bool consumers = true;
    int consumerRatePerMinute = 30; // entries each consumer takes per minute
    // Outgoing communications the demo's staff send per minute while the consumers run (DemoTraffic); 0: none.
    int trafficPerMinute = 4;
    std::chrono::milliseconds tokenLifetime = rules::defaultTokenLifetime;
    // Where token lifetimes run (null: the system's clock); tests share a FakeClock with the client's
    // Session. It must live on the serving thread and outlive the sandbox.
    Clock *clock = nullptr;
    QByteArray timeZone = QByteArray(rules::defaultTimeZone.data(), rules::defaultTimeZone.size());
    // HTTPS with this PEM certificate and key (both or neither); serverUrl() is then https://.
    QString tlsCertificatePath;
    QString tlsKeyPath;

    FaultConfig faults; // off unless asked for (`--faults`)

    bool usesTls() const { return !tlsCertificatePath.isEmpty(); }

    // A file in QStandardPaths::AppLocalDataLocation.
    static QString defaultDatabasePath();
    // What tests want: in memory, port 0, 200 communications, consumers off, a fixed date.
    static SandboxConfig forTests();
};

} // namespace commdesk
