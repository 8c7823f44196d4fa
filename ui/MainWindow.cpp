#include "MainWindow.h"

#include "Account.h"
#include "AccountMenu.h"
#include "Announcer.h"
#include "ApiClient.h"
#include "BrowseSidebar.h"
#include "CategoryTreeModel.h"
#include "CommunicationActions.h"
#include "CommunicationListModel.h"
#include "CommunicationSearch.h"
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "ConnectionLabel.h"
#include "ConnectionWatch.h"
#include "ConnectivityMonitor.h"
#include "CrmConnection.h"
#include "CurrentCommunication.h"
#include "DeskPreferences.h"
#include "DisplayText.h"
#include "KeyboardShortcuts.h"
#include "ListExporter.h"
#include "ListFilterBar.h"
#include "ListWatch.h"
#include "LocalDrafts.h"
#include "MenuAction.h"
#include "MessageBanner.h"
#include "OfflineWorkspace.h"
#include "Outbox.h"
#include "OutboxPanel.h"
#include "PaletteIcon.h"
#include "PaneNavigation.h"
#include "PreferencesDialog.h"
#include "QueueMonitorWidget.h"
#include "QueueMonitoring.h"
#include "QueueTab.h"
#include "SavedViewList.h"
#include "SavedViewModel.h"
#include "SearchField.h"
#include "SearchResultModel.h"
#include "SearchResultsView.h"
#include "Settings.h"
#include "ShortcutsDialog.h"
#include "Theme.h"
#include "UnsentWork.h"
#include "Zoom.h"

