#pragma once

#include "Clock.h"
#include "Communication.h"
#include "ComposeForm.h"
#include "LocalDraftStore.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace commdesk {

class ApiError;
class LocalDrafts;
class Outbox;

// What keeps a compose window's typing on this computer (nothing typed is lost, docs/architecture.md "Rules of the
// house"): the local draft, autosaved once typing pauses, and the outbox item being edited, held meanwhile so that the
// outbox does not send it. Either store may be null; then that part does nothing. The local draft is written on the
// store thread; the row's id lives with the jobs, which run in order, so a save never waits for the one before.
class ComposeLocalCopy : public QObject
{
    Q_OBJECT

public:
    // How long typing pauses before it is kept.
    static constexpr std::chrono::milliseconds kAutosaveDelay {1500};

    // `snapshot` gives what to keep now, or nothing when there is nothing unsaved.
    ComposeLocalCopy(std::chrono::milliseconds autosaveDelay, std::function<std::optional<LocalDraft>()> snapshot,
                     QObject *parent = nullptr);

    void setStores(LocalDrafts *drafts, Outbox *outbox);
    void setClock(Clock *clock) { m_autosave.setClock(clock); }
    bool isAutosavePending() const { return m_autosave.isActive(); }

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
    void adoptDraft(qint64 id);
    // The row last written (0: none yet, or the write has not run yet).
    qint64 draftId() const { return m_row->load(); }

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

Q_SIGNALS:
    // The typing could not be kept on this computer (the file cannot be written, or there is none): the compose
    // window says so rather than pretending.
    void autosaveFailed(const QString &error);
    // Kept again after a failure.
    void autosaveWorks();

private:
    std::function<std::optional<LocalDraft>()> m_snapshot;
    ClockTimer m_autosave;
    LocalDrafts *m_drafts = nullptr;
    Outbox *m_outbox = nullptr;
    std::shared_ptr<std::atomic<qint64>> m_row; // shared with the jobs on the store thread
    bool m_failing = false;
    qint64 m_outboxItemId = 0;
};

} // namespace commdesk
