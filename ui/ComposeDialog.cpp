#include "ComposeDialog.h"

#include "ComposeEditor.h"
#include "ComposeFormJson.h"
#include "ComposeRequest.h"
#include "ComposeValidation.h"
#include "ConflictDialog.h"
#include "LocalDraftStore.h"
#include "MessageBanner.h"
#include "Outbox.h"
#include "Settings.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QPushButton *button(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *push = new QPushButton(text);
    push->setObjectName(objectName);
    push->setAccessibleName(accessibleName);
    // Enter in a field must never send: no button is the dialog's default.
    push->setAutoDefault(false);
    return push;
}

} // namespace

ComposeDialog::ComposeDialog(CrmConnection *connection, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_editor(new ComposeEditor(connection))
    , m_scroll(new QScrollArea)
    , m_banner(new MessageBanner)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_saveDraft(button(tr("Sa&ve as draft"), QStringLiteral("saveDraft"), tr("Save as draft")))
    , m_send(button(tr("Send"), QStringLiteral("send"), tr("Send")))
    , m_close(button(tr("Close"), QStringLiteral("close"), tr("Close")))
    , m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ComposeDialog::autosave);
    setObjectName(QStringLiteral("composeDialog"));
    setModal(false);
    setSizeGripEnabled(true);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_editor);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Waiting for the server"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextFormat(Qt::PlainText);
    m_send->setToolTip(tr("Complete the communication (%1)")
                           .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_saveDraft->setToolTip(tr("Save as a draft to finish later (%1)")
                                .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_send);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &ComposeDialog::send);
    connect(m_saveDraft, &QPushButton::clicked, this, &ComposeDialog::saveDraft);
    connect(m_close, &QPushButton::clicked, this, &ComposeDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ComposeDialog::send);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ComposeDialog::saveDraft);
    connect(m_editor, &ComposeEditor::changed, this, &ComposeDialog::refreshButtons);
    connect(m_editor, &ComposeEditor::changed, this, [this] {
        if (m_localDrafts)
            m_autosave->start(); // restarted by every change: saved once typing pauses
    });

    const QByteArray geometry = m_settings ? m_settings->value(setting::composeGeometry) : QByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(720, 760);
    m_editor->loadLookups();
    startNew();
}

ComposeDialog::~ComposeDialog()
{
    // The window goes with its parent (the app quits): what was typed stays on disk.
    if (!m_closing && hasUnsavedChanges())
        autosave();
    if (m_outbox && m_outboxItemId != 0)
        m_outbox->release(m_outboxItemId);
}

void ComposeDialog::setLocalStores(LocalDraftStore *drafts, Outbox *outbox)
{
    m_localDrafts = drafts;
    m_outbox = outbox;
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
        delete m_request;
        finishRequest();
        m_draft = edited;
        m_editor->setDraftMode(true);
        m_editor->setForm(ComposeFormJson::read(draft.baseline));
        markClean();
        m_editor->setForm(ComposeFormJson::read(draft.form));
        setWindowTitle(tr("Draft %1").arg(draft.communicationNumber));
    }
    m_localDraftId = draft.id;
    m_status->setText(tr("Recovered what was typed before CommDesk closed."));
    refreshButtons();
}

bool ComposeDialog::editOutboxItem(const OutboxItem &item)
{
    if (!m_outbox || !m_outbox->hold(item.id))
        return false;
    startNew();
    m_outboxItemId = item.id;
    m_editor->setForm(ComposeFormJson::read(item.form));
    setWindowTitle(tr("Outbox: %1").arg(item.title));
    if (!item.lastError.isEmpty())
        m_status->setText(tr("Last attempt: %1").arg(item.lastError));
    return true;
}

QString ComposeDialog::localTitle() const
{
    const ComposeForm form = m_editor->form();
    if (!form.subject.trimmed().isEmpty())
        return form.subject.trimmed();
    if (!form.contactValue.trimmed().isEmpty())
        return tr("To %1").arg(form.contactValue.trimmed());
    return tr("Untitled communication");
}

void ComposeDialog::autosave()
{
    m_autosave->stop();
    if (!m_localDrafts || !hasUnsavedChanges())
        return;
    LocalDraft draft;
    draft.id = m_localDraftId;
    if (m_draft) {
        draft.communicationId = m_draft->id;
        draft.communicationNumber = m_draft->number;
        draft.baseline = ComposeFormJson::write(m_baseline);
    }
    draft.title = localTitle();
    draft.form = ComposeFormJson::write(m_editor->form());
    draft.updatedAt = QDateTime::currentDateTimeUtc();
    if (const qint64 id = m_localDrafts->save(draft))
        m_localDraftId = id;
}

void ComposeDialog::forgetLocalDraft()
{
    m_autosave->stop();
    if (m_localDrafts && m_localDraftId != 0)
        m_localDrafts->remove(m_localDraftId);
    m_localDraftId = 0;
}