#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace commdesk {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_connection(workspace->connection())
    , m_settings(workspace->settings())
    , m_categories(workspace->categories())
    , m_list(workspace->list())
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(QStringLiteral("CommDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/commdesk.svg")));
    m_proxy->setSourceModel(m_list);
    m_proxy->setSortRole(CommunicationListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    createActions();
    createLayout();
    m_zoom->follow(m_listView);
    m_zoom->follow(m_detail);
    createComposeShortcuts();
    // Every action exists now: the user's own shortcuts replace the ones they came with.
    m_shortcuts = std::make_unique<KeyboardShortcuts>(this, m_settings);
    m_shortcuts->apply();
    connectUnsentWork();
    ConnectionWatch *watch = workspace->connectionWatch();
    m_announcer = new Announcer(this);
    statusBar()->addWidget(m_announcer, 1);
    statusBar()->addPermanentWidget(new ConnectionLabel(watch, this));
    connect(watch, &ConnectionWatch::changed, this, &MainWindow::showConnection);
    connect(watch, &ConnectionWatch::reconnected, this,
            [this] { announce(tr("Connected again to %1.").arg(m_workspace->connectionWatch()->host())); });
    connect(workspace, &Workspace::accountInUse, this, [this](const QString &holder) {
        m_listBanner->showMessage(MessageBanner::Kind::Warning,
                                  tr("This account is open in another CommDesk (%1). This window does not send the "
                                     "outbox or recover drafts, so that nothing is sent twice.")
                                      .arg(holder.isEmpty() ? tr("elsewhere") : holder));
    });
    restoreState();
    showConnection();

    // Failures for want of a connection are the offline banner's (showConnection).
    connect(m_categories, &CategoryTreeModel::loadFailed, this, [this](const ApiError &error) {
        if (error.meansUnreachable())
            return showConnection();
        m_listBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The categories could not be loaded: %1").arg(error.userText()), tr("Retry"));
    });
    connect(m_list, &CommunicationListModel::loadFailed, this, [this](const ApiError &error) {
        if (error.meansUnreachable())
            return showConnection();
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
    connect(m_list, &CommunicationListModel::loadingChanged, this, &MainWindow::showListStatus);
    connect(m_list, &CommunicationListModel::loadingAllChanged, this, &MainWindow::showListStatus);
    connect(m_list, &CommunicationListModel::modelReset, this, &MainWindow::showListStatus); // e.g. the saved copy
    connect(m_listView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &MainWindow::showListStatus);
    connect(m_filterBar, &ListFilterBar::loadAllRequested, m_list, &CommunicationListModel::loadAll);
    connect(m_filterBar, &ListFilterBar::loadAllCancelled, m_list, &CommunicationListModel::cancelLoadAll);
}

// What the list holds, and what a sort covers: the server sends newest first and cannot sort, so
// a sort by another column orders the rows loaded so far, and says so.
void MainWindow::showListStatus()
{
    const int rows = m_list->rowCount();
    const QHeaderView *header = m_listView->horizontalHeader();
    const bool serverOrder = header->sortIndicatorSection() == CommunicationListModel::Date
        && header->sortIndicatorOrder() == Qt::DescendingOrder;
    ListFilterBar::LoadAll loadAll = ListFilterBar::LoadAll::Hidden;
    if (m_list->isLoadingAll()) {
        m_filterBar->setStatus(tr("Loading the whole list…"));
        loadAll = ListFilterBar::LoadAll::Running;
    } else if (m_list->isLoading()) {
        m_filterBar->setStatus(tr("Loading…"));
    } else if (m_list->isCopy()) {
        m_filterBar->setStatus(rows == 1 ? tr("1 communication, saved copy")
                                         : tr("%1 communications, saved copy").arg(rows));
    } else if (m_list->isComplete()) {
        m_filterBar->setStatus(rows == 1 ? tr("1 communication") : tr("%1 communications").arg(rows));
    } else if (!serverOrder && rows > 0) {
        const QString column = m_list->headerData(header->sortIndicatorSection(), Qt::Horizontal).toString();
        m_filterBar->setStatus(tr("Sorted by %1 among the %2 loaded").arg(column.toLower()).arg(rows));
        loadAll = ListFilterBar::LoadAll::Offered;
    } else {
        m_filterBar->setStatus(tr("%1 loaded, scroll for more").arg(rows));
    }
    m_filterBar->setLoadAll(loadAll, rows);
}

MainWindow::~MainWindow()
{
    // Compose windows keep unsaved typing on their way out: they go while the stores still exist.
    qDeleteAll(findChildren<ComposeDialog *>(Qt::FindDirectChildrenOnly));
}

Outbox *MainWindow::outbox() const
{
    return m_workspace->unsentWork()->outbox();
}

LocalDrafts *MainWindow::localDrafts() const
{
    return m_workspace->unsentWork()->localDrafts();
}

ConnectivityMonitor *MainWindow::connectivity() const
{
    return m_workspace->connectionWatch()->connectivity();
}

OfflineWorkspace *MainWindow::offlineWorkspace() const
{
    return m_workspace->connectionWatch()->offlineCopy();
}

void MainWindow::showStatus(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
}

void MainWindow::announce(const QString &text)
{
    // In the status bar, as a notification that screen readers speak whatever has the focus.
    statusBar()->clearMessage();
    m_announcer->say(text, std::chrono::seconds(8));
    Q_EMIT announced(text);
}

// Nothing lost (docs/architecture.md "Nothing lost"): the "Not yet sent" panel over the local drafts and the outbox.
void MainWindow::connectUnsentWork()
{
    UnsentWork *unsent = m_workspace->unsentWork();
    m_outboxPanel = new OutboxPanel(unsent->localDrafts(), unsent->outbox(), m_sidebar);
    m_sidebar->addSection(m_outboxPanel);
    connect(m_outboxPanel, &OutboxPanel::openLocalDraft, this, [this](const LocalDraft &draft) {
        compose([draft](ComposeDialog *dialog) { dialog->restoreLocalDraft(draft); });
    });
    connect(m_outboxPanel, &OutboxPanel::editOutboxItem, this, [this](const OutboxItem &item) {
        compose([this, item](ComposeDialog *dialog) {
            if (!dialog->editOutboxItem(item)) {
                showStatus(tr("This item is being sent or checked; try again in a moment."), 5000);
                dialog->deleteLater();
            }
        });
    });
    connect(unsent->outbox(), &Outbox::sent, this, [this](qint64, const Communication &communication) {
        announce(tr("%1 sent from the outbox.").arg(communication.number));
    });
    // A broken file is moved aside, never obeyed in silence (docs/architecture.md "Nothing lost").
    connect(unsent->localDrafts(), &LocalDrafts::recovered, this, [this](const LocalDatabase::Recovery &recovery) {
        m_listBanner->showMessage(
            MessageBanner::Kind::Warning,
            tr("The file of drafts kept on this computer was damaged. It was put aside as %1 and a new one started "
               "with what could still be read (%n item(s)); typing is kept again from now on.",
               nullptr, recovery.rowsKept)
                .arg(QDir::toNativeSeparators(recovery.movedTo)));
    });
    connect(unsent->outbox(), &Outbox::changed, this, [this, outbox = unsent->outbox()] {
        if (!outbox->recovery() || std::exchange(m_outboxRecoveryShown, true))
            return;
        m_listBanner->showMessage(
            MessageBanner::Kind::Warning,
            tr("The outbox file was damaged. It was put aside as %1 and a new one started with what could still be "
               "read (%n item(s)).",
               nullptr, outbox->recovery()->rowsKept)
                .arg(QDir::toNativeSeparators(outbox->recovery()->movedTo)));
    });
    connect(unsent, &UnsentWork::draftsLeftBehind, this, [this](const QList<LocalDraft> &recovered) {
        m_outboxPanel->setRecoveredDrafts(recovered);
        if (!recovered.isEmpty())
            showStatus(recovered.size() == 1
                           ? tr("A communication typed before CommDesk closed can be opened under “Not yet sent”.")
                           : tr("%1 communications typed before CommDesk closed can be opened under “Not yet sent”.")
                                 .arg(recovered.size()));
    });
}

void MainWindow::createComposeShortcuts()
{
    const QString place = tr("Compose window");
    const auto make = [this, &place](const QString &name, const QString &text, const QList<QKeySequence> &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        KeyboardShortcuts::setOtherWindow(action, place);
        return action;
    };
    m_composeSend = make(QStringLiteral("composeSend"), tr("Send"), ComposeDialog::defaultSendKeys());
    m_composeSaveDraft =
        make(QStringLiteral("composeSaveDraft"), tr("Save as draft"), ComposeDialog::defaultSaveDraftKeys());
}

ComposeDialog *MainWindow::compose(const std::function<void(ComposeDialog *)> &setUp)
{
    // A child of the window, which closes its compose windows first when it goes (~MainWindow).
    auto *dialog = new ComposeDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Its keys are the ones listed in Help > Keyboard shortcuts, also when changed while it is open.
    const auto followShortcuts = [this, dialog] {
        dialog->setShortcuts(m_composeSend->shortcuts(), m_composeSaveDraft->shortcuts());
    };
    followShortcuts();
    connect(m_composeSend, &QAction::changed, dialog, followShortcuts);
    connect(m_composeSaveDraft, &QAction::changed, dialog, followShortcuts);
    m_zoom->follow(dialog);
    connect(dialog, &ComposeDialog::queuedInOutbox, this, [this] {
        showStatus(tr("The server could not be reached: the communication waits in the outbox."), 8000);
    });
    connect(dialog, &ComposeDialog::communicationSaved, this, [this](const Communication &communication) {
        showInList(communication);
        m_workspace->current()->apply(communication);
        announce(communication.lifeCycleState == LifeCycleState::Draft ? tr("Draft %1 saved.").arg(communication.number)
                                                                       : tr("%1 sent.").arg(communication.number));
    });
    setUp(dialog);
    dialog->show();
    Q_EMIT composeOpened(dialog);
    return dialog;
}

void MainWindow::showConnection()
{
    const ConnectionWatch *watch = m_workspace->connectionWatch();
    if (!watch->isOffline()) {
        if (std::exchange(m_bannerSaysOffline, false))
            m_listBanner->hide();
        return;
    }
    QString text;
    if (watch->isShowingCopy())
        text = tr("The server cannot be reached. You are looking at what was last loaded, on %1. "
                  "CommDesk connects again by itself.")
                   .arg(DisplayText::dateTime(watch->copySavedAt()));
    else if (m_list->hasFilter() && m_list->rowCount() == 0)
        text = tr("The server cannot be reached, and this list was not loaded before. CommDesk connects "
                  "again by itself.");
    else
        text = tr("The server cannot be reached. CommDesk connects again by itself.");
    m_listBanner->showMessage(MessageBanner::Kind::Warning, text, tr("Try now"));
    if (!m_bannerSaysOffline)
        announce(tr("The server cannot be reached. CommDesk connects again by itself."));
    m_bannerSaysOffline = true;
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
        compose([prefill](ComposeDialog *dialog) { dialog->startNew(prefill); });
    });
    m_refresh =
        make(QStringLiteral("refresh"), tr("&Refresh"), QStringLiteral("refresh"), QKeySequence::Refresh, [this] {
            m_listBanner->hide();
            if (m_categories->rowCount() == 0)
                m_categories->reload();
            m_list->reload();
        });
    m_find = new QAction(tr("&Filter this list"), this);
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L)); // Ctrl+Shift+F is Follow up
    // Search reaches every category and contact; Ctrl+F too, as in a mail client.
    m_search = new QAction(paletteIcon(QStringLiteral("search")), tr("&Search all communications"), this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(m_search, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_mainSplitter);
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    CurrentCommunication *current = m_workspace->current();
    m_communicationActions = new CommunicationActions(
        current, [this](const auto &setUp) { return compose(setUp); }, this);
    connect(m_communicationActions, &CommunicationActions::status, this, &MainWindow::showStatus);
    connect(current, &CurrentCommunication::acted, this,
            [this](CurrentCommunication::Action, const Communication &communication) { showInList(communication); });
    connect(current, &CurrentCommunication::actionFailed, this,
            [this](CurrentCommunication::Action, const ApiError &error) { m_detail->showError(error.userText()); });

    m_exporter = new ListExporter(m_list, m_workspace->stores(), this);
    m_export = new QAction(tr("&Export list…"), this);
    m_export->setObjectName(QStringLiteral("exportList"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] {
        if (!m_list->hasFilter())
            return showStatus(tr("Open a category or a contact first: the list is what is exported."), 5000);
        m_exporter->chooseAndExport(m_listTitle.isEmpty() ? tr("communications") : m_listTitle);
    });
    connect(m_exporter, &ListExporter::exported, this, [this](const QString &path, int rows) {
        showStatus(tr("%n communication(s) exported to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)), 8000);
    });
    connect(m_exporter, &ListExporter::cancelled, this, [this] { showStatus(tr("Export cancelled."), 5000); });
    connect(m_exporter, &ListExporter::failed, this,
            [this](const QString &message) { m_listBanner->showMessage(MessageBanner::Kind::Error, message); });

    m_saveView = new QAction(paletteIcon(QStringLiteral("saved-view")), tr("Save &view…"), this);
    m_saveView->setObjectName(QStringLiteral("saveView"));
    m_saveView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D)); // as a bookmark in a browser
    connect(m_saveView, &QAction::triggered, this, &MainWindow::askToSaveView);
    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's key where it has one (Ctrl+, on macOS), Ctrl+, everywhere.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    // The platform's key, Ctrl+Q where it has none (Windows).
    quit->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit).isEmpty()
                           ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Q)}
                           : QKeySequence::keyBindings(QKeySequence::Quit));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_refresh);
    view->addAction(m_search);
    view->addAction(m_find);
    view->addSeparator();
    view->addAction(m_saveView);
    view->addSeparator();
    createAppearanceActions(view);
    view->addSeparator();
    // Reading marks as viewed: off unless chosen, after the delay the preferences keep.
    m_markOnReading = view->addAction(QString());
    m_markOnReading->setObjectName(QStringLiteral("markViewedOnReading"));
    m_markOnReading->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    m_markOnReading->setCheckable(true);
    showReadingPreference();
    connect(m_markOnReading, &QAction::toggled, m_workspace->preferences(), &DeskPreferences::setMarkViewedOnReading);
    connect(m_workspace->preferences(), &DeskPreferences::changed, this, &MainWindow::showReadingPreference);
    QMenu *communication = menuBar()->addMenu(tr("&Communication"));
    communication->addActions(m_communicationActions->communicationActions());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CommDesk"), this, [this] {
        QMessageBox::about(this, tr("About CommDesk"),
                           tr("<h3>CommDesk %1</h3><p>A desktop client for CRM.COM customer communications.</p>"
                              "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    about->setObjectName(QStringLiteral("aboutCommDesk"));
    about->setShortcut(QKeySequence::HelpContents); // F1: what there is of help
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setObjectName(QStringLiteral("aboutQt"));
    help->addSeparator();
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts…"), this, [this] {
        ShortcutsDialog dialog(m_shortcuts.get(), this);
        dialog.setObjectName(QStringLiteral("shortcutsDialog"));
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    // Sign out, profiles, network settings, the diagnostic log and the re-sign-in over this window.
    m_accountMenu = new AccountMenu(m_workspace->account(), this);
    menuBar()->insertMenu(help->menuAction(), m_accountMenu);
    connect(m_accountMenu, &AccountMenu::signedIn, this, &MainWindow::start);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_new, m_refresh});
    toolBar->addSeparator();
    m_searchField = new SearchField(toolBar);
    toolBar->addWidget(m_searchField);
}

