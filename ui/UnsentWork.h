#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QMainWindow;

namespace commdesk {

class BrowseSidebar;
class ComposeDialog;
class CrmConnection;
class LocalDraftStore;
class Outbox;
class OutboxPanel;
class OutboxStore;
class Settings;
class StoreThread;
struct Communication;

// What the user writes until the server has it, so that nothing is lost (docs/architecture.md "Rules of the house"):
// the compose windows, the local drafts they keep every keystroke in, and the outbox of what could not be sent, shown
// in the sidebar's "Not yet sent" section. Both stores live in the data folder.
class UnsentWork : public QObject
{
    Q_OBJECT

public:
    UnsentWork(CrmConnection *connection, Settings *settings, BrowseSidebar *sidebar, QMainWindow *window);
    ~UnsentWork() override;

    // Opens a compose window over the main window, set up by `setUp`, typing kept in the local stores.
    ComposeDialog *compose(const std::function<void(ComposeDialog *)> &setUp);
    // Signed in: the outbox sends what waits, and drafts left when CommDesk closed are offered.
    void start();

    LocalDraftStore *localDrafts() const { return m_localDrafts.get(); }
    Outbox *outbox() const { return m_outbox; }
    OutboxPanel *panel() const { return m_panel; }

Q_SIGNALS:
    void composeOpened(QWidget *compose);
    // The server saved a communication from a compose window: a draft, or sent.
    void communicationSaved(const commdesk::Communication &communication);

private:
    void showStatus(const QString &text, int timeout = 0);

    CrmConnection *m_connection;
    Settings *m_settings;
    QMainWindow *m_window;
    std::unique_ptr<LocalDraftStore> m_localDrafts;
    std::unique_ptr<StoreThread> m_storeThread; // the outbox's store lives there
    Outbox *m_outbox;
    OutboxPanel *m_panel;
};

} // namespace commdesk
