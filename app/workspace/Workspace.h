#pragma once

#include "StoreThread.h"

#include <QObject>

#include <memory>

namespace commdesk {

class Account;
class AccountLock;
class CategoryTreeModel;
class Clock;
class CommunicationListModel;
class CommunicationSearch;
class ListWatch;
class ComposeLocalCopy;
class ComposeLookups;
class ComposeSender;
class ConnectionWatch;
class CrmConnection;
class CurrentCommunication;
class DeskPreferences;
class SavedViewModel;
class QueueWorkspace;
class Settings;
class UnsentWork;
class UserQuestions;

// The application without its widgets (docs/architecture.md "workspace/"), made once in main(): the connection,
// the local stores on their thread, the categories and the list, the communication being read, what is not yet
// sent and whether the server can be reached. The windows are views bound to it; whatever it needs to ask the
// user goes through UserQuestions.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // `dataFolder` holds the local files; `clock` is the system's unless a test brings its own.
    Workspace(CrmConnection *connection, Settings *settings, const QString &dataFolder, Clock *clock = nullptr,
              QObject *parent = nullptr);
    ~Workspace() override;

    CrmConnection *connection() const { return m_connection; }
    Settings *settings() const { return m_settings; }
    QString dataFolder() const { return m_dataFolder; }
    Clock *clock() const { return m_clock; }
    StoreThread *stores() { return &m_stores; }

    Account *account() const { return m_account; }
    CategoryTreeModel *categories() const { return m_categories; }
    CommunicationListModel *list() const { return m_list; }
    CurrentCommunication *current() const { return m_current; }
    ConnectionWatch *connectionWatch() const { return m_watch; }
    UnsentWork *unsentWork() const { return m_unsent; }
    // Search across everything the desk has seen, in the account's index.
    CommunicationSearch *search() const { return m_search; }
    // Whether communications newer than the open list shows have arrived.
    ListWatch *listWatch() const { return m_listWatch; }
    // The reading preferences (list refresh, marking as viewed, page size), applied as they change.
    DeskPreferences *preferences() const { return m_preferences; }
    // The lists the user keeps under a name.
    SavedViewModel *savedViews() const { return m_savedViews; }
    // What compose windows look up on the server.
    ComposeLookups *composeLookups() const { return m_lookups; }
    // The queue: monitoring, work lists, entry actions and their journal.
    QueueWorkspace *queue() const { return m_queue; }

    // What a compose window works with: the server calls (asking `questions` about conflicts) and the local copy
    // of its typing (`snapshot` gives what to keep).
    ComposeSender *composeSender(UserQuestions *questions, QObject *parent) const;
    ComposeLocalCopy *composeLocalCopy(std::function<std::optional<struct LocalDraft>()> snapshot,
                                       QObject *parent) const;

    // Signed in: the account's copy, and, for the one CommDesk that holds the account's lock, the outbox and the
    // drafts left behind (another copy open for the account gets `accountInUse` instead, so nothing goes twice).
    void startAccount();
    // Signed out: nothing of the account's communications stays on this computer.
    void forgetAccount();
    bool holdsAccount() const;

Q_SIGNALS:
    // Another CommDesk (`holder` says which) has this account open: this one neither sends nor recovers.
    void accountInUse(const QString &holder);

private:
    StoreThread m_stores; // first made, last gone: the parts below post their last writes to it
    CrmConnection *m_connection;
    Settings *m_settings;
    QString m_dataFolder;
    Clock *m_clock;
    Account *m_account;
    CategoryTreeModel *m_categories;
    CommunicationListModel *m_list;
    ConnectionWatch *m_watch;
    CurrentCommunication *m_current;
    CommunicationSearch *m_search;
    ListWatch *m_listWatch;
    DeskPreferences *m_preferences;
    SavedViewModel *m_savedViews;
    UnsentWork *m_unsent;
    QueueWorkspace *m_queue;
    ComposeLookups *m_lookups;
    std::unique_ptr<AccountLock> m_lock; // held while the account is open here
};

} // namespace commdesk
