#include "Workspace.h"

#include "Account.h"
#include "AccountLock.h"
#include "CategoryTreeModel.h"
#include "Clock.h"
#include "CommunicationListModel.h"
#include "CommunicationSearch.h"
#include "ComposeLocalCopy.h"
#include "ComposeLookups.h"
#include "ComposeSender.h"
#include "ConnectionWatch.h"
#include "CrmConnection.h"
#include "CurrentCommunication.h"
#include "DeskPreferences.h"
#include "ListWatch.h"
#include "LocalDrafts.h"
#include "OfflineCache.h"
#include "Outbox.h"
#include "QueueWorkspace.h"
#include "SavedViewModel.h"
#include "Settings.h"
#include "UnsentWork.h"

#include <QDir>

namespace commdesk {

Workspace::Workspace(CrmConnection *connection, Settings *settings, const QString &dataFolder, Clock *clock,
                     QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_dataFolder(dataFolder)
    , m_clock(Clock::orSystem(clock))
    , m_account(new Account(connection, settings, this))
    , m_categories(new CategoryTreeModel(connection->configuration(), this))
    , m_list(new CommunicationListModel(connection->communications(), this))
{
    m_watch = new ConnectionWatch(connection, m_categories, m_list, &m_stores,
                                  QDir(dataFolder).filePath(QStringLiteral("offline-cache.sqlite")), this);
    m_current = new CurrentCommunication(connection->communications(), m_watch->offlineCopy(), this);
    m_listWatch = new ListWatch(connection->communications(), m_list, m_clock, this);
    m_preferences = new DeskPreferences(settings, m_list, m_listWatch, m_current, m_clock, this);
    m_savedViews = new SavedViewModel(settings, this);
    m_search = new CommunicationSearch(connection, &m_stores, dataFolder, this);
    // Whatever the desk loads or opens can be found again (docs/architecture.md "Search").
    connect(m_list, &CommunicationListModel::pageLoaded, m_search,
            [this](const QList<CommunicationRow> &page) { m_search->remember(page); });
    connect(m_current, &CurrentCommunication::shown, m_search,
            [this](const Communication &communication) { m_search->remember(communication); });
    connect(m_current, &CurrentCommunication::acted, m_search,
            [this](CurrentCommunication::Action, const Communication &communication) {
                m_search->remember(communication);
            });
    m_unsent = new UnsentWork(connection, &m_stores, dataFolder, m_clock, this);
    m_lookups = new ComposeLookups(connection->configuration(), this);
    m_queue = new QueueWorkspace(connection, settings, &m_stores, dataFolder, m_clock, this);
    connect(m_watch, &ConnectionWatch::reconnected, m_unsent->outbox(), &Outbox::retryNow);
    connect(m_account, &Account::signedOut, this, &Workspace::forgetAccount);
}

Workspace::~Workspace()
{
    // The parts go before the store thread, which then runs the writes they posted on their way out.
    delete m_queue;
    delete m_unsent;
    delete m_current;
    delete m_search;
    delete m_watch;
}

ComposeSender *Workspace::composeSender(UserQuestions *questions, QObject *parent) const
{
    return new ComposeSender(m_connection->communications(), questions, parent);
}

ComposeLocalCopy *Workspace::composeLocalCopy(std::function<std::optional<LocalDraft>()> snapshot,
                                              QObject *parent) const
{
    auto *copy = new ComposeLocalCopy(ComposeLocalCopy::kAutosaveDelay, std::move(snapshot), parent);
    copy->setClock(m_clock);
    copy->setStores(m_unsent->localDrafts(), m_unsent->outbox());
    return copy;
}

void Workspace::startAccount()
{
    m_watch->startAccount();
    const Credentials &c = m_connection->session()->credentials();
    const QString account =
        OfflineCache::accountKey(m_connection->client()->baseUrl(), c.organisation, c.username, c.apiKey);
    m_search->setAccount(account);
    if (!m_lock || !m_lock->isLocked()) {
        m_lock = std::make_unique<AccountLock>(account, m_dataFolder);
        if (!m_lock->tryLock()) {
            const std::optional<AccountLock::Holder> holder = m_lock->holder();
            m_lock.reset();
            Q_EMIT accountInUse(holder ? holder->toText() : QString());
            return;
        }
    }
    m_unsent->start();
}

void Workspace::forgetAccount()
{
    m_watch->forgetAccount();
    m_search->forgetAccount();
    m_lock.reset();
}

bool Workspace::holdsAccount() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace commdesk
