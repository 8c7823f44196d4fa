#pragma once

#include "CommunicationsApi.h"
#include "DeskLink.h"
#include "SavedView.h"
#include "Workspace.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QSplitter;
class QTabWidget;
class QTableView;

namespace commdesk {

class Announcer;
class BrowseSidebar;
class CategoryTreeModel;
class CommunicationActions;
class CommunicationListModel;
class CommunicationTable;
class CommunicationView;
class ComposeDialog;
class ConnectivityMonitor;
class ListExporter;
class ListFilterBar;
class LocalDrafts;
class AccountMenu;
class MessageBanner;
class OfflineWorkspace;
class Outbox;
class OutboxPanel;
class QueueMonitorWidget;
class QueueTab;
class SearchField;
class SearchResultsView;
class Settings;
class Zoom;
class KeyboardShortcuts;

// The communications workspace: categories and contacts on the left, the list in the middle, the
// selected communication on the right, and the actions its state allows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the categories and opens the last category used. Call once signed in.
    void start();
    void openCategory(const QString &id, const QString &name);
    void openContact(const Identifier &contact);
    // Opens a saved view: its list with its filters, columns and sort.
    void openSavedView(const SavedView &view);
    // The list as it is now, as a saved view would keep it (without a name).
    SavedView currentView() const;
    // Keeps the list as it is now under `name` (replacing a view of that name) and shows it as the open one.
    bool saveCurrentView(const QString &name);
    // Switches to the communications tab and shows the communication: selected in the list when it
    // is there, otherwise fetched into the detail view.
    void showCommunication(const QString &id);
    // What a second start of CommDesk asks of this one (workspace/InstanceChannel): the window comes
    // forward, and a server other than this window's is offered in a banner, to sign in there.
    void bringForward(const QString &requestedServer = {});
    // Opens what a commdesk:// link names (workspace/DeskLink): a communication in the detail pane, a
    // contact's list, a queue entry in the queue tab. Before start() the links wait for it.
    void openLink(const DeskLink &link);
    // A later start's request (workspace/InstanceChannel): forward, with its server offered and its links opened.
    void followAnotherStart(const QString &requestedServer, const QStringList &arguments);
    // Opens, shows and announces a compose window over this one, set up by `setUp`.
    ComposeDialog *compose(const std::function<void(ComposeDialog *)> &setUp);

