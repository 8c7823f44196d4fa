#include "MainWindow.h"

#include "AccountController.h"
#include "BrowseSidebar.h"
#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "ConnectivityMonitor.h"
#include "DisplayText.h"
#include "ListFilterBar.h"
#include "LocalDraftStore.h"
#include "MessageBanner.h"
#include "OfflineCache.h"
#include "OfflineWorkspace.h"
#include "Outbox.h"
#include "OutboxPanel.h"
#include "QueueMonitorWidget.h"
#include "SafeTextBrowser.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
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
    createLocalStores();
    restoreState();
    updateActions();
    showOfflineState();

    // Failures for want of a connection are the offline banner's (showOfflineState).
    connect(m_categories, &CategoryTreeModel::loadFailed, this, [this](const ApiError &error) {
        if (error.meansUnreachable())
            return showOfflineState();
        m_listBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The categories could not be loaded: %1").arg(error.userText()), tr("Retry"));
    });
    connect(m_list, &CommunicationListModel::loadFailed, this, [this](const ApiError &error) {
        if (error.meansUnreachable())
            return showOfflineState();
        m_listBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The communications could not be loaded: %1").arg(error.userText()), tr("Retry"));
    });
    connect(m_listBanner, &MessageBanner::actionTriggered, this, [this] {
        if (m_connectivity->isOffline())
            return m_connectivity->probeNow();
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

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                       const std::function<void()> &handler) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(shortcut.isEmpty()
                               ? text
                               : QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                               shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, handler);
        return action;
    };
    m_new = make(QStringLiteral("newCommunication"), tr("&New"), QStringLiteral("compose"), QKeySequence::New, [this] {
        ComposeDialog::Prefill prefill;
        prefill.contact = m_list->filter().contact;
        prefill.category = m_list->filter().category;
        compose([prefill](ComposeDialog *dialog) { dialog->startNew(prefill); });
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
    m_edit = make(QStringLiteral("edit"), tr("&Edit draft"), QStringLiteral("compose"),
                  QKeySequence(Qt::CTRL | Qt::Key_E), [this] { editCurrent(); });
    m_complete = make(QStringLiteral("complete"), tr("&Complete"), QStringLiteral("complete"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { completeCurrent(); });
    m_markViewed = make(QStringLiteral("markViewed"), tr("Mark as &viewed"), QStringLiteral("viewed"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { markCurrentViewed(); });
    m_followUp = make(QStringLiteral("followUp"), tr("&Follow up"), QStringLiteral("follow-up"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { followUpCurrent(); });
    m_copyNumber = make(QStringLiteral("copyNumber"), tr("Copy &number"), QStringLiteral("copy"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyCurrentNumber(); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addAction(m_find);
    QMenu *communication = menuBar()->addMenu(tr("&Communication"));
    communication->addActions({m_edit, m_complete, m_markViewed, m_followUp, m_copyNumber});
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
    connect(account, &AccountController::signedOut, this, [this] {
        // Signing out leaves nothing of the account's communications on this computer.
        m_offline->forget();
        m_connectivity->setActive(false);
        showOfflineState();
    });

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
    m_detail->setActions({m_edit, m_complete, m_markViewed, m_followUp, m_copyNumber});

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
    m_queueMonitor = new QueueMonitorWidget(
        m_connection, m_settings, QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation), this);
    connect(m_queueMonitor, &QueueMonitorWidget::openCommunicationRequested, this, &MainWindow::showCommunication);
    connect(m_queueMonitor, &QueueMonitorWidget::composeOpened, this, &MainWindow::composeOpened);
    m_queueMonitor->setComposeOpener([this](const auto &setUp) { return compose(setUp); });
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->addTab(m_mainSplitter, tr("Communications"));
    m_tabs->addTab(m_queueMonitor, tr("Queue"));
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(go, &QAction::triggered, m_tabs, [this, tab] { m_tabs->setCurrentIndex(tab); });
        addAction(go);
    }
    setCentralWidget(m_tabs);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_connection->session(), &Session::tokenChanged, this, &MainWindow::showOfflineState);

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
    connect(m_listView, &QTableView::activated, this, &MainWindow::activateCurrent);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        // A refresh (or the server coming back) keeps the communication being read in view.
        if (const std::optional<Communication> &shown = m_detail->communication())
            m_reselectId = shown->id;
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->clear();
        updateActions();
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

    // Saved on change, so a crash does not lose the layout (DESIGN.md §3).
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

void MainWindow::createLocalStores()
{
    m_localDrafts = std::make_unique<LocalDraftStore>();
    if (!m_localDrafts->open(LocalDraftStore::defaultPath()))
        qWarning("local drafts unavailable: %s", qPrintable(m_localDrafts->errorText()));
    m_outboxStore = std::make_unique<OutboxStore>();
    if (!m_outboxStore->open(OutboxStore::defaultPath()))
        qWarning("outbox unavailable: %s", qPrintable(m_outboxStore->errorText()));
    m_outbox = new Outbox(m_outboxStore.get(), m_connection->communications(), this);
    m_outboxPanel = new OutboxPanel(m_localDrafts.get(), m_outbox, m_sidebar);
    m_sidebar->addSection(m_outboxPanel);
    connect(m_outboxPanel, &OutboxPanel::openLocalDraft, this, [this](const LocalDraft &draft) {
        compose([draft](ComposeDialog *dialog) { dialog->restoreLocalDraft(draft); });
    });
    connect(m_outboxPanel, &OutboxPanel::editOutboxItem, this, [this](const OutboxItem &item) {
        compose([this, item](ComposeDialog *dialog) {
            if (!dialog->editOutboxItem(item)) {
                statusBar()->showMessage(tr("This item is being sent or checked; try again in a moment."), 5000);
                dialog->deleteLater();
            }
        });
    });
    connect(m_outbox, &Outbox::sent, this, [this](qint64, const Communication &communication) {
        statusBar()->showMessage(tr("%1 sent from the outbox.").arg(communication.number), 5000);
    });
    createOfflineWorkspace();
}

void MainWindow::createOfflineWorkspace()
{
    m_offlineCache = std::make_unique<OfflineCache>();
    if (!m_offlineCache->open(OfflineCache::defaultPath()))
        qWarning("offline copy unavailable: %s", qPrintable(m_offlineCache->errorText()));
    // The probe is the categories: cheap, and it signs in first when the window started offline.
    auto probe = [this](QObject *owner, std::function<void()> done) {
        m_connection->configuration()->categories(owner, [done](const Result<QList<Category>> &) { done(); });
    };
    m_connectivity = new ConnectivityMonitor(m_connection->client(), probe, this);
    m_offline = new OfflineWorkspace(m_offlineCache.get(), m_categories, m_list, m_connectivity, this);
    connect(m_offline, &OfflineWorkspace::copyShown, this, &MainWindow::showOfflineState);
    connect(m_offline, &OfflineWorkspace::noCopy, this, &MainWindow::showOfflineState);
    connect(m_offline, &OfflineWorkspace::offlineChanged, this, [this](bool offline) {
        showOfflineState();
        if (!offline) {
            m_outbox->retryNow(); // what waited for the server goes now
            statusBar()->showMessage(tr("Connected again to %1.").arg(m_connection->client()->baseUrl().host()), 5000);
        }
    });
}

void MainWindow::showOfflineState()
{
    const Credentials &credentials = m_connection->session()->credentials();
    const QString who = credentials.usesApiKey() ? tr("API key") : credentials.username;
    const QString host = m_connection->client()->baseUrl().host();
    const bool offline = m_connectivity && m_connectivity->isOffline();
    if (offline)
        m_connectionLabel->setText(tr("Offline: %1 cannot be reached").arg(host));
    else if (m_connection->session()->hasToken())
        m_connectionLabel->setText(tr("Signed in as %1 at %2").arg(who, host));
    else
        m_connectionLabel->setText(tr("Not signed in"));
    if (!m_offline)
        return;
    if (!offline) {
        if (m_listBanner->property("offline").toBool())
            m_listBanner->hide();
        m_listBanner->setProperty("offline", false);
        return;
    }
    QString text;
    if (m_offline->isShowingCopy())
        text = tr("The server cannot be reached. You are looking at what was last loaded, on %1. "
                  "CommDesk connects again by itself.")
                   .arg(QLocale().toString(m_offline->copySavedAt().toLocalTime(), QLocale::ShortFormat));
    else if (m_list->hasFilter() && m_list->rowCount() == 0)
        text = tr("The server cannot be reached, and this list was not loaded before. CommDesk connects "
                  "again by itself.");
    else
        text = tr("The server cannot be reached. CommDesk connects again by itself.");
    m_listBanner->showMessage(MessageBanner::Kind::Warning, text, tr("Try now"));
    m_listBanner->setProperty("offline", true);
}

void MainWindow::start()
{
    const Credentials &credentials = m_connection->session()->credentials();
    m_offline->setAccount(OfflineCache::accountKey(m_connection->client()->baseUrl(), credentials.organisation,
                                                   credentials.username, credentials.apiKey));
    m_connectivity->setActive(true);
    m_listBanner->hide();
    showOfflineState();
    m_outbox->start();
    const QList<LocalDraft> recovered = m_localDrafts->drafts();
    m_outboxPanel->setRecoveredDrafts(recovered);
    if (!recovered.isEmpty())
        statusBar()->showMessage(
            recovered.size() == 1
                ? tr("A communication typed before CommDesk closed can be opened under “Not yet sent”.")
                : tr("%1 communications typed before CommDesk closed can be opened under “Not yet sent”.")
                      .arg(recovered.size()));
    m_queueMonitor->start();
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
    m_listTitle = name;
    CommunicationsApi::ListFilter filter;
    filter.category = Identifier::byId(id);
    filter.direction = m_filterBar->direction();
    filter.media = m_filterBar->media();
    m_filterBar->setTitle(name);
    setWindowTitle(tr("%1 — CommDesk").arg(name));
    m_listBanner->hide();
    m_list->setFilter(filter);
}

void MainWindow::openContact(const Identifier &contact)
{
    m_sidebar->clearCategorySelection();
    m_listTitle = tr("Contact %1").arg(contact.value);
    CommunicationsApi::ListFilter filter;
    filter.contact = contact;
    filter.direction = m_filterBar->direction();
    filter.media = m_filterBar->media();
    m_filterBar->setTitle(m_listTitle);
    setWindowTitle(tr("%1 — CommDesk").arg(m_listTitle));
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
        delete m_showRequest;
        m_detail->clear();
        updateActions();
        return;
    }
    fetchDetail(summary->id, summary->number);
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
    fetchDetail(id, id);
}

void MainWindow::fetchDetail(const QString &id, const QString &label)
{
    delete m_showRequest; // a newer selection cancels the older request
    m_detail->showLoading(label);
    auto *request = new QObject(this);
    m_showRequest = request;
    m_connection->communications()->show(
        request, Identifier::byId(id), {}, [this, request, id](const Result<Communication> &result) {
            request->deleteLater();
            if (result.ok()) {
                m_offline->remember(result.value());
                m_detail->showCommunication(result.value());
            } else if (!result.error().meansUnreachable()) {
                m_detail->clear(); // the pane never shows one communication while the list selects another
                m_detail->showError(result.error().userText());
            } else if (const auto copy = m_offline->savedCommunication(id)) {
                m_detail->showCommunication(copy->value);
                m_detail->banner()->showMessage(
                    MessageBanner::Kind::Information,
                    tr("The server cannot be reached: this is the copy saved on %1, and it may have changed since.")
                        .arg(QLocale().toString(copy->savedAt.toLocalTime(), QLocale::ShortFormat)));
            } else {
                m_detail->clear();
                m_detail->showError(tr("The server cannot be reached, and this communication was not opened "
                                       "before, so there is no copy of it to show."));
            }
            updateActions();
        });
}

void MainWindow::updateActions()
{
    const std::optional<Communication> &c = m_detail->communication();
    const bool draft = c && c->lifeCycleState == LifeCycleState::Draft;
    m_edit->setEnabled(draft);
    m_complete->setEnabled(draft);
    m_markViewed->setEnabled(c && c->lifeCycleState == LifeCycleState::Completed && c->viewed == false);
    m_followUp->setEnabled(c && c->contact.has_value());
    m_copyNumber->setEnabled(c && !c->number.isEmpty());
}

void MainWindow::activateCurrent()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (c && c->lifeCycleState == LifeCycleState::Draft)
        editCurrent();
    else
        m_detail->contentView()->setFocus();
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
    m_offline->rememberChange(communication);
    if (m_detail->communication() && m_detail->communication()->id == communication.id) {
        m_detail->showCommunication(communication);
        updateActions();
    }
}

void MainWindow::reportActionError(const ApiError &error)
{
    m_detail->showError(error.userText());
    statusBar()->showMessage(error.userText(), 8000);
}

void MainWindow::completeCurrent()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (!c)
        return;
    m_complete->setEnabled(false);
    m_connection->communications()->complete(this, Identifier::byId(c->id), [this](const Result<Communication> &r) {
        if (!r.ok())
            return reportActionError(r.error()), updateActions();
        applyResult(r.value());
        statusBar()->showMessage(tr("%1 completed.").arg(r.value().number), 5000);
    });
}

void MainWindow::markCurrentViewed()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (!c)
        return;
    m_markViewed->setEnabled(false);
    m_connection->communications()->setAsViewed(
        this, Identifier::byId(c->id), {}, [this](const Result<Communication> &r) {
            if (!r.ok())
                return reportActionError(r.error()), updateActions();
            applyResult(r.value());
            statusBar()->showMessage(tr("%1 marked as viewed.").arg(r.value().number), 5000);
        });
}

