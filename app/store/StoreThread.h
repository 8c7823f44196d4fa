#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace commdesk {

// The thread the local databases live on (docs/architecture.md "Rules of the house": the GUI thread never
// waits on SQLite). Jobs run one after another in the order posted, as a job queue (as qBittorrent keeps its
// resume data); a store is opened, used and closed on this thread only, as Qt SQL requires. An answer comes
// back on the asking object's thread, and never once that object is gone.
class StoreThread
{
public:
    explicit StoreThread(const QString &name = QStringLiteral("CommDesk stores"));
    // Runs every job already posted (nothing typed is lost on the way out), then stops.
    ~StoreThread();
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    // Runs `job` on the store thread, after every job posted before it.
    void post(std::function<void()> job);

    // Runs `job` on the store thread, then `done(result)` on `context`'s thread unless `context` is gone.
    template<class Job, class Done>
    void call(Job job, QObject *context, Done done)
    {
        using R = std::invoke_result_t<Job>;
        auto promise = std::make_shared<QPromise<R>>();
        auto *watcher = new QFutureWatcher<R>(context); // dies with `context`, and the answer with it
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done = std::move(done)]() mutable {
            watcher->deleteLater();
            if constexpr (std::is_void_v<R>)
                done();
            else
                done(watcher->result());
        });
        watcher->setFuture(promise->future());
        promise->start();
        post([promise, job = std::move(job)]() mutable {
            if constexpr (std::is_void_v<R>)
                job();
            else
                promise->addResult(job());
            promise->finish();
        });
    }

    // A store that lives on this thread: made here, destroyed there after the jobs posted before.
    template<class Store, class... Args>
    std::shared_ptr<Store> make(Args &&...args)
    {
        return std::shared_ptr<Store>(new Store(std::forward<Args>(args)...), [this](Store *store) {
            if (QThread::currentThread() == &m_thread || !m_thread.isRunning())
                delete store;
            else
                post([store] { delete store; });
        });
    }

    // Blocks until every job posted so far has run: for tests, and nowhere on the GUI thread's way.
    void drain();
    bool isCurrent() const { return QThread::currentThread() == &m_thread; }

private:
    QThread m_thread;
    QObject *m_worker; // lives on m_thread; jobs are queued calls on it
};

} // namespace commdesk