void MainWindow::createAppearanceActions(QMenu *view)
{
    QMenu *themes = view->addMenu(tr("T&heme"));
    auto *group = new QActionGroup(this);
    const std::pair<theme::Choice, QString> choices[] = {{theme::Choice::System, tr("&System")},
                                                         {theme::Choice::Light, tr("&Light")},
                                                         {theme::Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, text] : choices) {
        QAction *action = themes->addAction(text);
        action->setObjectName(QStringLiteral("theme-") + theme::key(choice));
        action->setCheckable(true);
        action->setChecked(theme::current() == choice);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            theme::apply(choice);
            m_settings->setValue(setting::theme, theme::key(choice));
        });
    }
    m_zoom = new Zoom(m_settings, this); // follows the list and the reading pane once they are made
    auto zoomAction = [this, view](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                                   void (Zoom::*step)()) {
        QAction *action = view->addAction(text);
        action->setObjectName(name);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, m_zoom, step);
    };
    zoomAction(QStringLiteral("zoomIn"), tr("Zoom &in"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
               &Zoom::zoomIn);
    zoomAction(QStringLiteral("zoomOut"), tr("Zoom &out"), {QKeySequence::ZoomOut}, &Zoom::zoomOut);
    zoomAction(QStringLiteral("zoomReset"), tr("&Actual size"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &Zoom::reset);
    connect(m_zoom, &Zoom::changed, this, [this](int percent) { showStatus(tr("Text size %1 %").arg(percent), 3000); });
}

void MainWindow::raiseWindow()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::bringForward(const QString &requestedServer)
{
    raiseWindow();
    const QUrl requested = ApiClient::normaliseBaseUrl(requestedServer);
    const QUrl current = m_workspace->account()->connection()->client()->baseUrl();
    if (!requested.isValid() || requested == current)
        return;
    // Another server was asked for: the user decides, since going there means signing out here.
    const QString server = requested.adjusted(QUrl::RemovePath).toDisplayString();
    m_requestBanner->showMessage(MessageBanner::Kind::Information,
                                 current.isValid()
                                     ? tr("CommDesk was started again for %1; this window works with %2.")
                                           .arg(server, current.adjusted(QUrl::RemovePath).toDisplayString())
                                     : tr("CommDesk was started again for %1.").arg(server),
                                 tr("Sign in to %1").arg(server));
    m_requestedServer = requestedServer;
}

void MainWindow::createLayout()
{
    m_sidebar = new BrowseSidebar(m_categories, m_workspace->savedViews(), m_settings, this);
    m_filterBar = new ListFilterBar(this);
    m_listBanner = new MessageBanner(this);
    m_listView = new CommunicationTable(m_proxy, m_settings, this);
    m_detail = new CommunicationView(this);
    m_detail->setToolBar(m_communicationActions);
    m_detail->follow(m_workspace->current());

    CommunicationSearch *search = m_workspace->search();
    m_searchResults = new SearchResultsView(search, this);
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 6, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_listBanner);
    // "3 new": the list stays where the user reads it until they ask for the new ones.
    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newCommunications"));
    m_newButton->hide();
    listLayout->addWidget(m_newButton);
    ListWatch *watch = m_workspace->listWatch();
    connect(watch, &ListWatch::newCountChanged, this, [this](int count, bool more) {
        if (count > 0)
            announce(more ? tr("%1+ new communications in this list.").arg(count)
                          : tr("%n new communication(s) in this list.", nullptr, count));
        m_newButton->setText(more ? tr("%1+ new — show them").arg(count) : tr("%n new — show them", nullptr, count));
        m_newButton->setVisible(count > 0);
    });
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_newButton->hide();
        m_list->reload(); // the communication being read stays selected (m_reselectId)
    });
    listLayout->addWidget(m_listView, 1);

    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(listPane);
    m_listStack->addWidget(m_searchResults);
    // F6 goes sidebar, list (or search results), detail.
    panes::mark(m_sidebar->categoryView(), 0);
    panes::mark(m_listView, 1);
    panes::mark(m_searchResults->view(), 1);
    panes::mark(m_detail, 2);
    m_listSplitter = new QSplitter(Qt::Vertical, this);
    m_listSplitter->addWidget(m_listStack);
    m_listSplitter->addWidget(m_detail);
    m_listSplitter->setStretchFactor(0, 1);
    m_listSplitter->setStretchFactor(1, 1);
    m_listSplitter->setSizes({480, 420});
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_listSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({240, 1160}); // under a quarter of a 1024-pixel screen for the sidebar
    m_queueTab = new QueueTab(m_workspace->queue(), this);
    connect(m_queueTab, &QueueTab::openCommunicationRequested, this, &MainWindow::showCommunication);
    connect(m_queueTab, &QueueTab::composeOpened, this, &MainWindow::composeOpened);
    connect(m_queueTab, &QueueTab::attentionRequested, this, [this] {
        raiseWindow();
        m_tabs->setCurrentWidget(m_queueTab);
    });
    m_queueTab->setComposeOpener([this](const auto &setUp) { return compose(setUp); });
    // A queue alert (a backlog over its limit, a source stuck) is said too, whichever tab is open.
    connect(m_queueTab->monitor()->monitoring(), &QueueMonitoring::alertRaised, this,
            [this](const QString &text) { announce(text); });
    // New entries are said to whoever watches the queue; on the Communications tab they would only interrupt.
    connect(m_queueTab->monitor()->monitoring(), &QueueMonitoring::entriesArrived, this, [this](int count) {
        if (m_tabs->currentWidget() == m_queueTab)
            announce(tr("%n new queue entries.", nullptr, count));
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->addTab(m_mainSplitter, tr("Communications"));
    m_tabs->addTab(m_queueTab, tr("Queue"));
    auto *nextPane = new QAction(tr("Next &pane"), this);
    nextPane->setObjectName(QStringLiteral("nextPane"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, [this] { panes::focusNext(m_tabs->currentWidget(), true); });
    auto *previousPane = new QAction(tr("Previous pa&ne"), this);
    previousPane->setObjectName(QStringLiteral("previousPane"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, [this] { panes::focusNext(m_tabs->currentWidget(), false); });
    auto *nextTab = new QAction(tr("Next &tab"), this);
    nextTab->setObjectName(QStringLiteral("nextTab"));
    nextTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(nextTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto *previousTab = new QAction(tr("Pr&evious tab"), this);
    previousTab->setObjectName(QStringLiteral("previousTab"));
    previousTab->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previousTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count()); });
    auto *showSidebar = new QAction(tr("Show side&bar"), this);
    showSidebar->setObjectName(QStringLiteral("showSidebar"));
    showSidebar->setShortcut(QKeySequence(Qt::Key_F9));
    showSidebar->setCheckable(true);
    showSidebar->setChecked(m_settings->value(setting::sidebarShown));
    m_sidebar->setVisible(showSidebar->isChecked());
    connect(showSidebar, &QAction::toggled, this, [this](bool shown) {
        m_sidebar->setVisible(shown);
        m_settings->setValue(setting::sidebarShown, shown);
        if (!shown && m_sidebar->isAncestorOf(QApplication::focusWidget()))
            m_listView->setFocus(Qt::OtherFocusReason);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({showSidebar, nextPane, previousPane, nextTab, previousTab});
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(go, &QAction::triggered, m_tabs, [this, tab] { m_tabs->setCurrentIndex(tab); });
        addAction(go);
    }
    m_requestBanner = new MessageBanner(this);
    m_requestBanner->setObjectName(QStringLiteral("requestBanner"));
    m_requestBanner->hide();
    connect(m_requestBanner, &MessageBanner::actionTriggered, this, [this] {
        m_requestBanner->hide();
        m_accountMenu->signInTo(m_requestedServer);
    });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_requestBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    // The window's Refresh reloads the communications list. On the Queue tab each view has its own F5,
    // and two live F5 shortcuts would be ambiguous, so that neither fired.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_refresh->setEnabled(m_tabs->widget(index) != m_queueTab); });

    connect(m_sidebar, &BrowseSidebar::categoryChosen, this, &MainWindow::openCategory);
    connect(m_sidebar, &BrowseSidebar::contactChosen, this, &MainWindow::openContact);
    SavedViewList *savedViews = m_sidebar->savedViews();
    connect(savedViews, &SavedViewList::openRequested, this, &MainWindow::openSavedView);
    connect(savedViews, &SavedViewList::updateRequested, this, [this](int row) {
        if (const SavedView *view = m_workspace->savedViews()->viewAt(row))
            saveCurrentView(view->name);
    });
    connect(m_searchField, &SearchField::searchRequested, this, [this, search](const QString &text) {
        showSearch(true);
        search->search(text);
    });
    connect(m_searchField, &SearchField::cancelled, this, [this] {
        const bool hadFocus = m_searchField->hasFocus();
        showSearch(false);
        if (hadFocus)
            m_listView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_searchField, &SearchField::resultsWanted, this, [this] {
        if (isShowingSearch())
            m_searchResults->focusResults();
    });
    connect(m_searchResults, &SearchResultsView::openRequested, this, [this](const QString &id, const QString &number) {
        m_detailFromList = false;
        if (m_workspace->current()->selectedId() != id)
            m_workspace->current()->open(id, number);
        m_detail->setFocus(Qt::OtherFocusReason);
    });
    connect(m_searchResults, &SearchResultsView::closeRequested, this, [this] {
        m_searchField->clear(); // back to the list through cancelled()
        showSearch(false);
        m_listView->setFocus(Qt::OtherFocusReason);
    });
    // The user reads the results one by one: the selected one opens, as in the list.
    connect(m_searchResults->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const SearchHit *hit = m_workspace->search()->results()->hitAt(current.row())) {
                    m_detailFromList = false;
                    m_workspace->current()->open(hit->id, hit->number);
                }
            });
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
    connect(m_listView, &QTableView::activated, this, [this] { m_communicationActions->activate(m_detail); });
    // Not while the user drags through the list.
    connect(m_listView->verticalScrollBar(), &QScrollBar::sliderPressed, watch, [watch] { watch->setPaused(true); });
    connect(m_listView->verticalScrollBar(), &QScrollBar::sliderReleased, watch, [watch] { watch->setPaused(false); });
    // Nor just after the user scrolled (wheel, keys, the bar's arrows) or typed a filter or a search.
    connect(m_listView->verticalScrollBar(), &QScrollBar::actionTriggered, watch, &ListWatch::userActive);
    connect(m_filterBar->quickFilter(), &QLineEdit::textEdited, watch, &ListWatch::userActive);
    connect(m_searchField, &QLineEdit::textEdited, watch, &ListWatch::userActive);
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_listView, &QWidget::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        // A refresh (or the server coming back) keeps the communication being read in view.
        if (const QString id = m_workspace->current()->selectedId(); !id.isEmpty())
            m_reselectId = id;
    });
    // What the list showed goes with it; what a link or a search opened stays while the list changes.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_detailFromList)
            m_workspace->current()->clear();
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
    // Qt moves restored geometry onto a screen that exists; a first start takes most of the screen, and all of a
    // small one (every column of the queue summary fits from 1024 pixels on).
    if (!restoreGeometry(m_settings->value(setting::mainWindowGeometry))) {
        const QRect available = screen()->availableGeometry();
        const auto share = [](int size, int small, int most) {
            return size <= small ? size : std::min(most, size * 9 / 10);
        };
        resize(share(available.width(), 1280, 1440), share(available.height(), 800, 900));
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

void MainWindow::followAnotherStart(const QString &requestedServer, const QStringList &arguments)
{
    bringForward(requestedServer);
    for (const DeskLink &link : DeskLink::fromArguments(arguments))
        openLink(link);
}

void MainWindow::openLink(const DeskLink &link)
{
    if (!m_started) {
        m_waitingLinks.append(link);
        return;
    }
    raiseWindow();
    switch (link.kind) {
    case DeskLink::Kind::Communication:
        m_tabs->setCurrentWidget(m_mainSplitter);
        if (isShowingSearch())
            m_searchField->clear();
        m_detailFromList = false;
        m_workspace->current()->open(link.target, link.target.value);
        return;
    case DeskLink::Kind::Contact:
        m_tabs->setCurrentWidget(m_mainSplitter);
        openContact(link.target);
        return;
    case DeskLink::Kind::QueueEntry:
        m_tabs->setCurrentWidget(m_queueTab);
        m_queueTab->goToEntry(link.target.field == QLatin1StringView("number")
                                  ? link.target.value
                                  : link.target.field + QLatin1Char('=') + link.target.value);
        return;
    }
}

void MainWindow::start()
{
    m_listBanner->hide();
    announce(
        tr("Signed in to %1.").arg(m_connection->client()->baseUrl().adjusted(QUrl::RemovePath).toDisplayString()));
    m_workspace->startAccount(); // may say the account is open elsewhere, in the banner
    showConnection();
    m_queueTab->start();
    m_categories->reload();
    connect(
        m_categories, &CategoryTreeModel::loaded, this,
        [this] {
            if (const SavedView *view = m_workspace->savedViews()->viewAt(
                    m_workspace->savedViews()->rowOf(m_workspace->savedViews()->lastOpen()));
                view && !m_list->hasFilter())
                return openSavedView(*view);
            QString id = m_settings->value(setting::lastCategoryId);
            if (!m_categories->indexOfId(id).isValid() && m_categories->rowCount() > 0)
                id = m_categories->index(0, 0).data(CategoryTreeModel::CategoryIdRole).toString();
            if (!m_list->hasFilter() && !id.isEmpty())
                m_sidebar->selectCategory(id);
        },
        Qt::SingleShotConnection);
    m_started = true;
    for (const DeskLink &link : std::exchange(m_waitingLinks, {}))
        openLink(link);
}

bool MainWindow::isShowingSearch() const
{
    return m_listStack->currentWidget() == m_searchResults;
}

void MainWindow::showSearch(bool shown)
{
    m_listStack->setCurrentWidget(shown ? static_cast<QWidget *>(m_searchResults) : m_listStack->widget(0));
    if (!shown)
        m_workspace->search()->search({});
}

void MainWindow::openCategory(const QString &id, const QString &name)
{
    if (!m_searchField->text().isEmpty())
        m_searchField->clear(); // a category chosen: the search is over
    forgetOpenView();
    m_settings->setValue(setting::lastCategoryId, id);
    CommunicationsApi::ListFilter filter;
    filter.category = Identifier::byId(id);
    openList(filter, name);
}

QString MainWindow::categoryName(const QString &id, const QString &fallback) const
{
    const QModelIndex index = m_categories->indexOfId(id);
    return index.isValid() ? index.data().toString() : fallback;
}

SavedView MainWindow::currentView() const
{
    SavedView view;
    const CommunicationsApi::ListFilter &filter = m_list->filter();
    view.category = filter.category;
    view.contact = filter.contact;
    view.title = filter.category ? categoryName(filter.category->value, m_listTitle) : m_listTitle;
    view.direction = m_filterBar->direction();
    view.media = m_filterBar->media();
    view.quickFilter = m_filterBar->quickFilter()->text();
    view.columns = m_listView->shownColumns();
    view.sortColumn = m_listView->sortColumn();
    view.sortOrder = m_listView->horizontalHeader()->sortIndicatorOrder();
    return view;
}

void MainWindow::openSavedView(const SavedView &view)
{
    showAsOpenView(view);
    m_tabs->setCurrentWidget(m_mainSplitter);
    if (!m_searchField->text().isEmpty())
        m_searchField->clear();
    if (view.showsSameAs(currentView()) && m_list->rowCount() > 0)
        return; // open already, as it was kept: a second click reloads nothing
    {
        const QSignalBlocker blocker(m_filterBar); // one request, for the list below
        m_filterBar->setServerFilters(view.direction, view.media);
    }
    m_filterBar->quickFilter()->setText(view.quickFilter);
    m_listView->showColumns(view.columns);
    m_listView->sortBy(view.sortColumn, view.sortOrder);
    CommunicationsApi::ListFilter filter;
    filter.category = view.category;
    filter.contact = view.contact;
    if (view.category)
        m_sidebar->showCategory(view.category->value);
    else
        m_sidebar->clearCategorySelection();
    filter.direction = view.direction;
    filter.media = view.media;
    m_listBanner->hide();
    m_list->setFilter(filter);
}

void MainWindow::askToSaveView()
{
    if (!m_list->hasFilter())
        return showStatus(tr("Open a category or a contact first: a saved view keeps the list."), 5000);
    SavedViewModel *views = m_workspace->savedViews();
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("saveViewDialog"));
    dialog.setWindowTitle(tr("Save view"));
    dialog.setLabelText(tr("Keep this list, its filters, columns and sort as:"));
    dialog.setTextValue(m_listTitle);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return showStatus(tr("A saved view needs a name."), 5000);
    if (views->rowOf(name) >= 0 && name != views->lastOpen()) {
        QMessageBox replace(QMessageBox::Question, tr("Save view"),
                            tr("There is already a saved view called “%1”. Replace it with this list?").arg(name),
                            QMessageBox::Cancel, this);
        replace.setObjectName(QStringLiteral("replaceViewQuestion"));
        replace.addButton(tr("&Replace"), QMessageBox::AcceptRole);
        if (replace.exec() == QMessageBox::Cancel)
            return;
    }
    saveCurrentView(name);
}

