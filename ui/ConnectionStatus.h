#pragma once

#include <QObject>

#include <memory>

class QLabel;
class QMainWindow;

namespace commdesk {

class CategoryTreeModel;
class CommunicationListModel;
class ConnectivityMonitor;
class CrmConnection;
class MessageBanner;
class OfflineCache;
class OfflineWorkspace;
class StoreThread;

// Whether the window reaches the server, and what it shows when it does not (docs/architecture.md): the
// connection in the status bar, the list banner's offline text, and the workspace kept from the
// local copy of what was loaded until the server is back.
class ConnectionStatus : public QObject
{
    Q_OBJECT

public:
    ConnectionStatus(CrmConnection *connection, CategoryTreeModel *categories, CommunicationListModel *list,
                     MessageBanner *listBanner, QMainWindow *window);
    ~ConnectionStatus() override;

    ConnectivityMonitor *connectivity() const { return m_connectivity; }
    OfflineWorkspace *workspace() const { return m_offline; }

    // Signed in: the copy kept is this account's, and the connection is watched.
    void startAccount();
    // Signed out: nothing of the account's communications stays on this computer.
    void forgetAccount();
    // Brings the status bar's connection label and the list banner up to date.
    void show();

Q_SIGNALS:
    // The server can be reached again.
    void reconnected();

private:
    CrmConnection *m_connection;
    CommunicationListModel *m_list;
    MessageBanner *m_listBanner;
    bool m_bannerSaysOffline = false; // the list banner is ours to hide once back online
    QMainWindow *m_window;
    std::unique_ptr<StoreThread> m_storeThread; // the offline copy lives there
    ConnectivityMonitor *m_connectivity;
    OfflineWorkspace *m_offline;
    QLabel *m_label;
};

} // namespace commdesk
