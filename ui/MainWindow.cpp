#include "MainWindow.h"

#include "AccountController.h"
#include "BrowseSidebar.h"
#include "CategoryTreeModel.h"
#include "CommunicationActions.h"
#include "CommunicationFetcher.h"
#include "CommunicationListModel.h"
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "ConnectivityMonitor.h"
#include "DisplayText.h"
#include "ListFilterBar.h"
#include "MenuAction.h"
#include "MessageBanner.h"
#include "OfflineWorkspace.h"
#include "Outbox.h"
#include "QueueMonitorWidget.h"
#include "QueueTab.h"
#include "QueueWorkspace.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace commdesk {

MainWindow::MainWindow(CrmConnection *connection, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_categories(new CategoryTreeModel(connection->configuration(), this))
    , m_list(new CommunicationListModel(connection->communications(), this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(QStringLiteral("CommDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/commdesk.svg")));
    m_list->setPageSize(settings->value(setting::listPageSize));
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortRole(CommunicationListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    createActions();
    createLayout();
    // Nothing lost (docs/architecture.md "Rules of the house"): compose windows, their local drafts and the outbox.
    m_unsent = new UnsentWork(connection, settings, m_sidebar, this);
    connect(m_unsent, &UnsentWork::composeOpened, this, &MainWindow::composeOpened);
    connect(m_unsent, &UnsentWork::communicationSaved, this, &MainWindow::applyResult);
    m_connectionStatus = new ConnectionStatus(connection, m_categories, m_list, m_listBanner, this);
    connect(m_connectionStatus, &ConnectionStatus::reconnected, m_unsent->outbox(), &Outbox::retryNow);
    m_fetcher = new CommunicationFetcher(connection->communications(), offlineWorkspace(), m_detail, this);
    connect(m_fetcher, &CommunicationFetcher::shown, m_communicationActions, &CommunicationActions::update);
    restoreState();
    m_communicationActions->update();
    m_connectionStatus->show();

    // Failures for want of a connection are the offline banner's (ConnectionStatus).
    connect(m_categories, &CategoryTreeModel::loadFailed, this, [this](const ApiError &error) {
        if (error.meansUnreachable())
            return m_connectionStatus->show();
        m_listBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The categories could not be loaded: %1").arg(error.userText()), tr("Retry"));
    });
    connect(m_list, &CommunicationListModel::loadFailed, this, [this](const ApiError &error) {
        if (error.meansUnreachable())
            return m_connectionStatus->show();
        m_listBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The communications could not be loaded: %1").arg(error.userText()), tr("Retry"));
    });
    connect(m_listBanner, &MessageBanner::actionTriggered, this, [this] {
        if (connectivity()->isOffline())
            return connectivity()->probeNow();
        m_listBanner->hide();
        if (m_categories->rowCount() == 0)
            start();
        else
            m_list->reload();
    });
    auto showListStatus = [this] {
        const int rows = m_list->rowCount();
        if (m_list->isLoading())
            m_filterBar->setStatus(tr("Loading…"));
        else if (m_list->isCopy())
            m_filterBar->setStatus(rows == 1 ? tr("1 communication, saved copy")
                                             : tr("%1 communications, saved copy").arg(rows));
        else if (m_list->isComplete())
            m_filterBar->setStatus(rows == 1 ? tr("1 communication") : tr("%1 communications").arg(rows));
        else
            m_filterBar->setStatus(tr("%1 loaded, scroll for more").arg(rows));
    };
    connect(m_list, &CommunicationListModel::loadingChanged, this, showListStatus);
    connect(m_list, &CommunicationListModel::modelReset, this, showListStatus); // e.g. the saved copy
}

MainWindow::~MainWindow()
{
    // Compose windows keep unsaved typing on their way out: they go while the stores still exist.
    qDeleteAll(findChildren<ComposeDialog *>(Qt::FindDirectChildrenOnly));
}

QueueMonitorWidget *MainWindow::queueMonitor() const
{
    return m_queueTab->monitor();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                       const std::function<void()> &handler) {
        QAction *action = makeMenuAction(name, text, icon, shortcut, this);
        connect(action, &QAction::triggered, this, handler);
        return action;
    };
    m_new = make(QStringLiteral("newCommunication"), tr("&New"), QStringLiteral("compose"), QKeySequence::New, [this] {
        ComposeDialog::Prefill prefill;
        prefill.contact = m_list->filter().contact;
        prefill.category = m_list->filter().category;
        m_unsent->compose([prefill](ComposeDialog *dialog) { dialog->startNew(prefill); });
    });
    m_refresh =
        make(QStringLiteral("refresh"), tr("&Refresh"), QStringLiteral("refresh"), QKeySequence::Refresh, [this] {
            m_listBanner->hide();
            if (m_categories->rowCount() == 0)
                m_categories->reload();
            m_list->reload();
        });
    m_find = new QAction(tr("&Find in list"), this);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setShortcut(QKeySequence::Find);
    m_communicationActions = new CommunicationActions(
        m_connection, [this](const auto &setUp) { return m_unsent->compose(setUp); }, this);
    connect(m_communicationActions, &CommunicationActions::communicationChanged, this, &MainWindow::applyResult);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addAction(m_find);
    QMenu *communication = menuBar()->addMenu(tr("&Communication"));
    communication->addActions(m_communicationActions->actions());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CommDesk"), this, [this] {
        QMessageBox::about(this, tr("About CommDesk"),
                           tr("<h3>CommDesk %1</h3><p>A desktop client for CRM.COM customer communications.</p>"
                              "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    // Sign out, profiles, network settings, the diagnostic log and the re-sign-in over this window.
    auto *account = new AccountController(m_connection, m_settings, this);
    account->setObjectName(QStringLiteral("accountController"));
    account->addTo(file, quit, help);
    connect(account, &AccountController::signedIn, this, &MainWindow::start);
    connect(account, &AccountController::signedOut, this, [this] { m_connectionStatus->forgetAccount(); });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_new, m_refresh});
}

void MainWindow::createLayout()
{
    m_sidebar = new BrowseSidebar(m_categories, m_settings, this);
    m_filterBar = new ListFilterBar(this);
    m_listBanner = new MessageBanner(this);
    m_listView = new CommunicationTable(m_proxy, m_settings, this);
    m_detail = new CommunicationView(this);
    m_communicationActions->attachTo(m_detail);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 6, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_listBanner);
    listLayout->addWidget(m_listView, 1);

    m_listSplitter = new QSplitter(Qt::Vertical, this);
    m_listSplitter->addWidget(listPane);
    m_listSplitter->addWidget(m_detail);
    m_listSplitter->setStretchFactor(0, 1);
    m_listSplitter->setStretchFactor(1, 1);
    m_listSplitter->setSizes({480, 420});
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_listSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({300, 1100});
    // For now the window makes the queue's workspace, with a store thread of its own.
    auto *queueWorkspace =
        new QueueWorkspace(m_connection, m_settings, nullptr,
                           QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation), nullptr, this);
    m_queueTab = new QueueTab(queueWorkspace, this);
    connect(m_queueTab, &QueueTab::openCommunicationRequested, this, &MainWindow::showCommunication);
    connect(m_queueTab, &QueueTab::composeOpened, this, &MainWindow::composeOpened);
    m_queueTab->setComposeOpener([this](const auto &setUp) { return m_unsent->compose(setUp); });
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->addTab(m_mainSplitter, tr("Communications"));
    m_tabs->addTab(m_queueTab, tr("Queue"));
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(go, &QAction::triggered, m_tabs, [this, tab] { m_tabs->setCurrentIndex(tab); });
        addAction(go);
    }
    setCentralWidget(m_tabs);
    // The window's Refresh reloads the communications list. On the Queue tab each view has its own F5,
    // and two live F5 shortcuts would be ambiguous, so that neither fired.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_refresh->setEnabled(m_tabs->widget(index) != m_queueTab); });

    connect(m_sidebar, &BrowseSidebar::categoryChosen, this, &MainWindow::openCategory);
    connect(m_sidebar, &BrowseSidebar::contactChosen, this, &MainWindow::openContact);
    connect(m_filterBar, &ListFilterBar::serverFilterChanged, this, &MainWindow::applyServerFilter);
    connect(m_filterBar, &ListFilterBar::quickFilterChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_find, &QAction::triggered, this, [this] {
        m_filterBar->quickFilter()->setFocus();
        m_filterBar->quickFilter()->selectAll();
    });
    // A short pause before fetching lets the arrow keys run through the list without a request per row.
    auto *selectionDelay = new QTimer(this);
    selectionDelay->setSingleShot(true);
    selectionDelay->setInterval(120);
    connect(selectionDelay, &QTimer::timeout, this, &MainWindow::showSelected);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, selectionDelay,
            qOverload<>(&QTimer::start));
    connect(m_listView, &QTableView::activated, m_communicationActions, &CommunicationActions::activate);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        // A refresh (or the server coming back) keeps the communication being read in view.
        if (const std::optional<Communication> &shown = m_detail->communication())
            m_reselectId = shown->id;
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->clear();
        m_communicationActions->update();
    });
    auto reselect = [this] {
        const QString id = std::exchange(m_reselectId, {});
        if (!id.isEmpty() && m_list->rowOfId(id) >= 0)
            showCommunication(id);
    };
    connect(m_list, &CommunicationListModel::pageLoaded, this, reselect);
    connect(m_list, &CommunicationListModel::modelReset, this, [this, reselect] {
        if (m_list->isCopy())
            reselect();
    });
}

