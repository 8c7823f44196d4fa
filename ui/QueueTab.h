#pragma once

#include "QueueEntryToolBar.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;

namespace commdesk {

class MessageBanner;
class QueueEntryLookup;
class QueueEntrySelection;
class QueueMonitorWidget;
class QueueWorkListView;
class QueueWorkspace;
class Settings;

// The main window's Queue tab, the views of a QueueWorkspace: a view switcher over the monitor
// (QueueMonitorWidget) and the two work lists (QueueWorkListView: next to send, delivered but not viewed), and "Go to
// queue entry" (Ctrl+G), which opens an entry by number or id in the current view's entry pane, loaded or not.
class QueueTab : public QWidget
{
    Q_OBJECT

public:
    enum class View { Monitor, NextToSend, DeliveredNotViewed };

    explicit QueueTab(QueueWorkspace *workspace, QWidget *parent = nullptr);

    void start();
    void setComposeOpener(QueueEntryToolBar::ComposeOpener opener);
    void showView(View view);
    View currentView() const;
    // Looks `text` up (a number such as CQ002393, or an id) and opens it in the current view.
    void goToEntry(const QString &text);

    QueueWorkspace *workspace() const { return m_workspace; }
    QueueMonitorWidget *monitor() const { return m_monitor; }
    QueueWorkListView *nextToSend() const { return m_nextToSend; }
    QueueWorkListView *deliveredNotViewed() const { return m_deliveredNotViewed; }
    // For tests.
    QTabBar *viewBar() const { return m_viewBar; }
    QLineEdit *goToField() const { return m_goToField; }
    QPushButton *goToButton() const { return m_goToButton; }
    MessageBanner *goToBanner() const { return m_goToBanner; }
    QueueEntryLookup *lookup() const { return m_lookup; }
    QAction *goToAction() const { return m_goTo; }

Q_SIGNALS:
    void openCommunicationRequested(const QString &communicationId);
    void composeOpened(QWidget *compose);
    // The user clicked the tray icon or an alert it showed: the window should show the queue.
    void attentionRequested();

private:
    QueueEntrySelection *currentSelection() const;
    void forward(QueueWorkListView *view);

    QueueWorkspace *m_workspace;
    Settings *m_settings;
    QueueMonitorWidget *m_monitor;
    QueueWorkListView *m_nextToSend;
    QueueWorkListView *m_deliveredNotViewed;
    QueueEntryLookup *m_lookup;
    QTabBar *m_viewBar;
    QStackedWidget *m_stack;
    QLineEdit *m_goToField;
    QPushButton *m_goToButton;
    MessageBanner *m_goToBanner;
    QAction *m_goTo;
};

} // namespace commdesk
