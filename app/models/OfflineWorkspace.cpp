#include "OfflineWorkspace.h"

#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "ConnectivityMonitor.h"

namespace commdesk {

OfflineWorkspace::OfflineWorkspace(OfflineCache *cache, CategoryTreeModel *categories, CommunicationListModel *list,
                                   ConnectivityMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
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

void OfflineWorkspace::setAccount(const QString &account)
{
    m_cache->setAccount(account);
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
    m_cache->saveCommunication(communication);
}

std::optional<OfflineSnapshot<Communication>> OfflineWorkspace::savedCommunication(const QString &id) const
{
    return m_cache->communication(id);
}

void OfflineWorkspace::forget()
{
    m_cache->clearAccount();
}

void OfflineWorkspace::categoriesLoaded()
{
    if (!m_categories->isCopy())
        m_cache->saveCategories(m_categories->categories());
}

void OfflineWorkspace::categoriesFailed(const ApiError &error)
{
    if (!error.meansUnreachable() || m_categories->rowCount() > 0)
        return; // what is shown stays; other errors are the caller's to report
    if (const auto copy = m_cache->categories()) {
        noteCopy(copy->savedAt);
        m_categories->showCopy(copy->value);
    }
}

void OfflineWorkspace::listPageLoaded()
{
    // The first rows are what the copy keeps: once they are saved, later pages change nothing.
    const int rows = m_list->rowCount();
    const QString key = listKey(m_list->filter());
    if (m_list->isCopy() || !m_list->hasFilter() || (rows > OfflineCache::listLimit && m_fullListSaved == key))
        return;
    QList<Communication> kept;
    kept.reserve(std::min(rows, OfflineCache::listLimit));
    for (int row = 0; row < rows && row < OfflineCache::listLimit; ++row)
        kept.append(*m_list->communicationAt(row));
    m_cache->saveList(key, kept);
    m_fullListSaved = rows >= OfflineCache::listLimit ? key : QString();
}

void OfflineWorkspace::listFailed(const ApiError &error)
{
    if (!error.meansUnreachable() || m_list->rowCount() > 0)
        return;
    if (const auto copy = m_cache->list(listKey(m_list->filter()))) {
        noteCopy(copy->savedAt);
        m_list->showCopy(copy->value);
    } else {
        Q_EMIT noCopy();
    }
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
