#include "ConnectionStatus.h"

#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "ConnectivityMonitor.h"
#include "CrmConnection.h"
#include "DisplayText.h"
#include "MessageBanner.h"
#include "OfflineCache.h"
#include "OfflineWorkspace.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace commdesk {

ConnectionStatus::ConnectionStatus(CrmConnection *connection, CategoryTreeModel *categories,
                                   CommunicationListModel *list, MessageBanner *listBanner, QMainWindow *window)
    : QObject(window)
    , m_connection(connection)
    , m_list(list)
    , m_listBanner(listBanner)
    , m_window(window)
{
    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("connectionLabel"));
    window->statusBar()->addPermanentWidget(m_label);
    connect(connection->session(), &Session::tokenChanged, this, &ConnectionStatus::show);

    m_storeThread = std::make_unique<StoreThread>();
    // The probe is the categories: cheap, and it signs in first when the window started offline.
    auto probe = [connection](QObject *owner, std::function<void()> done) {
        connection->configuration()->categories(owner, [done](const Result<QList<Category>> &) { done(); });
    };
    m_connectivity = new ConnectivityMonitor(connection->client(), probe, this);
    m_offline = new OfflineWorkspace(m_storeThread.get(), m_storeThread->make<OfflineCache>(), categories, list,
                                     m_connectivity, this);
    m_offline->open(OfflineCache::defaultPath());
    connect(m_offline, &OfflineWorkspace::copyShown, this, &ConnectionStatus::show);
    connect(m_offline, &OfflineWorkspace::noCopy, this, &ConnectionStatus::show);
    connect(m_offline, &OfflineWorkspace::offlineChanged, this, [this](bool offline) {
        show();
        if (!offline) {
            Q_EMIT reconnected();
            m_window->statusBar()->showMessage(
                tr("Connected again to %1.").arg(m_connection->client()->baseUrl().host()), 5000);
        }
    });
}

ConnectionStatus::~ConnectionStatus()
{
    delete m_offline; // before its store thread, which then closes the cache
}

void ConnectionStatus::startAccount()
{
    const Credentials &credentials = m_connection->session()->credentials();
    m_offline->setAccount(OfflineCache::accountKey(m_connection->client()->baseUrl(), credentials.organisation,
                                                   credentials.username, credentials.apiKey));
    m_connectivity->setActive(true);
}

void ConnectionStatus::forgetAccount()
{
    m_offline->forget();
    m_connectivity->setActive(false);
    show();
}

void ConnectionStatus::show()
{
    const Credentials &credentials = m_connection->session()->credentials();
    const QString who = credentials.usesApiKey() ? tr("API key") : credentials.username;
    const QString host = m_connection->client()->baseUrl().host();
    const bool offline = m_connectivity->isOffline();
    // What went wrong and since when, for whoever asks the helpdesk.
    m_label->setToolTip(offline ? tr("Offline since %1: %2")
                                      .arg(DisplayText::dateTime(m_connectivity->offlineSince()),
                                           m_connectivity->lastError().userText())
                                : QString());
    if (offline)
        m_label->setText(tr("Offline: %1 cannot be reached").arg(host));
    else if (m_connection->session()->hasToken())
        m_label->setText(tr("Signed in as %1 at %2").arg(who, host));
    else
        m_label->setText(tr("Not signed in"));
    if (!offline) {
        if (std::exchange(m_bannerSaysOffline, false))
            m_listBanner->hide();
        return;
    }
    QString text;
    if (m_offline->isShowingCopy())
        text = tr("The server cannot be reached. You are looking at what was last loaded, on %1. "
                  "CommDesk connects again by itself.")
                   .arg(DisplayText::dateTime(m_offline->copySavedAt()));
    else if (m_list->hasFilter() && m_list->rowCount() == 0)
        text = tr("The server cannot be reached, and this list was not loaded before. CommDesk connects "
                  "again by itself.");
    else
        text = tr("The server cannot be reached. CommDesk connects again by itself.");
    m_listBanner->showMessage(MessageBanner::Kind::Warning, text, tr("Try now"));
    m_bannerSaysOffline = true;
}

} // namespace commdesk
