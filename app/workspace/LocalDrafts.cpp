#include "LocalDrafts.h"

namespace commdesk {

LocalDrafts::LocalDrafts(StoreThread *thread, const QString &path, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
    , m_path(path)
    , m_store(thread->make<LocalDraftStore>())
{ }

void LocalDrafts::open()
{
    struct Opened
    {
        bool ok = false;
        QString error;
        std::optional<LocalDatabase::Recovery> recovery;
    };
    m_thread->call(
        [store = m_store, path = m_path] {
            Opened result;
            result.ok = store->open(path);
            result.error = store->errorText();
            result.recovery = store->recovery();
            return result;
        },
        this,
        [this](const Opened &result) {
            m_available = result.ok;
            if (result.recovery)
                Q_EMIT recovered(*result.recovery);
            if (result.ok)
                Q_EMIT opened();
            else
                Q_EMIT unavailable(result.error);
        });
}

void LocalDrafts::post(std::function<void(LocalDraftStore &)> job)
{
    m_thread->post([store = m_store, job = std::move(job)] { job(*store); });
}

void LocalDrafts::list(QObject *context, std::function<void(const QList<LocalDraft> &)> done)
{
    call([](LocalDraftStore &store) { return store.drafts(); }, context, std::move(done));
}

void LocalDrafts::remove(qint64 id)
{
    post([id](LocalDraftStore &store) { store.remove(id); });
}

} // namespace commdesk