void ComposeDialog::startNew(const Prefill &prefill)
{
    delete m_request;
    finishRequest();
    m_draft.reset();
    m_localDraftId = 0;
    if (m_outbox && m_outboxItemId != 0)
        m_outbox->release(m_outboxItemId);
    m_outboxItemId = 0;
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
        form.referringEntity = prefill.referringTo->entity;
        form.referringNumber = prefill.referringTo->number;
    }
    m_editor->setDraftMode(false);
    m_editor->setForm(form);
    if (prefill.contact)
        m_editor->lookUpContact();
    setWindowTitle(tr("New communication"));
    m_banner->hide();
    m_status->clear();
    markClean();
}

void ComposeDialog::editDraft(const Communication &draft)
{
    delete m_request;
    finishRequest();
    loadDraft(draft);
    m_status->clear();
    // The caller may hold a summary with fewer members (a list's fields_set): edit the full draft.
    QObject *owner = startRequest(tr("Loading the draft…"));
    m_connection->communications()->show(owner, Identifier::byId(draft.id), {},
                                         [this](const Result<Communication> &result) { draftFetched(result); });
}

void ComposeDialog::draftFetched(const Result<Communication> &result)
{
    finishRequest();
    if (result)
        loadDraft(result.value());
    else
        showBanner(
            tr("The draft could not be loaded again, so it may be incomplete: %1").arg(result.error().userText()));
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
        m_status->setText(tr("Nothing was sent: please check the marked fields."));
        return;
    }
    m_editor->clearIssues();
    if (m_draft)
        updateDraft(form, context, state, closeAfter);
    else
        createCommunication(form, context, state, closeAfter);
}

void ComposeDialog::createCommunication(const ComposeForm &form, const ComposeContext &context, LifeCycleState state,
                                        bool closeAfter)
{
    QObject *owner = startRequest(state == LifeCycleState::Draft ? tr("Saving the draft…") : tr("Sending…"));
    m_connection->communications()->create(
        owner, ComposeRequest::contact(form), ComposeRequest::forCreate(form, context, state),
        [this, form, context, state, closeAfter](const Result<Communication> &result) {
            finishRequest();
            if (result)
                saved(result.value(), state, closeAfter);
            else if (!queueInOutbox(form, context, state, result.error()))
                failed(result.error());
        });
}

void ComposeDialog::updateDraft(const ComposeForm &form, const ComposeContext &context, LifeCycleState state,
                                bool closeAfter)
{
    const std::optional<ApiDate> since = m_draft->logInformation ? m_draft->logInformation->updatedDate : std::nullopt;
    if (!since) {
        sendUpdate(form, context, state, closeAfter);
        return;
    }
    QObject *owner = startRequest(tr("Checking the server's version…"));
    m_connection->communications()->show(
        owner, Identifier::byId(m_draft->id), {},
        [this, form, context, state, closeAfter, since](const Result<Communication> &result) {
            finishRequest();
            const std::optional<LogInformation> log = result ? result.value().logInformation : std::nullopt;
            // A copy no longer a draft cannot take either version: the update's refusal says so.
            const bool stillDraft = result && result.value().lifeCycleState != LifeCycleState::Completed;
            if (stillDraft && log && log->updatedDate && !(*log->updatedDate == *since))
                askAboutConflict(form, context, state, closeAfter, result.value());
            else // unchanged, or not known: the update itself says what the server thinks
                sendUpdate(form, context, state, closeAfter);
        });
}

