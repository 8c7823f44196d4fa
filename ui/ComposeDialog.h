#pragma once

#include "Communication.h"
#include "ComposeForm.h"
#include "ComposeSender.h"
#include "UserQuestions.h"

#include <QDialog>
#include <QPointer>

class QMessageBox;
class QScrollArea;

namespace commdesk {

class ComposeButtonBar;
class ComposeEditor;
class ComposeLocalCopy;
class Workspace;
struct LocalDraft;
struct OutboxItem;
class MessageBanner;
class Settings;

// Compose a new communication or edit a draft (create and update, docs/api-contract.md "Communications"). Non-modal:
// staff keep browsing while it is open.
class ComposeDialog
    : public QDialog
    , public UserQuestions
{
    Q_OBJECT

public:
    // What a new communication starts with (a follow-up, a resend, a template picked elsewhere).
    struct Prefill
    {
        std::optional<Identifier> contact;
        std::optional<Direction> direction;
        std::optional<Media> media;
        std::optional<Identifier> category;
        QString subject;
        QString content;
        QString to;
        std::optional<ReferringTo> referringTo;
    };

    // The server calls and the local copy of the typing come from `workspace`.
    ComposeDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ComposeDialog() override;

    void startNew(const Prefill &prefill = {});
    void editDraft(const Communication &draft);

    // Opens what a crash or a kill left in the local drafts.
    void restoreLocalDraft(const LocalDraft &draft);
    // Edits an outbox item (held meanwhile); sending replaces it. False when it cannot be edited now.
    bool editOutboxItem(const OutboxItem &item);
    // The row of the local drafts holding this window's typing; 0 when none. Typing is kept there once it
    // pauses (ComposeLocalCopy::kAutosaveDelay) and on close; a send that fails for want of a server goes to the
    // outbox.
    qint64 localDraftId() const;
    ComposeLocalCopy *localCopy() const { return m_localCopy; }

    // Anything typed since the dialog opened or last saved.
    bool hasUnsavedChanges() const;
    // A create, update, complete or draft load is in flight.
    bool isBusy() const { return m_sender->isBusy(); }
    // The draft being edited (also after "save as draft" of a new one); nullopt while composing anew.
    std::optional<Communication> draft() const { return m_draft; }
    ComposeEditor *editor() const { return m_editor; }

    // The keys that send and save as a draft: Ctrl+Return (and Ctrl+Enter) and Ctrl+S unless the user changed
    // them (the main window's Help > Keyboard shortcuts, MainWindow::compose).
    static QList<QKeySequence> defaultSendKeys();
    static QList<QKeySequence> defaultSaveDraftKeys();
    void setShortcuts(const QList<QKeySequence> &send, const QList<QKeySequence> &saveDraft);
    QAction *sendAction() const { return m_sendAction; }
    QAction *saveDraftAction() const { return m_saveDraftAction; }

    // The draft changed on the server: ConflictDialog over this window.
    void askAboutConflict(const ComposeForm &mine, const Communication &theirs, QObject *context,
                          std::function<void(ConflictChoice)> answer) override;

public Q_SLOTS:
    // Completes the communication: create as COMPLETED, or complete the draft (Ctrl+Return).
    void send();
    // Saves as DRAFT: create, or update the draft with what changed (Ctrl+S).
    void saveDraft();
    // Esc, Close and the window's close button: asks first when there are unsaved changes.
    void reject() override;

Q_SIGNALS:
    // The server confirmed a create or an update (as a draft or completed).
    void communicationSaved(const Communication &communication);
    // The send could not reach the server: the communication waits in the outbox as item `id`.
    void queuedInOutbox(qint64 id);

protected:
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void connectSender();
    // startNew, but any outbox item held stays held (editOutboxItem fills its form in next).
    void fillNew(const Prefill &prefill);
    void submit(LifeCycleState state, bool closeAfter);
    void loadDraft(const Communication &draft);
    void saved(const Communication &communication);
    void failed(const ApiError &error);
    bool queueInOutbox(const ApiError &error);
    // What the local draft keeps now; nothing when nothing is unsaved.
    std::optional<LocalDraft> localSnapshot() const;
    void startRequest(const QString &status);
    void finishRequest();
    void askToClose();
    void closeNow(bool accepted);
    void markClean();
    void showBanner(const QString &text);
    void refreshButtons();

    Settings *m_settings;
    ComposeEditor *m_editor;
    QScrollArea *m_scroll;
    MessageBanner *m_banner;
    ComposeButtonBar *m_buttons;
    QAction *m_sendAction;
    QAction *m_saveDraftAction;
    ComposeSender *m_sender;
    ComposeLocalCopy *m_localCopy;
    QPointer<QWidget> m_focusBeforeRequest;
    QPointer<QMessageBox> m_closeQuestion;
    std::optional<Communication> m_draft;
    ComposeForm m_baseline; // the form as last loaded or saved: what "changed" compares with
    bool m_closing = false;
    bool m_autosaveBanner = false; // the banner says typing cannot be kept
};

} // namespace commdesk
