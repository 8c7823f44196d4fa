#include "OfflineWorkspace.h"

#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "ConnectivityMonitor.h"

namespace commdesk {

OfflineWorkspace::OfflineWorkspace(StoreThread *storeThread, std::shared_ptr<OfflineCache> cache,
                                   CategoryTreeModel *categories, CommunicationListModel *list,
                                   ConnectivityMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_storeThread(storeThread)
    , m_cache(std::move(cache))
    , m_categories(categories)
    , m_list(list)
    , m_monitor(monitor)
{
    connect(categories, &CategoryTreeModel::loaded, this, &OfflineWorkspace::categoriesLoaded);
    connect(categories, &CategoryTreeModel::loadFailed, this, &OfflineWorkspace::categoriesFailed);
    connect(list, &CommunicationListModel::pageLoaded, this, &OfflineWorkspace::listPageLoaded);
    connect(list, &CommunicationListModel::loadFailed, this, &OfflineWorkspace::listFailed);
    connect(monitor, &ConnectivityMonitor::offlineChanged, this, [this](bool offline) {
        if (!offline)
            serverBack();
        Q_EMIT offlineChanged(offline);
    });
}

void OfflineWorkspace::open(const QString &path)
{
    m_storeThread->post([cache = m_cache, path] {
        if (!cache->open(path))
            qWarning("offline copy unavailable: %s", qPrintable(cache->errorText()));
    });
}

void OfflineWorkspace::setAccount(const QString &account)
{
    m_storeThread->post([cache = m_cache, account] { cache->setAccount(account); });
}

QString OfflineWorkspace::listKey(const CommunicationsApi::ListFilter &filter)
{
    QStringList parts;
    if (filter.category)
        parts << QStringLiteral("category:") + filter.category->toString();
    if (filter.contact)
        parts << QStringLiteral("contact:") + filter.contact->toString();
    if (filter.direction)
        parts << QStringLiteral("direction:") + wireName(*filter.direction);
    if (filter.media)
        parts << QStringLiteral("media:") + wireName(*filter.media);
    return parts.join(QLatin1Char('|'));
}

bool OfflineWorkspace::isOffline() const
{
    return m_monitor->isOffline();
}

bool OfflineWorkspace::isShowingCopy() const
{
    return m_categories->isCopy() || m_list->isCopy();
}

void OfflineWorkspace::remember(const Communication &communication)
{
    m_storeThread->post([cache = m_cache, communication] { cache->saveCommunication(communication); });
}

void OfflineWorkspace::savedCommunication(const QString &id, QObject *context,
                                          std::function<void(const SavedCommunication &)> done)
{
    m_storeThread->call([cache = m_cache, id] { return cache->communication(id); }, context, std::move(done));
}

void OfflineWorkspace::forget()
{
    m_storeThread->post([cache = m_cache] { cache->clearAccount(); });
}

void OfflineWorkspace::categoriesLoaded()
{
    if (!m_categories->isCopy())
        m_storeThread->post(
            [cache = m_cache, categories = m_categories->categories()] { cache->saveCategories(categories); });
}

void OfflineWorkspace::categoriesFailed(const ApiError &error)
{
    if (!error.meansUnreachable() || m_categories->rowCount() > 0)
        return; // what is shown stays; other errors are the caller's to report
    m_storeThread->call([cache = m_cache] { return cache->categories(); }, this,
                        [this](const auto &copy) {
                            if (copy && m_categories->rowCount() == 0) { // nothing loaded meanwhile
                                noteCopy(copy->savedAt);
                                m_categories->showCopy(copy->value);
                            }
                        });
}

// Written from the page as it was decoded, on the store thread, one transaction per page: the
// model is never read back, and pages past the first listLimit rows cost nothing here.
void OfflineWorkspace::listPageLoaded(const QList<CommunicationRow> &page, int first)
{
    if (m_list->isCopy() || !m_list->hasFilter() || first >= OfflineCache::listLimit)
        return;
    const QString key = listKey(m_list->filter());
    m_storeThread->post([cache = m_cache, kept = m_keptRows, key, page, first] {
        if (first > kept->size())
            return; // a page of this list was not kept: keep nothing rather than a list with a gap
        kept->resize(first); // a new list starts at row 0
        kept->append(page.mid(0, OfflineCache::listLimit - first));
        cache->saveList(key, *kept);
    });
}

void OfflineWorkspace::listFailed(const ApiError &error)
{
    if (!error.meansUnreachable() || m_list->rowCount() > 0)
        return;
    const QString key = listKey(m_list->filter());
    m_storeThread->call([cache = m_cache, key] { return cache->list(key); }, this,
                        [this, key](const auto &copy) {
                            if (listKey(m_list->filter()) != key || m_list->rowCount() > 0)
                                return; // another list, or loaded meanwhile
                            if (copy) {
                                noteCopy(copy->savedAt);
                                m_list->showCopy(copy->value);
                            } else {
                                Q_EMIT noCopy();
                            }
                        });
}

void OfflineWorkspace::noteCopy(const QDateTime &savedAt)
{
    if (!m_copySavedAt.isValid() || savedAt < m_copySavedAt)
        m_copySavedAt = savedAt; // the oldest part of what is shown
    Q_EMIT copyShown(savedAt);
}

void OfflineWorkspace::serverBack()
{
    m_copySavedAt = {};
    if (m_categories->isCopy() || m_categories->rowCount() == 0)
        m_categories->reload();
    if (m_list->hasFilter() && (m_list->isCopy() || m_list->rowCount() == 0))
        m_list->reload();
}

} // namespace commdesk
