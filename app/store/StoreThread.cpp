#include "StoreThread.h"

#include <QSemaphore>

namespace commdesk {

StoreThread::StoreThread(const QString &name)
    : m_worker(new QObject)
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // quit() is queued behind the jobs already posted, so they all run first.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void StoreThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

void StoreThread::drain()
{
    if (isCurrent())
        return;
    QSemaphore done;
    post([&done] { done.release(); });
    done.acquire();
}

} // namespace commdesk
