#include "ComposeDialog.h"

#include "ComposeButtonBar.h"
#include "ComposeEditor.h"
#include "ComposeFormJson.h"
#include "ComposeLocalCopy.h"
#include "ComposeValidation.h"
#include "ConflictDialog.h"
#include "MessageBanner.h"
#include "Outbox.h"
#include "ScreenFit.h"
#include "Settings.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTime>
#include <QVBoxLayout>

namespace commdesk {

ComposeDialog::ComposeDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_settings(workspace->settings())
    , m_editor(new ComposeEditor(workspace->composeLookups()))
    , m_scroll(new QScrollArea)
    , m_banner(new MessageBanner)
    , m_buttons(new ComposeButtonBar)
    , m_sendAction(new QAction(this))
    , m_saveDraftAction(new QAction(this))
    , m_sender(workspace->composeSender(this, this))
    , m_localCopy(workspace->composeLocalCopy([this] { return localSnapshot(); }, this))
{
    setObjectName(QStringLiteral("composeDialog"));
    setModal(false);
    setSizeGripEnabled(true);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the first field, not to the box around the fields (which scrolls to the focused field itself).
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &ComposeButtonBar::sendClicked, this, &ComposeDialog::send);
    connect(m_buttons, &ComposeButtonBar::saveDraftClicked, this, &ComposeDialog::saveDraft);
    connect(m_buttons, &ComposeButtonBar::closeClicked, this, &ComposeDialog::reject);
    for (QAction *action : {m_sendAction, m_saveDraftAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_sendAction, &QAction::triggered, this, &ComposeDialog::send);
    connect(m_saveDraftAction, &QAction::triggered, this, &ComposeDialog::saveDraft);
    setShortcuts(defaultSendKeys(), defaultSaveDraftKeys());
    connect(m_editor, &ComposeEditor::changed, this, &ComposeDialog::refreshButtons);
    connect(m_editor, &ComposeEditor::changed, m_localCopy, &ComposeLocalCopy::scheduleAutosave);
    // Nothing typed is lost silently: when it cannot be kept on this computer, the window says so.
    connect(m_localCopy, &ComposeLocalCopy::autosaveFailed, this, [this](const QString &error) {
        m_autosaveBanner = true;
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("What you type cannot be kept on this computer (%1). Save it as a draft or send it "
                                 "so that it is not lost.")
                                  .arg(error));
    });
    connect(m_localCopy, &ComposeLocalCopy::autosaveWorks, this, [this] {
        if (std::exchange(m_autosaveBanner, false))
            m_banner->hide();
    });
    connectSender();

    const QByteArray geometry = m_settings ? m_settings->value(setting::composeGeometry) : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(720, 760);
    m_editor->loadLookups();
    startNew();
}

QList<QKeySequence> ComposeDialog::defaultSendKeys()
{
    return {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)};
}

QList<QKeySequence> ComposeDialog::defaultSaveDraftKeys()
{
    return {QKeySequence(QKeySequence::Save)};
}

void ComposeDialog::setShortcuts(const QList<QKeySequence> &send, const QList<QKeySequence> &saveDraft)
{
    m_sendAction->setShortcuts(send);
    m_saveDraftAction->setShortcuts(saveDraft);
    m_buttons->showShortcuts(send.value(0), saveDraft.value(0));
}

ComposeDialog::~ComposeDialog()
{
    // The window goes with its parent (the app quits): what was typed stays on disk.
    if (!m_closing && hasUnsavedChanges())
        m_localCopy->autosave();
    m_localCopy->releaseOutboxItem();
}

void ComposeDialog::connectSender()
{
    connect(m_sender, &ComposeSender::started, this, &ComposeDialog::startRequest);
    connect(m_sender, &ComposeSender::finished, this, &ComposeDialog::finishRequest);
    connect(m_sender, &ComposeSender::loaded, this, &ComposeDialog::loadDraft);
    connect(m_sender, &ComposeSender::loadFailed, this, [this](const ApiError &error) {
        showBanner(tr("The draft could not be loaded again, so it may be incomplete: %1").arg(error.userText()));
    });
    connect(m_sender, &ComposeSender::saved, this, &ComposeDialog::saved);
    connect(m_sender, &ComposeSender::failed, this, [this](const ApiError &error) {
        // Only a create (no draft yet) may wait in the outbox: an update is never repeated blindly.
        if (m_draft || !queueInOutbox(error))
            failed(error);
    });
    connect(m_sender, &ComposeSender::unchanged, this, [this] {
        m_buttons->setStatus(tr("Nothing changed since the draft was saved."));
        markClean();
        if (m_sender->submission().closeAfter)
            closeNow(false);
    });
    connect(m_sender, &ComposeSender::keptMine, this,
            [this](const Communication &theirs) { m_draft->logInformation = theirs.logInformation; });
    connect(m_sender, &ComposeSender::tookTheirs, this, [this](const Communication &theirs) {
        m_localCopy->forgetDraft();
        loadDraft(theirs);
        m_buttons->setStatus(tr("Took the version on the server."));
    });
}

