#include "QueueEntryToolBar.h"

#include "Accessibility.h"
#include "ComposeDialog.h"
#include "DeskLink.h"
#include "PaletteIcon.h"
#include "QueueActionDialog.h"
#include "QueueEntryCommands.h"
#include "QueueEntrySelection.h"
#include "QueueWorkspace.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>

namespace commdesk {

QueueEntryToolBar::QueueEntryToolBar(QueueWorkspace *workspace, QueueEntryCommands *commands, QWidget *host)
    : QToolBar(host)
    , m_workspace(workspace)
    , m_commands(commands)
    , m_host(host)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(16, 16));
    setAccessibleName(tr("Queue entry actions"));
    accessibility::nameOverflowButton(this);
    using A = QueueActionRunner::Action;
    m_complete = makeAction(QStringLiteral("queueComplete"), tr("&Complete…"), QStringLiteral("complete"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { confirm(A::Complete); });
    m_reject = makeAction(QStringLiteral("queueReject"), tr("Re&ject…"), QString(),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), [this] { confirm(A::Reject); });
    m_remove = makeAction(QStringLiteral("queueRemove"), tr("Re&move…"), QString(), QKeySequence::Delete,
                          [this] { confirm(A::Remove); });
    m_resend = makeAction(QStringLiteral("queueResend"), tr("Re&send…"), QStringLiteral("compose"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { resendCurrent(); });
    m_open = makeAction(QStringLiteral("queueOpenCommunication"), tr("&Open communication"), QStringLiteral("outgoing"),
                        QKeySequence(Qt::CTRL | Qt::Key_O), [this] {
                            const QString id = m_commands->communicationId();
                            if (!id.isEmpty())
                                Q_EMIT openCommunicationRequested(id);
                        });
    m_copyLink = makeAction(QStringLiteral("queueCopyLink"), tr("Copy &link"), QStringLiteral("copy"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), [this] {
                                const std::optional<QueueEntry> entry = m_commands->selection()->current();
                                if (!entry || entry->number.isEmpty())
                                    return;
                                const QString link = DeskLink::queueEntry(entry->number).toString();
                                QGuiApplication::clipboard()->setText(link);
                                Q_EMIT linkCopied(link);
                            });
    connect(m_commands, &QueueEntryCommands::allowedChanged, this, &QueueEntryToolBar::updateActions);
    updateActions();
}

QAction *QueueEntryToolBar::makeAction(const QString &name, const QString &text, const QString &icon,
                                       const QKeySequence &shortcut, const std::function<void()> &handler)
{
    // Owned by the host, as its other actions are: found by name there, shortcuts anywhere in it.
    auto *action = new QAction(paletteIcon(icon), text, m_host);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, handler);
    m_host->addAction(action);
    addAction(action);
    return action;
}

void QueueEntryToolBar::setComposeOpener(ComposeOpener opener)
{
    m_composeOpener = std::move(opener);
}

void QueueEntryToolBar::updateActions()
{
    using A = QueueActionRunner::Action;
    m_complete->setEnabled(m_commands->allows(A::Complete));
    m_reject->setEnabled(m_commands->allows(A::Reject));
    m_remove->setEnabled(m_commands->allows(A::Remove));
    m_resend->setEnabled(m_commands->canResend());
    m_open->setEnabled(!m_commands->communicationId().isEmpty());
    const std::optional<QueueEntry> entry = m_commands->selection()->current();
    m_copyLink->setEnabled(entry && !entry->number.isEmpty());
}

void QueueEntryToolBar::confirm(QueueActionRunner::Action action)
{
    const QList<QueueEntry> entries = m_commands->entriesFor(action);
    if (entries.isEmpty())
        return;
    auto *dialog = new QueueActionDialog(action, entries, m_host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_commands, [this, dialog] { m_commands->run(dialog->request()); });
    dialog->open();
    Q_EMIT actionDialogOpened(dialog);
}

void QueueEntryToolBar::resendCurrent()
{
    if (!m_commands->canResend())
        return;
    const QueueEntry entry = *m_commands->selection()->current();
    const Communication original = *m_commands->selection()->communication();
    ComposeDialog::Prefill prefill;
    if (original.contact)
        prefill.contact = Identifier::byNumber(original.contact->number);
    prefill.direction = Direction::Outgoing;
    prefill.media = knownValue(original.media);
    if (original.category)
        prefill.category = Identifier::byId(original.category->id);
    prefill.subject = original.subject;
    prefill.content = original.content;
    prefill.to = original.to;
    prefill.referringTo = ReferringTo {ReferringEntity::Communications, original.id, original.number};

    // The opener (MainWindow::compose) shows the window and announces it.
    ComposeDialog *dialog =
        m_composeOpener ? m_composeOpener([prefill](ComposeDialog *opened) { opened->startNew(prefill); }) : nullptr;
    if (!dialog)
        return;
    connect(dialog, &ComposeDialog::communicationSaved, m_commands,
            [commands = m_commands, entry](const Communication &sent) { commands->recordResend(entry, sent); });
}

} // namespace commdesk
