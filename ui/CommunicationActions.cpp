#include "CommunicationActions.h"

#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "MenuAction.h"
#include "SafeTextBrowser.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>

namespace commdesk {

CommunicationActions::CommunicationActions(CrmConnection *connection, ComposeOpener composeOpener, QMainWindow *window)
    : QObject(window)
    , m_connection(connection)
    , m_composeOpener(std::move(composeOpener))
    , m_window(window)
{
    m_edit = makeAction(QStringLiteral("edit"), tr("&Edit draft"), QStringLiteral("compose"),
                        QKeySequence(Qt::CTRL | Qt::Key_E), [this] { editCurrent(); });
    m_complete = makeAction(QStringLiteral("complete"), tr("&Complete"), QStringLiteral("complete"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { completeCurrent(); });
    m_markViewed = makeAction(QStringLiteral("markViewed"), tr("Mark as &viewed"), QStringLiteral("viewed"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { markCurrentViewed(); });
    m_followUp = makeAction(QStringLiteral("followUp"), tr("&Follow up"), QStringLiteral("follow-up"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { followUpCurrent(); });
    m_copyNumber = makeAction(QStringLiteral("copyNumber"), tr("Copy &number"), QStringLiteral("copy"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyCurrentNumber(); });
}

QAction *CommunicationActions::makeAction(const QString &name, const QString &text, const QString &icon,
                                          const QKeySequence &shortcut, const std::function<void()> &handler)
{
    // Owned by the window, as its other actions are: MainWindow::action() finds them by name there.
    QAction *action = makeMenuAction(name, text, icon, shortcut, m_window);
    connect(action, &QAction::triggered, this, handler);
    return action;
}

void CommunicationActions::attachTo(CommunicationView *detail)
{
    m_detail = detail;
    m_detail->setActions(actions());
}

QList<QAction *> CommunicationActions::actions() const
{
    return {m_edit, m_complete, m_markViewed, m_followUp, m_copyNumber};
}

void CommunicationActions::update()
{
    const std::optional<Communication> &c = m_detail->communication();
    const bool draft = c && c->lifeCycleState == LifeCycleState::Draft;
    m_edit->setEnabled(draft);
    m_complete->setEnabled(draft);
    m_markViewed->setEnabled(c && c->lifeCycleState == LifeCycleState::Completed && c->viewed == false);
    m_followUp->setEnabled(c && c->contact.has_value());
    m_copyNumber->setEnabled(c && !c->number.isEmpty());
}

void CommunicationActions::activate()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (c && c->lifeCycleState == LifeCycleState::Draft)
        editCurrent();
    else
        m_detail->contentView()->setFocus();
}

void CommunicationActions::reportError(const ApiError &error)
{
    m_detail->showError(error.userText());
    showStatus(error.userText(), 8000);
}

void CommunicationActions::showStatus(const QString &text, int timeout)
{
    m_window->statusBar()->showMessage(text, timeout);
}

void CommunicationActions::completeCurrent()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (!c)
        return;
    m_complete->setEnabled(false);
    m_connection->communications()->complete(this, Identifier::byId(c->id), [this](const Result<Communication> &r) {
        if (!r.ok())
            return reportError(r.error()), update();
        Q_EMIT communicationChanged(r.value());
        showStatus(tr("%1 completed.").arg(r.value().number), 5000);
    });
}

void CommunicationActions::markCurrentViewed()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (!c)
        return;
    m_markViewed->setEnabled(false);
    m_connection->communications()->setAsViewed(this, Identifier::byId(c->id), {},
                                                [this](const Result<Communication> &r) {
                                                    if (!r.ok())
                                                        return reportError(r.error()), update();
                                                    Q_EMIT communicationChanged(r.value());
                                                    showStatus(tr("%1 marked as viewed.").arg(r.value().number), 5000);
                                                });
}

void CommunicationActions::editCurrent()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (c && c->lifeCycleState == LifeCycleState::Draft)
        m_composeOpener([draft = *c](ComposeDialog *dialog) { dialog->editDraft(draft); });
}

void CommunicationActions::followUpCurrent()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (!c || !c->contact)
        return;
    ComposeDialog::Prefill prefill;
    prefill.contact = Identifier::byNumber(c->contact->number);
    prefill.media = knownValue(c->media);
    prefill.direction = Direction::Outgoing;
    if (c->category)
        prefill.category = Identifier::byId(c->category->id);
    prefill.subject = c->subject.startsWith(tr("Re: ")) ? c->subject : tr("Re: ") + c->subject;
    if (c->direction == Direction::Incoming || c->media == Media::Email || c->media == Media::Sms)
        prefill.to = c->to;
    prefill.referringTo = ReferringTo {ReferringEntity::Communications, c->id, c->number};
    m_composeOpener([prefill](ComposeDialog *dialog) { dialog->startNew(prefill); });
}

void CommunicationActions::copyCurrentNumber()
{
    const std::optional<Communication> &c = m_detail->communication();
    if (!c)
        return;
    QGuiApplication::clipboard()->setText(c->number);
    showStatus(tr("Copied %1.").arg(c->number), 3000);
}

} // namespace commdesk