qint64 ComposeDialog::localDraftId() const
{
    return m_localCopy->draftId();
}

void ComposeDialog::restoreLocalDraft(const LocalDraft &draft)
{
    if (draft.communicationId.isEmpty()) {
        startNew();
        m_editor->setForm(ComposeFormJson::read(draft.form));
    } else {
        Communication edited;
        edited.id = draft.communicationId;
        edited.number = draft.communicationNumber;
        m_sender->cancel();
        finishRequest();
        m_draft = edited;
        m_editor->setDraftMode(true);
        m_editor->setForm(ComposeFormJson::read(draft.baseline));
        markClean();
        m_editor->setForm(ComposeFormJson::read(draft.form));
        setWindowTitle(tr("Draft %1").arg(draft.communicationNumber));
    }
    m_localCopy->adoptDraft(draft.id);
    m_buttons->setStatus(tr("Recovered what was typed before CommDesk closed."));
    refreshButtons();
}

bool ComposeDialog::editOutboxItem(const OutboxItem &item)
{
    if (!m_localCopy->holdOutboxItem(item.id))
        return false;
    fillNew({});
    m_editor->setForm(ComposeFormJson::read(item.form));
    setWindowTitle(tr("Outbox: %1").arg(item.title));
    if (!item.lastError.isEmpty())
        m_buttons->setStatus(tr("Last attempt: %1").arg(item.lastError));
    return true;
}

std::optional<LocalDraft> ComposeDialog::localSnapshot() const
{
    if (!hasUnsavedChanges())
        return std::nullopt;
    return ComposeLocalCopy::draftFor(m_editor->form(), m_baseline, m_draft);
}

void ComposeDialog::startNew(const Prefill &prefill)
{
    m_localCopy->releaseOutboxItem();
    fillNew(prefill);
}

void ComposeDialog::fillNew(const Prefill &prefill)
{
    m_sender->cancel();
    finishRequest();
    m_draft.reset();
    m_localCopy->adoptDraft(0); // a new communication gets a local draft row of its own
    ComposeForm form;
    if (prefill.contact) {
        form.contactField = prefill.contact->field;
        form.contactValue = prefill.contact->value;
    }
    form.direction = prefill.direction;
    form.media = prefill.media;
    if (prefill.category)
        form.category = ComposeChoice {*prefill.category, prefill.category->value};
    form.subject = prefill.subject;
    form.content = prefill.content;
    form.to = prefill.to;
    if (prefill.referringTo) {
        form.referringEntity = prefill.referringTo->entity.known();
        form.referringNumber = prefill.referringTo->number;
    }
    m_editor->setDraftMode(false);
    m_editor->setForm(form);
    if (prefill.contact)
        m_editor->lookUpContact();
    setWindowTitle(tr("New communication"));
    m_banner->hide();
    m_buttons->setStatus({});
    markClean();
}

void ComposeDialog::editDraft(const Communication &draft)
{
    m_sender->cancel();
    finishRequest();
    loadDraft(draft);
    m_buttons->setStatus({});
    // The caller may hold a summary with fewer members (a list's fields_set): edit the full draft.
    m_sender->load(draft.id);
}

void ComposeDialog::loadDraft(const Communication &draft)
{
    m_draft = draft;
    m_editor->setDraftMode(true);
    m_editor->setForm(ComposeForm::fromCommunication(draft));
    if (draft.contact)
        m_editor->setKnownContact(*draft.contact);
    setWindowTitle(tr("Draft %1").arg(draft.number));
    m_banner->hide();
    if (draft.lifeCycleState && *draft.lifeCycleState != LifeCycleState::Draft)
        showBanner(tr("%1 is completed: only drafts can be edited (notes aside).").arg(draft.number));
    markClean();
}

bool ComposeDialog::hasUnsavedChanges() const
{
    return m_editor->form() != m_baseline;
}

void ComposeDialog::send()
{
    submit(LifeCycleState::Completed, false);
}

void ComposeDialog::saveDraft()
{
    submit(LifeCycleState::Draft, false);
}

void ComposeDialog::submit(LifeCycleState state, bool closeAfter)
{
    if (isBusy())
        return;
    m_banner->hide();
    const ComposeForm form = m_editor->form();
    const ComposeContext context = m_editor->context();
    const auto mode = m_draft ? ComposeValidation::Mode::Update : ComposeValidation::Mode::Create;
    const QList<ComposeIssue> issues =
        ComposeValidation::validate(form, context, mode, m_draft ? &m_baseline : nullptr);
    if (!issues.isEmpty()) {
        if (QWidget *field = m_editor->showIssues(issues))
            m_scroll->ensureWidgetVisible(field);
        m_buttons->setStatus(tr("Nothing was sent: please check the marked fields."));
        return;
    }
    m_editor->clearIssues();
    if (m_draft)
        m_sender->update({form, context, state, closeAfter}, *m_draft, m_baseline);
    else
        m_sender->create({form, context, state, closeAfter});
}

