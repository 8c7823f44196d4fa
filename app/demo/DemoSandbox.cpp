#include "DemoSandbox.h"

#include "CrmConnection.h"
#include "DemoCatalogue.h"

#include <QCoreApplication>

namespace commdesk {

DemoSandbox::DemoSandbox(SandboxConfig config, CrmConnection *connection, QObject *parent)
    : QObject(parent)
    , m_thread(std::move(config))
    , m_connection(connection)
{
    connect(&m_thread, &SandboxThread::started, this, [this] { finish({}); });
    connect(&m_thread, &SandboxThread::failed, this, &DemoSandbox::finish);
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &DemoSandbox::stop);
}

DemoSandbox::~DemoSandbox() = default;

Credentials DemoSandbox::demoCredentials()
{
    return {QStringLiteral("demo"), QStringLiteral("demo"), QString::fromLatin1(DemoCatalogue::organisation), {}, {}};
}

void DemoSandbox::start(QObject *context, Done done)
{
    m_waiting.append({QPointer<QObject>(context), std::move(done)});
    switch (m_state) {
    case State::Starting:
        return; // the answer under way serves this caller too
    case State::Running:
        // Answered from the event loop, as a start would be.
        QMetaObject::invokeMethod(
            this, [this] { finish({}); }, Qt::QueuedConnection);
        return;
    case State::Failed:
        m_thread.stop(); // its thread outlives a failed start
        break;
    case State::Stopped:
        break;
    }
    m_state = State::Starting;
    m_thread.start();
}

void DemoSandbox::stop()
{
    m_thread.stop();
    m_state = State::Stopped;
}

void DemoSandbox::finish(const QString &error)
{
    m_state = error.isEmpty() ? State::Running : State::Failed;
    if (error.isEmpty()) {
        m_connection->client()->setServer(m_thread.serverUrl().toString());
        m_connection->session()->setCredentials(demoCredentials());
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(error);
    }
}

} // namespace commdesk
