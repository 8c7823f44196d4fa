#include "RejectionGroupActions.h"

#include "Accessibility.h"
#include "QueueActionDialog.h"
#include "QueueEntryCommands.h"
#include "QueueEntryModel.h"
#include "QueueMonitoring.h"
#include "RejectionGroupModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>

namespace commdesk {

RejectionGroupActions::RejectionGroupActions(QueueMonitoring *monitoring, QueueEntryCommands *commands,
                                             QAbstractItemView *groups, QWidget *parent)
    : QToolBar(parent)
    , m_monitoring(monitoring)
    , m_commands(commands)
    , m_groups(groups)
{
    setObjectName(QStringLiteral("rejectionGroupActions"));
    setAccessibleName(tr("Rejection group actions"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    using A = QueueActionRunner::Action;
    // The entry actions' keys with Alt (Shift+Delete for Remove), while the focus is on the rejection groups.
    makeAction(A::Resend, QStringLiteral("groupResend"), tr("Resend group…"),
               QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_R));
    makeAction(A::Complete, QStringLiteral("groupComplete"), tr("Complete group…"),
               QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Return));
    makeAction(A::Reject, QStringLiteral("groupReject"), tr("Reject group again…"),
               QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_J));
    makeAction(A::Remove, QStringLiteral("groupRemove"), tr("Remove group…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    accessibility::nameOverflowButton(this);
    m_groups->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_groups->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RejectionGroupActions::updateActions);
    connect(m_groups->model(), &QAbstractItemModel::dataChanged, this, &RejectionGroupActions::updateActions);
    connect(m_groups->model(), &QAbstractItemModel::rowsRemoved, this, &RejectionGroupActions::updateActions);
    connect(m_commands, &QueueEntryCommands::allowedChanged, this, &RejectionGroupActions::updateActions);
    updateActions();
}

QAction *RejectionGroupActions::makeAction(QueueActionRunner::Action action, const QString &name, const QString &text,
                                           const QKeySequence &keys)
{
    auto *qaction = new QAction(text, this);
    qaction->setObjectName(name);
    qaction->setShortcut(keys);
    qaction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(qaction, &QAction::triggered, this, [this, action] { confirm(action); });
    m_groups->addAction(qaction); // first: the groups' table is where its shortcut works
    addAction(qaction);
    m_actions.append({action, qaction});
    return qaction;
}

QList<QueueEntry> RejectionGroupActions::entriesFor(QueueActionRunner::Action action) const
{
    const QModelIndexList rows = m_groups->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QString key = rows.first().data(RejectionGroupModel::GroupKeyRole).toString();
    return m_commands->entriesFor(action, RejectionGroupModel::entriesOf(key, m_monitoring->entries()->entries()));
}

void RejectionGroupActions::updateActions()
{
    const bool chosen = !m_groups->selectionModel()->selectedRows().isEmpty();
    for (const auto &[action, qaction] : std::as_const(m_actions)) {
        const int count = int(entriesFor(action).size());
        qaction->setEnabled(count > 0);
        if (!chosen)
            qaction->setToolTip(tr("Choose a rejection group first."));
        else if (count == 0 && action != QueueActionRunner::Action::Resend)
            qaction->setToolTip(tr("A rejected entry is final: the queue completes, rejects or removes only pending "
                                   "entries (and removes completed ones). Resend sends the group again."));
        else
            qaction->setToolTip(QueueActionDialog::explanation(action, count));
    }
}

void RejectionGroupActions::confirm(QueueActionRunner::Action action)
{
    const QList<QueueEntry> entries = entriesFor(action);
    if (entries.isEmpty())
        return;
    auto *dialog = new QueueActionDialog(action, entries, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_commands,
            [commands = m_commands, dialog] { commands->run(dialog->request()); });
    dialog->open();
    Q_EMIT actionDialogOpened(dialog);
}

} // namespace commdesk
