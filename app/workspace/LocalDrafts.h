#pragma once

#include "LocalDraftStore.h"
#include "StoreThread.h"

#include <QObject>

#include <functional>
#include <memory>

namespace commdesk {

// local-drafts.sqlite on the store thread (docs/architecture.md "Nothing lost"): compose windows keep their
// typing here and the "Not yet sent" panel lists what a crash left. Every read and write is a job on the
// StoreThread; answers come back on the asker's thread.
class LocalDrafts : public QObject
{
    Q_OBJECT

public:
    LocalDrafts(StoreThread *thread, const QString &path, QObject *parent = nullptr);

    // Opens the file (on the store thread); `opened` or `unavailable` follows.
    void open();
    bool isAvailable() const { return m_available; }
    QString path() const { return m_path; }

    // Runs `job(store)` on the store thread, then `done(result)` on `context`'s thread.
    template<class Job, class Done>
    void call(Job job, QObject *context, Done done)
    {
        m_thread->call([store = m_store, job = std::move(job)]() mutable { return job(*store); }, context,
                       std::move(done));
    }
    void post(std::function<void(LocalDraftStore &)> job);

    // Every local draft, newest first.
    void list(QObject *context, std::function<void(const QList<LocalDraft> &)> done);
    void remove(qint64 id);

    // For tests: waits until every job posted so far has run.
    void drain() { m_thread->drain(); }

Q_SIGNALS:
    void opened();
    // The file could not be opened: nothing typed can be kept on this computer.
    void unavailable(const QString &error);
    // The file was broken: it was moved aside and a fresh one started with what could be read.
    void recovered(const commdesk::LocalDatabase::Recovery &recovery);

private:
    StoreThread *m_thread;
    QString m_path;
    std::shared_ptr<LocalDraftStore> m_store;
    bool m_available = false;
};

} // namespace commdesk
