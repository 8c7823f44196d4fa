#pragma once

#include "LocalDatabase.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace commdesk {

// What compose had typed, kept on the user's disk until the server confirms it (docs/architecture.md).
// The form is opaque here (models/ComposeFormJson writes it): store/ does not know the form.
struct LocalDraft
{
    qint64 id = 0; // 0: not stored yet
    QString communicationId; // the server draft being edited; empty for a new communication
    QString communicationNumber;
    QString title; // what the "Recovered drafts" list shows (subject, or contact)
    QByteArray form; // the form as typed
    QByteArray baseline; // the form as loaded from the server (edits of a server draft)
    QDateTime updatedAt; // UTC

    friend bool operator==(const LocalDraft &, const LocalDraft &) = default;
};

// local-drafts.sqlite in the data folder: one row per compose window with unsaved typing.
class LocalDraftStore
{
public:
    static constexpr int kSchemaVersion = 1;

    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString errorText() const { return m_db.errorText(); }
    // Set when open() found the file broken and moved it aside (LocalDatabase::Recovery).
    std::optional<LocalDatabase::Recovery> recovery() const { return m_db.recovery(); }

    // Inserts (id 0) or replaces the draft; returns its id, or 0 when the write failed.
    qint64 save(const LocalDraft &draft);
    bool remove(qint64 id);
    std::optional<LocalDraft> draft(qint64 id) const;
    // Newest first.
    QList<LocalDraft> drafts() const;

    static QString defaultPath();

private:
    LocalDatabase m_db;
};

} // namespace commdesk