void MainWindow::editCurrent()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (c && c->lifeCycleState == LifeCycleState::Draft)
        compose([draft = *c](ComposeDialog *dialog) { dialog->editDraft(draft); });
}

void MainWindow::followUpCurrent()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (!c || !c->contact)
        return;
    ComposeDialog::Prefill prefill;
    prefill.contact = Identifier::byNumber(c->contact->number);
    prefill.media = c->media;
    prefill.direction = Direction::Outgoing;
    if (c->category)
        prefill.category = Identifier::byId(c->category->id);
    prefill.subject = c->subject.startsWith(tr("Re: ")) ? c->subject : tr("Re: ") + c->subject;
    if (c->direction == Direction::Incoming || c->media == Media::Email || c->media == Media::Sms)
        prefill.to = c->to;
    prefill.referringTo = ReferringTo {ReferringEntity::Communications, c->id, c->number};
    compose([prefill](ComposeDialog *dialog) { dialog->startNew(prefill); });
}

void MainWindow::copyCurrentNumber()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (!c)
        return;
    QGuiApplication::clipboard()->setText(c->number);
    statusBar()->showMessage(tr("Copied %1.").arg(c->number), 3000);
}

ComposeDialog *MainWindow::compose(const std::function<void(ComposeDialog *)> &setUp)
{
    auto *dialog = new ComposeDialog(m_connection, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocalStores(m_localDrafts.get(), m_outbox);
    connect(dialog, &ComposeDialog::queuedInOutbox, this, [this] {
        statusBar()->showMessage(tr("The server could not be reached: the communication waits in the outbox."), 8000);
    });
    connect(dialog, &ComposeDialog::communicationSaved, this, [this](const Communication &communication) {
        applyResult(communication);
        statusBar()->showMessage(communication.lifeCycleState == LifeCycleState::Draft
                                     ? tr("Draft %1 saved.").arg(communication.number)
                                     : tr("%1 sent.").arg(communication.number),
                                 5000);
    });
    setUp(dialog);
    dialog->show();
    Q_EMIT composeOpened(dialog);
    return dialog;
}

} // namespace commdesk
