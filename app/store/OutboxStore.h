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

// outbox.sqlite in the data folder.
class OutboxStore
{
public:
    static constexpr int kSchemaVersion = 1;

    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const { return m_db.errorText(); }

    // Inserts (id 0) or replaces; returns the id, 0 on failure.
    qint64 save(const OutboxItem &item);
    bool remove(qint64 id);
    std::optional<OutboxItem> item(qint64 id) const;
    // Oldest first.
    QList<OutboxItem> items() const;

    static QString defaultPath();

private:
    LocalDatabase m_db;
};

} // namespace commdesk
