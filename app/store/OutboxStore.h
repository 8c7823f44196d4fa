#pragma once

#include "LocalDatabase.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace commdesk {

// One communication waiting to be created (docs/architecture.md: an offline or failed send goes to the
// outbox, never away).
struct OutboxItem
{
    enum class State {
        Waiting, // will be sent at nextAttemptAt
        Sending, // a create or a check is in flight (read back after a restart as Waiting)
        Held, // being edited in compose: not sent meanwhile
        Failed, // the server refused it: the user must edit or discard it
    };

    qint64 id = 0;
    QString contactField;
    QString contactValue;
    QString title;
    QByteArray form; // models/ComposeFormJson: what "Edit" opens
    QByteArray body; // the communications/create body, as JSON
    State state = State::Waiting;
    int attempts = 0;
    QString lastError;
    // The last attempt ended without knowing whether the server created it (the connection dropped
    // after sending, a timeout, an unreadable answer): look before sending again (docs/architecture.md "Rules of the
    // house").
    bool outcomeUnknown = false;
    QDateTime lastAttemptAt; // UTC; when the request of the unknown outcome went out
    QDateTime nextAttemptAt; // UTC
    QDateTime createdAt; // UTC

    friend bool operator==(const OutboxItem &, const OutboxItem &) = default;
};

// outbox.sqlite in the data folder. Two instances of the app may share it: an item is sent only by the
// one whose claim() changed its row (one UPDATE … WHERE state = Waiting, atomic in SQLite).
class OutboxStore
{
public:
    static constexpr int kSchemaVersion = 2;

    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const { return m_db.errorText(); }
    // Set when open() found the file broken and moved it aside (LocalDatabase::Recovery).
    std::optional<LocalDatabase::Recovery> recovery() const { return m_db.recovery(); }

    // Inserts (id 0) or replaces; returns the id, 0 on failure.
    qint64 save(const OutboxItem &item);
    bool remove(qint64 id);
    std::optional<OutboxItem> item(qint64 id) const;
    // Oldest first.
    QList<OutboxItem> items() const;

    // Waiting → Sending for `owner`, at `at`; true only when this call changed the row.
    bool claim(qint64 id, const QString &owner, const QDateTime &at);
    // Writes the item the owner claimed: still Sending keeps the claim, any other state ends it. False
    // when `owner` does not hold the item's claim (it was discarded, or claimed by another).
    bool updateClaimed(const OutboxItem &item, const QString &owner);
    // Gives a claim back unchanged: Sending → Waiting.
    bool releaseClaim(qint64 id, const QString &owner);
    // Writes an item no one is sending (an edit released, a retry brought forward); false when it is being sent.
    bool updateUnclaimed(const OutboxItem &item);
    // Waiting or Failed → Held (compose edits it); false when it is being sent or gone.
    bool hold(qint64 id);
    // Claims older than `before` belong to an instance that stopped while sending: back to Waiting with
    // their outcome unknown. Returns how many.
    int recoverClaimsOlderThan(const QDateTime &before);
    // Every held item back to Waiting (the app starting again: no compose window has it any more).
    int releaseHeld();
    // Who holds the claim on `id` (empty: no one).
    QString claimedBy(qint64 id) const;

    static QString defaultPath();

private:
    bool write(const OutboxItem &item, const QString &condition, const QVariantList &conditionValues,
               const QString &claimedBy);

    LocalDatabase m_db;
};

} // namespace commdesk
