#pragma once

#include "Communication.h"
#include "ComposeForm.h"
#include "LocalDraftStore.h"

#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace commdesk {

class ApiError;
class Outbox;

// What keeps a compose window's typing on this computer (nothing typed is lost, docs/architecture.md "Rules of the
// house"): the local draft, autosaved once typing pauses, and the outbox item being edited, held meanwhile so that the
// outbox does not send it. Either store may be null; then that part does nothing.
class ComposeLocalCopy : public QObject
{
    Q_OBJECT

public:
    // `snapshot` gives what to keep now, or nothing when there is nothing unsaved.
    ComposeLocalCopy(int autosaveDelayMs, std::function<std::optional<LocalDraft>()> snapshot,
                     QObject *parent = nullptr);

    void setStores(LocalDraftStore *drafts, Outbox *outbox);

    // The local draft of a window holding `form`, last loaded or saved as `baseline` from the
    // server's `draft` (nullopt: a new communication).
    static LocalDraft draftFor(const ComposeForm &form, const ComposeForm &baseline,
                               const std::optional<Communication> &draft);
    // What the recovered drafts and the outbox call it: the subject, else the contact.
    static QString title(const ComposeForm &form);

    // Restarted by every change: the snapshot is saved once typing pauses.
    void scheduleAutosave();
    // Saves the snapshot now, into the same local draft row as before.
    void autosave();
    // Removes the local draft: the server confirmed it, the user discarded it, or the outbox holds it.
    void forgetDraft();
    // Keeps on in a local draft row recovered after a crash; 0 starts a new row at the next save.
    void adoptDraft(qint64 id) { m_draftId = id; }
    qint64 draftId() const { return m_draftId; }

    // Holds an outbox item for editing (giving back any held before); false when it cannot be edited now.
    bool holdOutboxItem(qint64 id);
    // Gives the held item back to the outbox, unchanged (the window closed or started anew).
    void releaseOutboxItem();
    // The held item went out some other way (sent now): it leaves the outbox.
    void discardOutboxItem();
    // A create that could not reach the server, kept in the outbox in place of the held item (with
    // this attempt's outcome); the local draft goes. False when there is no outbox or `error` is not worth
    // retrying; otherwise `done` follows with the new item's id, 0 when it could not be stored.
    bool queue(const ComposeForm &form, const ComposeContext &context, LifeCycleState state, const ApiError &error,
               std::function<void(qint64 id)> done);

private:
    std::function<std::optional<LocalDraft>()> m_snapshot;
    QTimer *m_autosave;
    LocalDraftStore *m_drafts = nullptr;
    Outbox *m_outbox = nullptr;
    qint64 m_draftId = 0;
    qint64 m_outboxItemId = 0;
};

} // namespace commdesk
