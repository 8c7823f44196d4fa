#pragma once

#include <QDateTime>
#include <QObject>

namespace commdesk {

class ApiError;
class CategoryTreeModel;
class CommunicationListModel;
class ConnectivityMonitor;
class CrmConnection;
class OfflineCache;
class OfflineWorkspace;
class StoreThread;

// Whether the server can be reached, and the local copy the workspace falls back on when it cannot
// (docs/architecture.md "Offline"): the offline cache of what was loaded, the connectivity monitor, and the
// categories and list shown from the copy until the server is back. Views read its state on `changed`.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    // The offline cache lives at `cachePath`, used on `stores`.
    ConnectionWatch(CrmConnection *connection, CategoryTreeModel *categories, CommunicationListModel *list,
                    StoreThread *stores, const QString &cachePath, QObject *parent = nullptr);
    ~ConnectionWatch() override;

    ConnectivityMonitor *connectivity() const { return m_connectivity; }
    OfflineWorkspace *offlineCopy() const { return m_offline; }

    // Signed in: the copy kept is this account's, and the connection is watched.
    void startAccount();
    // Signed out: nothing of the account's communications stays on this computer.
    void forgetAccount();

    bool isOffline() const;
    bool isShowingCopy() const;
    QDateTime copySavedAt() const;
    bool isSignedIn() const;
    QString host() const;
    // Who is signed in: the user name, or empty when it is a web API key.
    QString user() const;

Q_SIGNALS:
    // The connection, the sign-in or what the list shows from the copy changed: views bring themselves up to date.
    void changed();
    // The server can be reached again.
    void reconnected();

private:
    CrmConnection *m_connection;
    ConnectivityMonitor *m_connectivity;
    OfflineWorkspace *m_offline;
};

} // namespace commdesk
