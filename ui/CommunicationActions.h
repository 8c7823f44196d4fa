#pragma once

#include "CurrentCommunication.h"

#include <QToolBar>

#include <functional>

class QAction;

namespace commdesk {

class CommunicationPrinter;
class CommunicationView;
class ComposeDialog;

// The detail pane's tool bar: what the user does to the communication being read (CurrentCommunication): edit a
// draft, complete it, mark it as viewed, follow it up, copy its number; each enabled only when its state allows.
// The actions belong to the window, where its menus and tests find them.
class CommunicationActions : public QToolBar
{
    Q_OBJECT

public:
    // Opens, shows and announces a compose window set up by `setUp` (MainWindow's compose).
    using ComposeOpener = std::function<ComposeDialog *(const std::function<void(ComposeDialog *)> &setUp)>;

    CommunicationActions(CurrentCommunication *current, ComposeOpener composeOpener, QWidget *window);

    QList<QAction *> communicationActions() const;
    // Enter or a double click in the list: a draft opens for editing, anything else for reading in `detail`.
    void activate(CommunicationView *detail);

Q_SIGNALS:
    // A sentence for the status bar (`timeout` in ms).
    void status(const QString &text, int timeout);

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                        const std::function<void()> &handler);
    void update();
    void editCurrent();
    void followUpCurrent();
    void copyCurrentNumber();
    void copyCurrentLink();

    CurrentCommunication *m_current;
    ComposeOpener m_composeOpener;
    QWidget *m_window;
    QAction *m_edit;
    QAction *m_complete;
    QAction *m_markViewed;
    QAction *m_followUp;
    QAction *m_copyLink = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    CommunicationPrinter *m_printer = nullptr;
    QAction *m_copyNumber;
};

} // namespace commdesk
