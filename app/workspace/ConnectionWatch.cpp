#include "ConnectionWatch.h"

#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "ConnectivityMonitor.h"
#include "CrmConnection.h"
#include "OfflineCache.h"
#include "OfflineWorkspace.h"
#include "StoreThread.h"

namespace commdesk {

ConnectionWatch::ConnectionWatch(CrmConnection *connection, CategoryTreeModel *categories, CommunicationListModel *list,
                                 StoreThread *stores, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(connection->session(), &Session::tokenChanged, this, &ConnectionWatch::changed);
    // The probe is the categories: cheap, and it signs in first when the window started offline.
    auto probe = [connection](QObject *owner, std::function<void()> done) {
        connection->configuration()->categories(owner, [done](const Result<QList<Category>> &) { done(); });
    };
    m_connectivity = new ConnectivityMonitor(connection->client(), probe, this);
    m_offline = new OfflineWorkspace(stores, stores->make<OfflineCache>(), categories, list, m_connectivity, this);
    m_offline->open(cachePath);
    connect(m_offline, &OfflineWorkspace::copyShown, this, &ConnectionWatch::changed);
    connect(m_offline, &OfflineWorkspace::noCopy, this, &ConnectionWatch::changed);
    connect(m_offline, &OfflineWorkspace::offlineChanged, this, [this](bool offline) {
        Q_EMIT changed();
        if (!offline)
            Q_EMIT reconnected();
    });
}

ConnectionWatch::~ConnectionWatch() = default;

void ConnectionWatch::startAccount()
{
    const Credentials &credentials = m_connection->session()->credentials();
    m_offline->setAccount(OfflineCache::accountKey(m_connection->client()->baseUrl(), credentials.organisation,
                                                   credentials.username, credentials.apiKey));
    m_connectivity->setActive(true);
}

void ConnectionWatch::forgetAccount()
{
    m_offline->forget();
    m_connectivity->setActive(false);
    Q_EMIT changed();
}

bool ConnectionWatch::isOffline() const
{
    return m_connectivity->isOffline();
}

bool ConnectionWatch::isShowingCopy() const
{
    return m_offline->isShowingCopy();
}

QDateTime ConnectionWatch::copySavedAt() const
{
    return m_offline->copySavedAt();
}

bool ConnectionWatch::isSignedIn() const
{
    return m_connection->session()->hasToken();
}

QString ConnectionWatch::host() const
{
    return m_connection->client()->baseUrl().host();
}

QString ConnectionWatch::user() const
{
    const Credentials &credentials = m_connection->session()->credentials();
    return credentials.usesApiKey() ? QString() : credentials.username;
}

} // namespace commdesk
