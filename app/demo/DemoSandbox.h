#pragma once

#include "SandboxConfig.h"
#include "SandboxThread.h"
#include "Session.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace commdesk {

class CrmConnection;

// The embedded sandbox as the desktop app uses it, for `commdesk --sandbox` and for "Try the demo"
// in the sign-in dialog alike: started on a thread of its own (SandboxThread, the GUI thread never
// waits), then the connection points at it with the demo user's credentials. Stopped when the
// application quits.
class DemoSandbox : public QObject
{
    Q_OBJECT

public:
    // Called once the sandbox runs (error empty; the connection then points at it, not yet
    // signed in) or could not start (error says why).
    using Done = std::function<void(const QString &error)>;

    DemoSandbox(SandboxConfig config, CrmConnection *connection, QObject *parent = nullptr);
    ~DemoSandbox() override;

    // Starts the sandbox unless it runs already; `done` follows on this thread, never before this
    // call returns, and not at all once `context` is gone. After a failure, starts it again.
    void start(QObject *context, Done done);
    void stop();
    bool isRunning() const { return m_state == State::Running; }
    QUrl serverUrl() const { return m_thread.serverUrl(); }

    // The sandbox's demo account (docs/sandbox.md).
    static Credentials demoCredentials();

private:
    enum class State { Stopped, Starting, Running, Failed };

    void finish(const QString &error);

    SandboxThread m_thread;
    CrmConnection *m_connection;
    State m_state = State::Stopped;
    QList<std::pair<QPointer<QObject>, Done>> m_waiting;
};

} // namespace commdesk