    // For tests.
    CategoryTreeModel *categoryModel() const { return m_categories; }
    CommunicationListModel *listModel() const { return m_list; }
    QSortFilterProxyModel *listProxy() const { return m_proxy; }
    CommunicationTable *listView() const { return m_listView; }
    CommunicationView *detailView() const { return m_detail; }
    BrowseSidebar *sidebar() const { return m_sidebar; }
    ListFilterBar *filterBar() const { return m_filterBar; }
    SearchField *searchField() const { return m_searchField; }
    ListExporter *exporter() const { return m_exporter; }
    SearchResultsView *searchResults() const { return m_searchResults; }
    bool isShowingSearch() const;
    // The context menu of a list row (its row in the proxy), built as a right click builds it; the row is
    // selected and opened.
    QMenu *rowMenu(const QModelIndex &proxyIndex);
    MessageBanner *listBanner() const { return m_listBanner; }
    QPushButton *newCommunicationsButton() const { return m_newButton; }
    MessageBanner *requestBanner() const { return m_requestBanner; }
    AccountMenu *accountMenu() const { return m_accountMenu; }
    QTabWidget *tabs() const { return m_tabs; }
    QueueTab *queueTab() const { return m_queueTab; }
    QueueMonitorWidget *queueMonitor() const;
    KeyboardShortcuts *shortcuts() const { return m_shortcuts.get(); }
    QAction *action(const QString &objectName) const;
    Workspace *workspace() const { return m_workspace; }
    Outbox *outbox() const;
    OutboxPanel *outboxPanel() const { return m_outboxPanel; }
    LocalDrafts *localDrafts() const;
    ConnectivityMonitor *connectivity() const;
    OfflineWorkspace *offlineWorkspace() const;
    Announcer *announcer() const { return m_announcer; }

Q_SIGNALS:
    void composeOpened(QWidget *compose);
    // What was just said to screen readers (announce()).
    void announced(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Out of the minimised state, in front, with the keyboard.
    void raiseWindow();
    void createActions();
    void createComposeShortcuts();
    void createLayout();
    void showListStatus();
    void restoreState();
    // Shows the communications `filter` selects (the filter bar adds direction and media) under `title`.
    void openList(CommunicationsApi::ListFilter filter, const QString &title);
    void applyServerFilter();
    // The list's title above it and in the window's title bar; `description` is its tooltip.
    void showListTitle(const QString &title, const QString &description);
    // `view` is the list on screen: kept as the open one, chosen in the sidebar, its name the title.
    void showAsOpenView(const SavedView &view);
    // A category or a contact chosen: no saved view is open any more.
    void forgetOpenView();
    // The results in place of the list while a search is under way; back to the list otherwise.
    void showSearch(bool shown);
    void showSelected();
    void showRowMenu(const QPoint &position);
    // A communication as the server saved it (an action, compose): into the list, when it is there or belongs there.
    void showInList(const Communication &communication);
    void connectUnsentWork();
    // The list banner's word on the connection, when the server cannot be reached.
    void showConnection();
    void showStatus(const QString &text, int timeout = 0);
    // A change that matters (signed in, offline, sent, new communications): said to screen readers too.
    void announce(const QString &text);
    // Asks for a name (the open view's, or the list's title, to begin with) and keeps the list under it.
    void askToSaveView();
    void showPreferences();
    // View > Theme, and the zoom of the list, the reading pane and compose windows.
    void createAppearanceActions(QMenu *view);
    // The View menu's "Mark as viewed after N seconds of reading", as the preferences have it.
    void showReadingPreference();
    // The category's name in the tree, or `fallback` while the tree does not have it.
    QString categoryName(const QString &id, const QString &fallback) const;

    Workspace *m_workspace;
    CrmConnection *m_connection;
    Settings *m_settings;
    OutboxPanel *m_outboxPanel = nullptr;
    bool m_outboxRecoveryShown = false;
    bool m_bannerSaysOffline = false; // the list banner is the connection's to hide once back online
    QString m_reselectId; // the communication to select again once the list has reloaded
    CategoryTreeModel *m_categories;
    CommunicationListModel *m_list;
    QSortFilterProxyModel *m_proxy;
    BrowseSidebar *m_sidebar = nullptr;
    ListFilterBar *m_filterBar = nullptr;
    MessageBanner *m_listBanner = nullptr;
    QPushButton *m_newButton = nullptr; // "3 new — show them"
    MessageBanner *m_requestBanner = nullptr; // what another start of the app asked for
    QString m_requestedServer; // the server it offers
    AccountMenu *m_accountMenu = nullptr;
    CommunicationTable *m_listView = nullptr;
    QStackedWidget *m_listStack = nullptr; // the list, or the search results
    SearchField *m_searchField = nullptr;
    SearchResultsView *m_searchResults = nullptr;
    CommunicationView *m_detail = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_listSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QueueTab *m_queueTab = nullptr;
    QString m_listTitle;
    bool m_started = false;
    bool m_detailFromList = true; // the detail pane shows a row of the list (not a link's or a search's)
    QList<DeskLink> m_waitingLinks; // opened once start() has run
    QAction *m_new = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_search = nullptr;
    QAction *m_markOnReading = nullptr;
    Announcer *m_announcer = nullptr;
    // The compose windows' Send and Save as draft keys, listed and changed with the window's (never triggered).
    QAction *m_composeSend = nullptr;
    QAction *m_composeSaveDraft = nullptr;
    QAction *m_export = nullptr;
    QAction *m_saveView = nullptr;
    QMenu *m_viewMenu = nullptr;
    Zoom *m_zoom = nullptr;
    std::unique_ptr<KeyboardShortcuts> m_shortcuts;
    ListExporter *m_exporter = nullptr;
    CommunicationActions *m_communicationActions = nullptr;
};

} // namespace commdesk
