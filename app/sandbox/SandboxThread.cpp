#include "SandboxThread.h"

#include "Sandbox.h"

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

SandboxThread::SandboxThread(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_thread.setObjectName(u"CommDesk sandbox"_s);
}

SandboxThread::~SandboxThread()
{
    stop();
}

void SandboxThread::start()
{
    if (m_thread.isRunning())
        return;
    m_serverUrl.clear();
    auto *sandbox = new Sandbox(m_config);
    m_sandbox = sandbox;
    sandbox->moveToThread(&m_thread);
    // Created, started, used and deleted on the sandbox thread: its database connection, server
    // and timers all belong there.
    connect(&m_thread, &QThread::finished, sandbox, &QObject::deleteLater);
    connect(sandbox, &Sandbox::requestServed, this, &SandboxThread::requestServed);
    connect(&m_thread, &QThread::started, sandbox, [this, sandbox] {
        QString error;
        const bool ok = sandbox->start(&error);
        const QUrl url = ok ? sandbox->serverUrl() : QUrl();
        QMetaObject::invokeMethod(
            this,
            [this, ok, url, error] {
                if (ok) {
                    m_serverUrl = url;
                    Q_EMIT started(url);
                } else {
                    Q_EMIT failed(error);
                }
            },
            Qt::QueuedConnection);
    });
    m_thread.start();
}

void SandboxThread::stop()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    m_sandbox = nullptr;
    m_serverUrl.clear();
}

} // namespace commdesk