void ComposeDialog::saved(const Communication &communication)
{
    // Confirmed by the server: only now may the local copy go.
    m_localCopy->forgetDraft();
    m_localCopy->discardOutboxItem();
    const LifeCycleState state = m_sender->submission().state;
    const bool closeAfter = m_sender->submission().closeAfter;
    Q_EMIT communicationSaved(communication);
    if (state == LifeCycleState::Completed || closeAfter) {
        markClean();
        closeNow(state == LifeCycleState::Completed);
        return;
    }
    // A saved draft stays open; saving again updates it rather than creating another.
    loadDraft(communication);
    m_buttons->setStatus(
        tr("Draft %1 saved at %2.")
            .arg(communication.number, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

bool ComposeDialog::queueInOutbox(const ApiError &error)
{
    const ComposeSender::Submission &sent = m_sender->submission();
    // False: no outbox, or not worth retrying. Not stored: the window stays open with the error.
    return m_localCopy->queue(sent.form, sent.context, sent.state, error, [this, error](qint64 id) {
        if (id == 0) {
            failed(error);
            return;
        }
        Q_EMIT queuedInOutbox(id);
        markClean();
        closeNow(false);
    });
}

void ComposeDialog::failed(const ApiError &error)
{
    // Everything typed stays; the refusal lands beside the field it names, else at the top.
    const std::optional<ComposeIssue> issue = ComposeValidation::serverIssue(error);
    if (issue) {
        if (QWidget *field = m_editor->showIssue(*issue)) {
            m_scroll->ensureWidgetVisible(field);
            m_buttons->setStatus(tr("The server refused it: see the marked field."));
            return;
        }
    }
    showBanner(error.userText());
    m_buttons->setStatus({});
}

void ComposeDialog::startRequest(const QString &status)
{
    m_focusBeforeRequest = QApplication::focusWidget();
    m_editor->setEnabled(false);
    m_buttons->showProgress(status);
    refreshButtons();
}

void ComposeDialog::finishRequest()
{
    m_editor->setEnabled(true);
    m_buttons->hideProgress();
    if (m_focusBeforeRequest && isVisible())
        m_focusBeforeRequest->setFocus(Qt::OtherFocusReason);
    m_focusBeforeRequest = nullptr;
    refreshButtons();
}

void ComposeDialog::reject()
{
    if (m_closing) {
        QDialog::reject();
        return;
    }
    if (isBusy()) {
        m_buttons->setStatus(tr("Waiting for the server's answer; close again once it has come."));
        return;
    }
    if (!hasUnsavedChanges()) {
        closeNow(false);
        return;
    }
    askToClose();
}

void ComposeDialog::askToClose()
{
    m_localCopy->autosave(); // kept even if the question is never answered
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("This communication has changes that are not saved."),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeQuestion"));
    box->setInformativeText(tr("Save it as a draft to finish later, or discard the changes?"));
    box->button(QMessageBox::Save)->setText(tr("Save as draft"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_closeQuestion = box;
    // Asked without a nested event loop (docs/architecture.md "Rules of the house"): the answer arrives as a signal.
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Discard)
            closeNow(false);
        else if (answer == QMessageBox::Save)
            submit(LifeCycleState::Draft, true);
    });
    box->open();
}

void ComposeDialog::closeNow(bool accepted)
{
    m_closing = true;
    // Closed with nothing unsaved, or the user discarded the changes.
    m_localCopy->forgetDraft();
    m_baseline = m_editor->form(); // nothing left to keep when the window goes
    m_localCopy->releaseOutboxItem();
    if (accepted)
        accept();
    else
        QDialog::reject();
    m_closing = false;
}

void ComposeDialog::hideEvent(QHideEvent *event)
{
    if (!m_closing && hasUnsavedChanges())
        m_localCopy->autosave();
    if (m_settings)
        m_settings->setValue(setting::composeGeometry, saveGeometry());
    QDialog::hideEvent(event);
}

void ComposeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (event->spontaneous())
        return; // back from the taskbar, as it was
    ScreenFit::keepOnScreen(this); // Send, Save and Close within reach on a small screen; the form scrolls
    m_editor->focusFirstField();
}

void ComposeDialog::markClean()
{
    m_baseline = m_editor->form();
    refreshButtons();
}

void ComposeDialog::showBanner(const QString &text)
{
    m_banner->showMessage(MessageBanner::Kind::Error, text);
}

void ComposeDialog::refreshButtons()
{
    m_buttons->refresh(!isBusy(), m_editor->form().media);
}

void ComposeDialog::askAboutConflict(const ComposeForm &mine, const Communication &theirs, QObject *context,
                                     std::function<void(ConflictChoice)> answer)
{
    auto *box = new ConflictDialog(mine, theirs, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, context, [answer = std::move(answer)](int choice) {
        answer(choice == ConflictDialog::KeepMine         ? ConflictChoice::KeepMine
                   : choice == ConflictDialog::TakeTheirs ? ConflictChoice::TakeTheirs
                                                          : ConflictChoice::Cancel);
    });
    box->open();
}

} // namespace commdesk
