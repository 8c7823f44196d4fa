#pragma once

#include "CrmConnection.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace commdesk {

class BrowseSidebar;
class CategoryTreeModel;
class CommunicationListModel;
class CommunicationTable;
class CommunicationView;
class ConnectivityMonitor;
class ComposeDialog;
class ListFilterBar;
class LocalDraftStore;
class Outbox;
class OutboxPanel;
class OutboxStore;
class MessageBanner;
class OfflineCache;
class OfflineWorkspace;
class QueueMonitorWidget;
class Settings;

// The communications workspace: categories and contacts on the left, the list in the middle, the
// selected communication on the right, and the actions its state allows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(CrmConnection *connection, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the categories and opens the last category used. Call once signed in.
    void start();
    void openCategory(const QString &id, const QString &name);
    void openContact(const Identifier &contact);
    // Switches to the communications tab and shows the communication: selected in the list when it
    // is there, otherwise fetched into the detail view.
    void showCommunication(const QString &id);

    // For tests.
    CategoryTreeModel *categoryModel() const { return m_categories; }
    CommunicationListModel *listModel() const { return m_list; }
    QSortFilterProxyModel *listProxy() const { return m_proxy; }
    CommunicationTable *listView() const { return m_listView; }
    CommunicationView *detailView() const { return m_detail; }
    BrowseSidebar *sidebar() const { return m_sidebar; }
    ListFilterBar *filterBar() const { return m_filterBar; }
    MessageBanner *listBanner() const { return m_listBanner; }
    QTabWidget *tabs() const { return m_tabs; }
    QueueMonitorWidget *queueMonitor() const { return m_queueMonitor; }
    QAction *action(const QString &objectName) const;
    Outbox *outbox() const { return m_outbox; }
    OutboxPanel *outboxPanel() const { return m_outboxPanel; }
    LocalDraftStore *localDrafts() const { return m_localDrafts.get(); }
    ConnectivityMonitor *connectivity() const { return m_connectivity; }
    OfflineWorkspace *offlineWorkspace() const { return m_offline; }

Q_SIGNALS:
    void composeOpened(QWidget *compose);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void restoreState();
    void applyServerFilter();
    void showSelected();
    void updateActions();
    void activateCurrent();
    void completeCurrent();
    void markCurrentViewed();
    void editCurrent();
    void followUpCurrent();
    void copyCurrentNumber();
    ComposeDialog *compose(const std::function<void(ComposeDialog *)> &setUp);
    void applyResult(const Communication &communication);
    void reportActionError(const ApiError &error);

    void createLocalStores();
    void createOfflineWorkspace();
    void showOfflineState();
    // Fetches the whole communication for the detail pane; offline, the saved copy is shown.
    void fetchDetail(const QString &id, const QString &label);

    CrmConnection *m_connection;
    Settings *m_settings;
    // Nothing lost (DESIGN.md §2.5): compose's local drafts and the outbox, in the data folder.
    std::unique_ptr<LocalDraftStore> m_localDrafts;
    std::unique_ptr<OutboxStore> m_outboxStore;
    Outbox *m_outbox = nullptr;
    OutboxPanel *m_outboxPanel = nullptr;
    // The local copy of what was loaded, shown when the server cannot be reached.
    std::unique_ptr<OfflineCache> m_offlineCache;
    ConnectivityMonitor *m_connectivity = nullptr;
    OfflineWorkspace *m_offline = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QString m_reselectId; // the communication to select again once the list has reloaded
    CategoryTreeModel *m_categories;
    CommunicationListModel *m_list;
    QSortFilterProxyModel *m_proxy;
    BrowseSidebar *m_sidebar = nullptr;
    ListFilterBar *m_filterBar = nullptr;
    MessageBanner *m_listBanner = nullptr;
    CommunicationTable *m_listView = nullptr;
    CommunicationView *m_detail = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_listSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QueueMonitorWidget *m_queueMonitor = nullptr;
    QPointer<QObject> m_showRequest; // the detail being fetched; a newer selection cancels it
    QString m_listTitle;
    QAction *m_new = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_complete = nullptr;
    QAction *m_markViewed = nullptr;
    QAction *m_followUp = nullptr;
    QAction *m_copyNumber = nullptr;
};

} // namespace commdesk
