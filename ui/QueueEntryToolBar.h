#pragma once

#include "QueueActionRunner.h"

#include <QToolBar>

#include <functional>

namespace commdesk {

class ComposeDialog;
class QueueActionDialog;
class QueueEntryCommands;
class QueueWorkspace;

// The entry actions of one view of the queue tab as buttons: complete, reject or remove the selected
// entries (each confirmed with a reason in a QueueActionDialog), resend a rejected one through compose
// with referring_to, open its communication. The work is QueueEntryCommands'; the actions also sit on
// `host`, so that their shortcuts work anywhere in the view.
class QueueEntryToolBar : public QToolBar
{
    Q_OBJECT

public:
    // Opens, shows and announces a compose window set up by `setUp` (MainWindow hands one down).
    using ComposeOpener = std::function<ComposeDialog *(const std::function<void(ComposeDialog *)> &setUp)>;

    QueueEntryToolBar(QueueWorkspace *workspace, QueueEntryCommands *commands, QWidget *host);

    // Without an opener, Resend opens a plain compose window.
    void setComposeOpener(ComposeOpener opener);

Q_SIGNALS:
    void openCommunicationRequested(const QString &communicationId);
    void actionDialogOpened(commdesk::QueueActionDialog *dialog);
    // A plain compose window (no opener) was opened for a resend.
    void composeOpened(QWidget *compose);
    // "Copy link" put `link` on the clipboard.
    void linkCopied(const QString &link);

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                        const std::function<void()> &handler);
    void updateActions();
    void confirm(QueueActionRunner::Action action);
    void resendCurrent();

    QueueWorkspace *m_workspace;
    QueueEntryCommands *m_commands;
    QWidget *m_host;
    ComposeOpener m_composeOpener;
    QAction *m_complete;
    QAction *m_reject;
    QAction *m_remove;
    QAction *m_resend;
    QAction *m_open;
    QAction *m_copyLink;
};

} // namespace commdesk
