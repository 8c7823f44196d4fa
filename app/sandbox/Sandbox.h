#pragma once

#include "SandboxConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

namespace commdesk {

class DemoTraffic;
class QueueConsumer;
class SandboxDatabase;
class SandboxRouter;
struct SandboxServices;

// The embedded CRM.COM emulator (docs/api-contract.md): an HTTP server on the configured address, its own
// SQLite data, demo data and simulated queue consumers. Everything it owns lives on the thread
// that calls start(); SandboxThread runs one on a thread of its own.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    struct SeedReport
    {
        bool seeded = false; // false: the existing data was kept
        int communications = 0;
        int queueEntries = 0;
        qint64 elapsedMs = 0;
    };

    explicit Sandbox(SandboxConfig config, QObject *parent = nullptr);
    ~Sandbox() override;

    // Opens (and, when new or asked to, seeds) the database, listens, starts the consumers.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;

    const SandboxConfig &config() const { return m_config; }
    // `http://127.0.0.1:PORT` (https with TLS): what a user types as the server (the client appends /crmapi/rest/v2).
    QUrl serverUrl() const;
    // `http://127.0.0.1:PORT/crmapi/rest/v2/`
    QUrl apiBaseUrl() const;
    quint16 port() const { return m_port; }
    QString databasePath() const;
    // The name of its Qt SQL connection (on the serving thread), for diagnostics and for tests
    // that break the database underneath to see a 500 answer.
    QString databaseConnectionName() const;
    SeedReport seedReport() const { return m_seedReport; }
    QList<QueueConsumer *> consumers() const { return m_consumers; }
    // The demo's outgoing traffic; null unless the consumers run and config().trafficPerMinute is above 0.
    DemoTraffic *traffic() const { return m_traffic; }

Q_SIGNALS:
    // One line per answered call: `GET communications/list -> OK` (no token, no query).
    void requestServed(const QString &line);

private:
    bool openDatabase(QString *error);
    void startConsumers();

    SandboxConfig m_config;
    std::unique_ptr<SandboxDatabase> m_database;
    std::unique_ptr<SandboxServices> m_services;
    std::unique_ptr<SandboxRouter> m_router;
    QHttpServer *m_server = nullptr;
    QList<QueueConsumer *> m_consumers;
    DemoTraffic *m_traffic = nullptr;
    quint16 m_port = 0;
    SeedReport m_seedReport;
};

} // namespace commdesk
