#pragma once

#include "CrmConnection.h"
#include "QueueActionRunner.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace commdesk {

class ActionJournal;
class ComposeDialog;
class QueueActionDialog;
class QueueEntryDetailView;
class Settings;

// What a supervisor does to queue entries: complete, reject or remove the selected ones (each
// confirmed with a reason in a QueueActionDialog, then run and journalled by QueueActionRunner),
// resend a rejected one through compose with referring_to, open its communication. The actions
// live on the monitor widget, so their shortcuts work anywhere in it.
class QueueEntryActions : public QObject
{
    Q_OBJECT

public:
    // Opens, shows and announces a compose window set up by `setUp` (QueueMonitorWidget::setComposeOpener).
    using ComposeOpener = std::function<ComposeDialog *(const std::function<void(ComposeDialog *)> &setUp)>;

    // `detail` shows the current entry (the one resent or opened); `selection` gives the entries
    // selected in the monitor's table (the ones completed, rejected or removed).
    QueueEntryActions(CrmConnection *connection, Settings *settings, ActionJournal *journal,
                      QueueEntryDetailView *detail, std::function<QList<QueueEntry>()> selection, QWidget *monitor);

    void setComposeOpener(ComposeOpener opener);
    // For the detail pane's tool bar.
    QList<QAction *> actions() const;
    // Enables what the selection and the current entry allow.
    void update();

Q_SIGNALS:
    void openCommunicationRequested(const QString &communicationId);
    void actionDialogOpened(commdesk::QueueActionDialog *dialog);
    // A plain compose window (no opener) was opened for a resend.
    void composeOpened(QWidget *compose);
    // The server changed an entry (its answer to an action).
    void entryUpdated(const commdesk::QueueEntry &entry);
    // A confirmed batch is done; `errors` names each failed entry with its reason.
    void actionsFinished(int succeeded, int failed, const QStringList &errors);
    // A resend was saved by the server (and journalled).
    void resent();

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                        const std::function<void()> &handler);
    void act(QueueActionRunner::Action action);
    void resendCurrent();
    void journalResend(const QueueEntry &entry, const Communication &sent);

    CrmConnection *m_connection;
    Settings *m_settings;
    ActionJournal *m_journal;
    QueueEntryDetailView *m_detail;
    std::function<QList<QueueEntry>()> m_selection;
    QWidget *m_monitor;
    QueueActionRunner *m_runner;
    ComposeOpener m_composeOpener;
    QAction *m_complete;
    QAction *m_reject;
    QAction *m_remove;
    QAction *m_resend;
    QAction *m_open;
};

} // namespace commdesk
