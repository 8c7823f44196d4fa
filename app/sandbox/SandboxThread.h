#pragma once

#include "SandboxConfig.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace commdesk {

class Sandbox;

// Runs a Sandbox on a thread of its own, for the desktop app's `--sandbox` (docs/architecture.md): the
// GUI thread never waits for seeding or for a request. start() returns at once; started() or
// failed() follows on this object's thread.
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxThread() override;

    void start();
    // Stops the sandbox and joins its thread.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    // Valid once started() has been emitted.
    QUrl serverUrl() const { return m_serverUrl; }

Q_SIGNALS:
    void started(const QUrl &serverUrl);
    void failed(const QString &error);
    void requestServed(const QString &line);

private:
    SandboxConfig m_config;
    QThread m_thread;
    Sandbox *m_sandbox = nullptr;
    QUrl m_serverUrl;
};

} // namespace commdesk
