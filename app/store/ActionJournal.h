#pragma once

#include "LocalDatabase.h"

#include <QDateTime>
#include <QList>

namespace commdesk {

// One action on one queue entry, as the journal keeps it: who, when, which entry, what, why, and
// what the server answered.
struct JournalRecord
{
    QDateTime at; // UTC
    QString user;
    QString action; // "complete", "reject", "remove", "resend"
    QString entryNumber;
    QString entryId;
    QString reason;
    QString detail; // e.g. the error code and description of a reject
    bool succeeded = false;
    QString answer; // the server's answer: the new state, or the error
    friend bool operator==(const JournalRecord &, const JournalRecord &) = default;
};

// The local journal of queue actions (action-journal.sqlite in the data folder), never pruned,
// viewable in the app and exportable as CSV (RFC 4180: comma, CRLF, quotes doubled).
class ActionJournal
{
public:
    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    // Why open() or the last append() failed.
    QString errorText() const { return m_appendError.isEmpty() ? m_db.errorText() : m_appendError; }
    // Set when open() found the file broken and moved it aside (LocalDatabase::Recovery).
    std::optional<LocalDatabase::Recovery> recovery() const { return m_db.recovery(); }

    bool append(const JournalRecord &record);
    // Newest first; at most `limit` records.
    QList<JournalRecord> records(int limit = 10000) const;

    static QString toCsv(const QList<JournalRecord> &records);
    static QString defaultPath();

private:
    LocalDatabase m_db;
    QString m_appendError;
};

} // namespace commdesk
