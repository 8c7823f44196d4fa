#pragma once

#include "CrmConnection.h"

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;

namespace commdesk {

class CommunicationView;
class ComposeDialog;

// What the user does to the communication shown in the detail pane: edit a draft, complete it,
// mark it as viewed, follow it up, copy its number; each enabled only when the communication's
// state allows it. The actions belong to the window, where its menus and tests find them.
class CommunicationActions : public QObject
{
    Q_OBJECT

public:
    // Opens, shows and announces a compose window set up by `setUp` (MainWindow's compose).
    using ComposeOpener = std::function<ComposeDialog *(const std::function<void(ComposeDialog *)> &setUp)>;

    CommunicationActions(CrmConnection *connection, ComposeOpener composeOpener, QMainWindow *window);

    // The actions work on what `detail` shows, and sit in its tool bar. Set once the layout is
    // built: the menus that hold the actions come before it.
    void attachTo(CommunicationView *detail);
    QList<QAction *> actions() const;
    // Enables what the shown communication's state allows.
    void update();
    // Enter or a double click in the list: a draft opens for editing, anything else for reading.
    void activate();

Q_SIGNALS:
    // The server answered an action with the communication as it is now.
    void communicationChanged(const commdesk::Communication &communication);

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                        const std::function<void()> &handler);
    void completeCurrent();
    void markCurrentViewed();
    void editCurrent();
    void followUpCurrent();
    void copyCurrentNumber();
    void reportError(const ApiError &error);
    void showStatus(const QString &text, int timeout);

    CrmConnection *m_connection;
    ComposeOpener m_composeOpener;
    QMainWindow *m_window;
    CommunicationView *m_detail = nullptr;
    QAction *m_edit;
    QAction *m_complete;
    QAction *m_markViewed;
    QAction *m_followUp;
    QAction *m_copyNumber;
};

} // namespace commdesk