void ComposeDialog::askAboutConflict(const ComposeForm &form, const ComposeContext &context, LifeCycleState state,
                                     bool closeAfter, const Communication &theirs)
{
    auto *box = new ConflictDialog(form, theirs, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // No nested event loop (DESIGN.md §3): the choice arrives as a signal.
    connect(box, &QDialog::finished, this, [this, form, context, state, closeAfter, theirs](int choice) {
        if (choice == ConflictDialog::KeepMine) {
            m_draft->logInformation = theirs.logInformation; // seen: mine goes over it
            sendUpdate(form, context, state, closeAfter);
        } else if (choice == ConflictDialog::TakeTheirs) {
            forgetLocalDraft();
            loadDraft(theirs);
            m_status->setText(tr("Took the version on the server."));
        }
    });
    box->open();
}

void ComposeDialog::sendUpdate(const ComposeForm &form, const ComposeContext &context, LifeCycleState state,
                               bool closeAfter)
{
    CommunicationInput changes = ComposeRequest::forUpdate(m_baseline, form, context, std::nullopt);
    const Identifier draft = Identifier::byId(m_draft->id);
    const auto done = [this, state, closeAfter](const Result<Communication> &result) {
        finishRequest();
        if (result)
            saved(result.value(), state, closeAfter);
        else
            failed(result.error());
    };
    if (state == LifeCycleState::Draft) {
        if (changes.isEmpty()) {
            m_status->setText(tr("Nothing changed since the draft was saved."));
            markClean();
            if (closeAfter)
                closeNow(false);
            return;
        }
        m_connection->communications()->update(startRequest(tr("Saving the draft…")), draft, changes, done);
        return;
    }
    // Completing an edited draft. CRM-API.md §6 lets an update carry any create member,
    // life_cycle_state included, and only DRAFTs can be edited; so the changes and COMPLETED travel in
    // one update. One call is atomic: a refused change leaves the draft untouched, where update-then-
    // complete could leave it updated but not completed when the second call fails, and POSTs are
    // never repeated blindly (DESIGN.md §3). With nothing changed, communications/complete says the
    // same with no members to send.
    if (changes.isEmpty()) {
        m_connection->communications()->complete(startRequest(tr("Completing…")), draft, done);
        return;
    }
    changes.lifeCycleState = LifeCycleState::Completed;
    m_connection->communications()->update(startRequest(tr("Sending…")), draft, changes, done);
}

void ComposeDialog::saved(const Communication &communication, LifeCycleState state, bool closeAfter)
{
    // Confirmed by the server: only now may the local copy go.
    forgetLocalDraft();
    if (m_outbox && m_outboxItemId != 0)
        m_outbox->discard(m_outboxItemId);
    m_outboxItemId = 0;
    Q_EMIT communicationSaved(communication);
    if (state == LifeCycleState::Completed || closeAfter) {
        markClean();
        closeNow(state == LifeCycleState::Completed);
        return;
    }
    // A saved draft stays open; saving again updates it rather than creating another.
    loadDraft(communication);
    m_status->setText(tr("Draft %1 saved at %2.")
                          .arg(communication.number, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

bool ComposeDialog::queueInOutbox(const ComposeForm &form, const ComposeContext &context, LifeCycleState state,
                                  const ApiError &error)
{
    if (!m_outbox || !Outbox::worthRetrying(error))
        return false;
    const Identifier contact = ComposeRequest::contact(form);
    const QJsonObject body = CommunicationsApi::createBody(contact, ComposeRequest::forCreate(form, context, state));
    const QByteArray formJson = ComposeFormJson::write(form);
    // An edited outbox item is replaced by what was sent now (with this attempt's outcome).
    const qint64 id = m_outbox->add(Outbox::itemFor(contact, body, formJson, localTitle(), error));
    if (id == 0)
        return false; // not stored: keep the window open with everything typed
    if (m_outboxItemId != 0)
        m_outbox->discard(m_outboxItemId);
    m_outboxItemId = 0;
    forgetLocalDraft(); // the outbox holds it now
    Q_EMIT queuedInOutbox(id);
    markClean();
    closeNow(false);
    return true;
}

void ComposeDialog::failed(const ApiError &error)
{
    // Everything typed stays; the refusal lands beside the field it names, else at the top.
    const std::optional<ComposeIssue> issue = ComposeValidation::serverIssue(error);
    if (issue) {
        if (QWidget *field = m_editor->showIssue(*issue)) {
            m_scroll->ensureWidgetVisible(field);
            m_status->setText(tr("The server refused it: see the marked field."));
            return;
        }
    }
    showBanner(error.userText());
    m_status->clear();
}

QObject *ComposeDialog::startRequest(const QString &status)
{
    m_focusBeforeRequest = QApplication::focusWidget();
    m_request = new QObject(this);
    m_editor->setEnabled(false);
    m_progress->show();
    m_status->setText(status);
    refreshButtons();
    return m_request;
}

void ComposeDialog::finishRequest()
{
    if (m_request)
        m_request->deleteLater();
    m_request = nullptr;
    m_editor->setEnabled(true);
    m_progress->hide();
    m_status->clear();
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
        m_status->setText(tr("Waiting for the server's answer; close again once it has come."));
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
    autosave(); // kept even if the question is never answered
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
    // Asked without a nested event loop (DESIGN.md §3): the answer arrives as a signal.
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
    forgetLocalDraft();
    m_baseline = m_editor->form(); // nothing left to keep when the window goes
    if (m_outbox && m_outboxItemId != 0)
        m_outbox->release(m_outboxItemId);
    m_outboxItemId = 0;
    if (accepted)
        accept();
    else
        QDialog::reject();
    m_closing = false;
}

void ComposeDialog::hideEvent(QHideEvent *event)
{
    if (!m_closing && hasUnsavedChanges())
        autosave();
    if (m_settings)
        m_settings->setValue(setting::composeGeometry, saveGeometry());
    QDialog::hideEvent(event);
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
    const bool idle = !isBusy();
    m_send->setEnabled(idle);
    m_saveDraft->setEnabled(idle);
    m_close->setEnabled(idle);
    // Phone calls, letters and meetings are recorded, not sent.
    const std::optional<Media> media = m_editor->form().media;
    const bool delivered = !media || media == Media::Email || media == Media::Sms;
    m_send->setText(delivered ? tr("Send") : tr("Complete"));
    m_send->setAccessibleName(m_send->text());
}

} // namespace commdesk
