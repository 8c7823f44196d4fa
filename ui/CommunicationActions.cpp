#include "CommunicationActions.h"

#include "CommunicationPrinter.h"
#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "DeskLink.h"
#include "MenuAction.h"
#include "SafeTextBrowser.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>

namespace commdesk {

CommunicationActions::CommunicationActions(CurrentCommunication *current, ComposeOpener composeOpener, QWidget *window)
    : QToolBar(window)
    , m_current(current)
    , m_composeOpener(std::move(composeOpener))
    , m_window(window)
{
    setObjectName(QStringLiteral("communicationToolBar"));
    setAccessibleName(tr("Communication actions"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(16, 16));
    m_edit = makeAction(QStringLiteral("edit"), tr("&Edit draft"), QStringLiteral("compose"),
                        QKeySequence(Qt::CTRL | Qt::Key_E), [this] { editCurrent(); });
    m_complete = makeAction(QStringLiteral("complete"), tr("&Complete"), QStringLiteral("complete"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                            [this] { m_current->act(CurrentCommunication::Action::Complete); });
    m_markViewed = makeAction(QStringLiteral("markViewed"), tr("Mark as &viewed"), QStringLiteral("viewed"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                              [this] { m_current->act(CurrentCommunication::Action::MarkViewed); });
    m_followUp = makeAction(QStringLiteral("followUp"), tr("&Follow up"), QStringLiteral("follow-up"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { followUpCurrent(); });
    m_copyNumber = makeAction(QStringLiteral("copyNumber"), tr("Copy &number"), QStringLiteral("copy"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyCurrentNumber(); });
    m_copyLink = makeAction(QStringLiteral("copyLink"), tr("Copy &link"), QStringLiteral("copy"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), [this] { copyCurrentLink(); });
    m_printer = new CommunicationPrinter(window);
    connect(m_printer, &CommunicationPrinter::status, this, &CommunicationActions::status);
    m_print = makeAction(QStringLiteral("print"), tr("&Print…"), QString(), QKeySequence::Print, [this] {
        if (const std::optional<Communication> &c = m_current->communication())
            m_printer->print(*c);
    });
    m_exportPdf = makeAction(QStringLiteral("exportPdf"), tr("Export as P&DF…"), QString(),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
                                 if (const std::optional<Communication> &c = m_current->communication())
                                     m_printer->exportPdf(*c);
                             });
    addActions({m_edit, m_complete, m_markViewed, m_followUp, m_copyNumber, m_copyLink});
    connect(m_current, &CurrentCommunication::changed, this, &CommunicationActions::update);
    connect(m_current, &CurrentCommunication::acted, this,
            [this](CurrentCommunication::Action action, const Communication &communication) {
                Q_EMIT status(action == CurrentCommunication::Action::Complete
                                  ? tr("%1 completed.").arg(communication.number)
                                  : tr("%1 marked as viewed.").arg(communication.number),
                              5000);
            });
    connect(m_current, &CurrentCommunication::actionFailed, this,
            [this](CurrentCommunication::Action, const ApiError &error) { Q_EMIT status(error.userText(), 8000); });
    update();
}

QAction *CommunicationActions::makeAction(const QString &name, const QString &text, const QString &icon,
                                          const QKeySequence &shortcut, const std::function<void()> &handler)
{
    // Owned by the window, as its other actions are: MainWindow::action() finds them by name there.
    QAction *action = makeMenuAction(name, text, icon, shortcut, m_window);
    connect(action, &QAction::triggered, this, handler);
    return action;
}

QList<QAction *> CommunicationActions::communicationActions() const
{
    return {m_edit, m_complete, m_markViewed, m_followUp, m_copyNumber, m_copyLink, m_print, m_exportPdf};
}

void CommunicationActions::update()
{
    const std::optional<Communication> &c = m_current->communication();
    const bool idle = !m_current->isBusy();
    const bool draft = c && c->lifeCycleState == LifeCycleState::Draft;
    m_edit->setEnabled(draft);
    m_complete->setEnabled(draft && idle);
    m_markViewed->setEnabled(idle && c && c->lifeCycleState == LifeCycleState::Completed && c->viewed == false);
    m_followUp->setEnabled(c && c->contact.has_value());
    m_copyNumber->setEnabled(c && !c->number.isEmpty());
    m_copyLink->setEnabled(c && !c->number.isEmpty());
    m_print->setEnabled(c.has_value());
    m_exportPdf->setEnabled(c.has_value());
}

void CommunicationActions::activate(CommunicationView *detail)
{
    const std::optional<Communication> &c = m_current->communication();
    if (c && c->lifeCycleState == LifeCycleState::Draft)
        editCurrent();
    else
        detail->contentView()->setFocus();
}

void CommunicationActions::editCurrent()
{
    const std::optional<Communication> &c = m_current->communication();
    if (c && c->lifeCycleState == LifeCycleState::Draft)
        m_composeOpener([draft = *c](ComposeDialog *dialog) { dialog->editDraft(draft); });
}

void CommunicationActions::followUpCurrent()
{
    const std::optional<Communication> &c = m_current->communication();
    if (!c || !c->contact)
        return;
    ComposeDialog::Prefill prefill;
    prefill.contact = Identifier::byNumber(c->contact->number);
    prefill.media = knownValue(c->media);
    prefill.direction = Direction::Outgoing;
    if (c->category)
        prefill.category = Identifier::byId(c->category->id);
    prefill.subject = c->subject.startsWith(tr("Re: ")) ? c->subject : tr("Re: ") + c->subject;
    // An outgoing one went to the contact's own address: the reply goes there too. An incoming one was
    // addressed to this company (its `to` is our inbox): the reply goes to the contact's e-mail or mobile,
    // which the compose window suggests once it has looked the contact up.
    if (c->direction == Direction::Outgoing && (c->media == Media::Email || c->media == Media::Sms))
        prefill.to = c->to;
    prefill.referringTo = ReferringTo {ReferringEntity::Communications, c->id, c->number};
    m_composeOpener([prefill](ComposeDialog *dialog) { dialog->startNew(prefill); });
}

void CommunicationActions::copyCurrentNumber()
{
    const std::optional<Communication> &c = m_current->communication();
    if (!c)
        return;
    QGuiApplication::clipboard()->setText(c->number);
    Q_EMIT status(tr("Copied %1.").arg(c->number), 3000);
}

void CommunicationActions::copyCurrentLink()
{
    const std::optional<Communication> &c = m_current->communication();
    if (!c || c->number.isEmpty())
        return;
    const QString link = DeskLink::communication(c->number).toString();
    QGuiApplication::clipboard()->setText(link);
    Q_EMIT status(tr("Copied the link %1.").arg(link), 3000);
}

} // namespace commdesk
