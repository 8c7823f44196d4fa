#include "QueueEntryActions.h"

#include "ActionJournal.h"
#include "ComposeDialog.h"
#include "QueueActionDialog.h"
#include "QueueEntryDetailView.h"

#include <QAction>
#include <QWidget>

#include <algorithm>

namespace commdesk {

QueueEntryActions::QueueEntryActions(CrmConnection *connection, Settings *settings, ActionJournal *journal,
                                     QueueEntryDetailView *detail, std::function<QList<QueueEntry>()> selection,
                                     QWidget *monitor)
    : QObject(monitor)
    , m_connection(connection)
    , m_settings(settings)
    , m_journal(journal)
    , m_detail(detail)
    , m_selection(std::move(selection))
    , m_monitor(monitor)
    , m_runner(new QueueActionRunner(connection->queue(), journal, this))
{
    using A = QueueActionRunner::Action;
    m_complete = makeAction(QStringLiteral("queueComplete"), tr("&Complete…"), QStringLiteral("complete"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { act(A::Complete); });
    m_reject = makeAction(QStringLiteral("queueReject"), tr("Re&ject…"), QString(),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), [this] { act(A::Reject); });
    m_remove = makeAction(QStringLiteral("queueRemove"), tr("Re&move…"), QString(), QKeySequence::Delete,
                          [this] { act(A::Remove); });
    m_resend = makeAction(QStringLiteral("queueResend"), tr("Re&send…"), QStringLiteral("compose"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { resendCurrent(); });
    m_open = makeAction(QStringLiteral("queueOpenCommunication"), tr("&Open communication"), QStringLiteral("outgoing"),
                        QKeySequence(Qt::CTRL | Qt::Key_O), [this] {
                            const std::optional<QueueEntry> entry = m_detail->entry();
                            if (entry && entry->communication)
                                Q_EMIT openCommunicationRequested(entry->communication->id);
                        });

    connect(m_runner, &QueueActionRunner::entryUpdated, this, &QueueEntryActions::entryUpdated);
    connect(m_runner, &QueueActionRunner::finished, this, [this](const QList<QueueActionRunner::Outcome> &outcomes) {
        QStringList errors;
        for (const QueueActionRunner::Outcome &outcome : outcomes) {
            if (outcome.error)
                errors.append(outcome.entry.number + QStringLiteral(": ") + outcome.error->userText());
        }
        Q_EMIT actionsFinished(int(outcomes.size() - errors.size()), int(errors.size()), errors);
    });
}

QAction *QueueEntryActions::makeAction(const QString &name, const QString &text, const QString &icon,
                                       const QKeySequence &shortcut, const std::function<void()> &handler)
{
    // Owned by the monitor, as its other actions are: found by name there, shortcuts anywhere in it.
    auto *action =
        new QAction(icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, m_monitor);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, handler);
    m_monitor->addAction(action);
    return action;
}

void QueueEntryActions::setComposeOpener(ComposeOpener opener)
{
    m_composeOpener = std::move(opener);
}

QList<QAction *> QueueEntryActions::actions() const
{
    return {m_complete, m_reject, m_remove, m_resend, m_open};
}

void QueueEntryActions::update()
{
    using A = QueueActionRunner::Action;
    const QList<QueueEntry> selected = m_selection();
    auto any = [&selected](A action) {
        return std::any_of(selected.begin(), selected.end(), [action](const QueueEntry &e) {
            return QueueActionRunner::allows(action, e.lifeCycleState);
        });
    };
    const bool idle = !m_runner->isRunning();
    m_complete->setEnabled(idle && any(A::Complete));
    m_reject->setEnabled(idle && any(A::Reject));
    m_remove->setEnabled(idle && any(A::Remove));
    const std::optional<QueueEntry> entry = m_detail->entry();
    m_resend->setEnabled(entry && entry->lifeCycleState == QueueState::Rejected && entry->communication);
    m_open->setEnabled(entry && entry->communication && !entry->communication->id.isEmpty());
}

void QueueEntryActions::act(QueueActionRunner::Action action)
{
    QList<QueueEntry> entries;
    for (const QueueEntry &entry : m_selection()) {
        if (QueueActionRunner::allows(action, entry.lifeCycleState))
            entries.append(entry);
    }
    if (entries.isEmpty() || m_runner->isRunning())
        return;
    auto *dialog = new QueueActionDialog(action, entries, m_monitor);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Credentials &credentials = m_connection->session()->credentials();
        m_runner->setUser(credentials.usesApiKey() ? tr("API key") : credentials.username);
        m_runner->run(dialog->request());
        update();
    });
    dialog->open();
    Q_EMIT actionDialogOpened(dialog);
}

void QueueEntryActions::resendCurrent()
{
    const std::optional<Communication> original = m_detail->communication();
    const std::optional<QueueEntry> entry = m_detail->entry();
    if (!entry || entry->lifeCycleState != QueueState::Rejected || !original)
        return;
    ComposeDialog::Prefill prefill;
    if (original->contact)
        prefill.contact = Identifier::byNumber(original->contact->number);
    prefill.direction = Direction::Outgoing;
    prefill.media = knownValue(original->media);
    if (original->category)
        prefill.category = Identifier::byId(original->category->id);
    prefill.subject = original->subject;
    prefill.content = original->content;
    prefill.to = original->to;
    prefill.referringTo = ReferringTo {ReferringEntity::Communications, original->id, original->number};

    // The opener (MainWindow::compose) shows the window and announces it.
    ComposeDialog *dialog =
        m_composeOpener ? m_composeOpener([prefill](ComposeDialog *opened) { opened->startNew(prefill); }) : nullptr;
    if (!dialog)
        return;
    connect(dialog, &ComposeDialog::communicationSaved, this,
            [this, entry = *entry](const Communication &sent) { journalResend(entry, sent); });
}

void QueueEntryActions::journalResend(const QueueEntry &entry, const Communication &sent)
{
    JournalRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.user = m_connection->session()->credentials().username;
    record.action = QStringLiteral("resend");
    record.entryNumber = entry.number;
    record.entryId = entry.id;
    record.reason = entry.errorCode;
    record.detail = tr("resent as %1").arg(sent.number);
    record.succeeded = true;
    record.answer = sent.lifeCycleState ? wireName(*sent.lifeCycleState) : QString();
    m_journal->append(record);
    Q_EMIT resent();
}

} // namespace commdesk