bool MainWindow::saveCurrentView(const QString &name)
{
    SavedView view = currentView();
    view.name = name.trimmed();
    SavedViewModel *views = m_workspace->savedViews();
    if (views->save(view) < 0)
        return false;
    showAsOpenView(view);
    showStatus(tr("The list is kept as “%1” under Saved views.").arg(view.name), 5000);
    return true;
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_workspace->preferences()->values(), this);
    connect(&dialog, &PreferencesDialog::shortcutsRequested, this, [this, &dialog] {
        ShortcutsDialog shortcuts(m_shortcuts.get(), &dialog);
        shortcuts.exec();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString languageBefore = m_workspace->preferences()->values().language;
    m_workspace->preferences()->setValues(dialog.values());
    if (dialog.values().language != languageBefore)
        announce(dialog.values().language.isEmpty()
                     ? tr("CommDesk speaks the system's language when it starts again.")
                     : tr("CommDesk speaks %1 when it starts again.").arg(dialog.language()->currentText()));
}

void MainWindow::showReadingPreference()
{
    const DeskPreferences::Values values = m_workspace->preferences()->values();
    const QSignalBlocker blocker(m_markOnReading);
    m_markOnReading->setText(tr("Mark as viewed after %n second(s) of reading", nullptr, values.markViewedSeconds));
    m_markOnReading->setChecked(values.markViewedOnReading);
}

void MainWindow::openContact(const Identifier &contact)
{
    if (!m_searchField->text().isEmpty())
        m_searchField->clear();
    forgetOpenView();
    m_sidebar->clearCategorySelection();
    CommunicationsApi::ListFilter filter;
    filter.contact = contact;
    openList(filter, tr("Contact %1").arg(contact.value));
}

void MainWindow::forgetOpenView()
{
    m_workspace->savedViews()->setLastOpen({});
    m_sidebar->savedViews()->showOpen({});
}

void MainWindow::showListTitle(const QString &title, const QString &description)
{
    m_listTitle = title;
    m_filterBar->setTitle(title);
    m_filterBar->setToolTip(description);
    setWindowTitle(tr("%1 — CommDesk").arg(title));
}

void MainWindow::showAsOpenView(const SavedView &view)
{
    m_workspace->savedViews()->setLastOpen(view.name);
    m_sidebar->savedViews()->showOpen(view.name);
    showListTitle(view.name, SavedViewModel::describe(view));
}

void MainWindow::openList(CommunicationsApi::ListFilter filter, const QString &title)
{
    showListTitle(title, {});
    filter.direction = m_filterBar->direction();
    filter.media = m_filterBar->media();
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
    const CommunicationRow *summary = m_list->rowAt(current.row());
    if (!summary)
        return m_workspace->current()->clear();
    m_detailFromList = true;
    if (m_workspace->current()->selectedId() == summary->id())
        return; // opened already (a right click opens at once, the pause then ends)
    m_workspace->current()->open(summary->id().toString(), summary->number().toString());
}

QMenu *MainWindow::rowMenu(const QModelIndex &proxyIndex)
{
    // The row is selected and opened at once (no pause): the actions below act on what the pane shows.
    m_listView->setCurrentIndex(proxyIndex);
    showSelected();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = menu->addAction(tr("&Open"), this, [this] { m_detail->setFocus(Qt::OtherFocusReason); });
    open->setObjectName(QStringLiteral("rowOpen"));
    menu->addSeparator();
    menu->addActions(m_communicationActions->communicationActions());
    menu->addSeparator();
    const CommunicationRow *row = m_list->rowAt(m_proxy->mapToSource(proxyIndex).row());
    QAction *exportRow = menu->addAction(tr("E&xport selection…"), this, [this, rows = QList {*row}] {
        m_exporter->chooseAndExportRows(rows, rows.first().number().toString());
    });
    exportRow->setObjectName(QStringLiteral("rowExport"));
    return menu;
}

void MainWindow::showRowMenu(const QPoint &position)
{
    const QModelIndex index = m_listView->indexAt(position);
    if (!index.isValid())
        return;
    rowMenu(index)->popup(m_listView->viewport()->mapToGlobal(position));
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
    m_detailFromList = false; // from the queue: not in this list
    m_workspace->current()->open(id, id);
}

void MainWindow::showInList(const Communication &communication)
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
}

} // namespace commdesk
