#pragma once

#include "QueueActionRunner.h"

#include <QToolBar>

class QAbstractItemView;

namespace commdesk {

class QueueActionDialog;
class QueueEntryCommands;
class QueueMonitoring;

// Actions on a whole rejection group (the selected row of `groups`): resend every entry, or complete,
// reject again or remove those the queue's life cycle allows (a REJECTED entry allows none of the
// three, and the actions say so). One confirmation with one reason for the group; the journal gets a
// record for each entry (QueueEntryCommands). Also on the group view's context menu.
class RejectionGroupActions : public QToolBar
{
    Q_OBJECT

public:
    RejectionGroupActions(QueueMonitoring *monitoring, QueueEntryCommands *commands, QAbstractItemView *groups,
                          QWidget *parent = nullptr);

    // The entries of the selected group that `action` applies to.
    QList<QueueEntry> entriesFor(QueueActionRunner::Action action) const;

Q_SIGNALS:
    void actionDialogOpened(commdesk::QueueActionDialog *dialog);

private:
    QAction *makeAction(QueueActionRunner::Action action, const QString &name, const QString &text,
                        const QKeySequence &keys);
    void updateActions();
    void confirm(QueueActionRunner::Action action);

    QueueMonitoring *m_monitoring;
    QueueEntryCommands *m_commands;
    QAbstractItemView *m_groups;
    QList<std::pair<QueueActionRunner::Action, QAction *>> m_actions;
};

} // namespace commdesk