void MainWindow::restoreState()
{
    // Qt moves restored geometry onto a screen that exists; a first start takes most of the screen.
    if (!restoreGeometry(m_settings->value(setting::mainWindowGeometry))) {
        const QRect available = screen()->availableGeometry();
        resize(std::min(1440, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    QMainWindow::restoreState(m_settings->value(setting::mainWindowState));
    m_mainSplitter->restoreState(m_settings->value(setting::mainSplitter));
    m_listSplitter->restoreState(m_settings->value(setting::listSplitter));

    // Saved on change, so a crash does not lose the layout (docs/architecture.md "Rules of the house").
    connect(m_mainSplitter, &QSplitter::splitterMoved, this,
            [this] { m_settings->setValue(setting::mainSplitter, m_mainSplitter->saveState()); });
    connect(m_listSplitter, &QSplitter::splitterMoved, this,
            [this] { m_settings->setValue(setting::listSplitter, m_listSplitter->saveState()); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(setting::mainWindowGeometry, saveGeometry());
    m_settings->setValue(setting::mainWindowState, QMainWindow::saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::start()
{
    m_connectionStatus->startAccount();
    m_listBanner->hide();
    m_connectionStatus->show();
    m_unsent->start();
    m_queueTab->start();
    m_categories->reload();
    connect(
        m_categories, &CategoryTreeModel::loaded, this,
        [this] {
            QString id = m_settings->value(setting::lastCategoryId);
            if (!m_categories->indexOfId(id).isValid() && m_categories->rowCount() > 0)
                id = m_categories->index(0, 0).data(CategoryTreeModel::CategoryIdRole).toString();
            if (!m_list->hasFilter() && !id.isEmpty())
                m_sidebar->selectCategory(id);
        },
        Qt::SingleShotConnection);
}

void MainWindow::openCategory(const QString &id, const QString &name)
{
    m_settings->setValue(setting::lastCategoryId, id);
    CommunicationsApi::ListFilter filter;
    filter.category = Identifier::byId(id);
    openList(filter, name);
}

void MainWindow::openContact(const Identifier &contact)
{
    m_sidebar->clearCategorySelection();
    CommunicationsApi::ListFilter filter;
    filter.contact = contact;
    openList(filter, tr("Contact %1").arg(contact.value));
}

void MainWindow::openList(CommunicationsApi::ListFilter filter, const QString &title)
{
    m_listTitle = title;
    filter.direction = m_filterBar->direction();
    filter.media = m_filterBar->media();
    m_filterBar->setTitle(title);
    setWindowTitle(tr("%1 — CommDesk").arg(title));
    m_listBanner->hide();
    m_list->setFilter(filter);
}

void MainWindow::applyServerFilter()
{
    CommunicationsApi::ListFilter filter = m_list->filter();
    filter.direction = m_filterBar->direction();
    filter.media = m_filterBar->media();
    if (filter.category || filter.contact)
        m_list->setFilter(filter);
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_listView->currentIndex());
    const Communication *summary = m_list->communicationAt(current.row());
    if (!summary) {
        m_fetcher->cancel();
        m_detail->clear();
        m_communicationActions->update();
        return;
    }
    m_fetcher->fetch(summary->id, summary->number);
}

void MainWindow::showCommunication(const QString &id)
{
    m_tabs->setCurrentWidget(m_mainSplitter);
    const int row = m_list->rowOfId(id);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_list->index(row, 0));
        if (index.isValid()) {
            m_listView->setCurrentIndex(index);
            m_listView->scrollTo(index);
            return;
        }
    }
    m_fetcher->fetch(id, id);
}

void MainWindow::applyResult(const Communication &communication)
{
    const bool inList = m_list->rowOfId(communication.id) >= 0;
    const CommunicationsApi::ListFilter &filter = m_list->filter();
    const bool belongs =
        (filter.category && communication.category && communication.category->id == filter.category->value)
        || (filter.contact && communication.contact
            && (communication.contact->number == filter.contact->value
                || communication.contact->id == filter.contact->value));
    if (inList || belongs)
        m_list->upsert(communication);
    offlineWorkspace()->remember(communication);
    if (m_detail->communication() && m_detail->communication()->id == communication.id) {
        m_detail->showCommunication(communication);
        m_communicationActions->update();
    }
}

} // namespace commdesk
