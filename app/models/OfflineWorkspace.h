#pragma once

#include "CommunicationsApi.h"
#include "OfflineCache.h"
#include "StoreThread.h"

#include <QObject>

#include <functional>
#include <memory>

namespace commdesk {

class CategoryTreeModel;
class CommunicationListModel;
class ConnectivityMonitor;

// The workspace when the server cannot be reached (docs/architecture.md): what the categories, the lists
// and the opened communications last were is kept in OfflineCache as they load; when a load fails
// because the server is unreachable the copy is shown instead, and when ConnectivityMonitor sees
// the server again whatever came from the copy is loaded afresh. The cache lives on a StoreThread: saving is a job
// there, and reading a copy answers later (docs/architecture.md "Rules of the house": the GUI thread never waits on
// SQLite).
class OfflineWorkspace : public QObject
{
    Q_OBJECT

public:
    using SavedCommunication = std::optional<OfflineSnapshot<Communication>>;

    // `cache` is made by `storeThread` (StoreThread::make) and used only there.
    OfflineWorkspace(StoreThread *storeThread, std::shared_ptr<OfflineCache> cache, CategoryTreeModel *categories,
                     CommunicationListModel *list, ConnectivityMonitor *monitor, QObject *parent = nullptr);

    // Opens the cache at `path`, on the store thread.
    void open(const QString &path);
    // The account the copies belong to; call once signed in (or when working offline).
    void setAccount(const QString &account);
    static QString listKey(const CommunicationsApi::ListFilter &filter);

    bool isOffline() const;
    // What the user sees comes, at least in part, from the copy, saved at this time.
    bool isShowingCopy() const;
    QDateTime copySavedAt() const { return m_copySavedAt; }

    // A communication opened in full, or changed by an action: kept for reading offline, and
    // standing in for its row when a list saved before it is shown.
    void remember(const Communication &communication);
    // The saved copy of communication `id` (nullopt: none), to `done` on `context`'s thread unless `context` is gone.
    void savedCommunication(const QString &id, QObject *context, std::function<void(const SavedCommunication &)> done);
    // The account's copies go (signing out).
    void forget();

Q_SIGNALS:
    // The list (or the categories) now show the copy saved at `savedAt`.
    void copyShown(const QDateTime &savedAt);
    // The server cannot be reached and the list asked for was never saved.
    void noCopy();
    // Offline or back online: the banner and the status bar follow.
    void offlineChanged(bool offline);

private:
    void categoriesLoaded();
    void categoriesFailed(const ApiError &error);
    void listPageLoaded(const QList<CommunicationRow> &page, int first);
    void listFailed(const ApiError &error);
    void serverBack();
    void noteCopy(const QDateTime &savedAt);

    StoreThread *m_storeThread;
    std::shared_ptr<OfflineCache> m_cache; // touched only in jobs on m_storeThread
    CategoryTreeModel *m_categories;
    CommunicationListModel *m_list;
    ConnectivityMonitor *m_monitor;
    QDateTime m_copySavedAt;
    // The first rows of the list on screen, as the copy keeps them; touched only on m_storeThread.
    std::shared_ptr<QList<CommunicationRow>> m_keptRows = std::make_shared<QList<CommunicationRow>>();
};

} // namespace commdesk
