#pragma once

#include "ActionJournal.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace commdesk {

class StoreThread;

// The journal of queue actions (store/ActionJournal, action-journal.sqlite) as the rest of the
// program sees it: written and read as jobs on the store thread, never on the GUI thread
// (docs/architecture.md "Rules of the house"); records are written in the order appended.
class QueueJournal : public QObject
{
    Q_OBJECT

public:
    QueueJournal(StoreThread *stores, const QString &path, QObject *parent = nullptr);

    void append(const JournalRecord &record);
    // Newest first; `done` runs on `context`'s thread, unless `context` is gone by then.
    void read(QObject *context, std::function<void(const QList<JournalRecord> &records)> done, int limit = 10000);

    // What opening the file found, for a view made after it was opened (the signals tell the rest).
    std::optional<LocalDatabase::Recovery> recovery() const { return m_recovery; }
    QString unavailableReason() const { return m_unavailable; }

Q_SIGNALS:
    // The file was broken: it was moved aside and a fresh one started with what could be read.
    void recovered(const commdesk::LocalDatabase::Recovery &recovery);
    // The file cannot be opened at all: actions still run, but are not journalled.
    void unavailable(const QString &reason);
    // A record could not be written (the file broke): `record` is what was lost.
    void appendFailed(const commdesk::JournalRecord &record, const QString &reason);

private:
    StoreThread *m_stores;
    std::shared_ptr<ActionJournal> m_journal;
    std::optional<LocalDatabase::Recovery> m_recovery;
    QString m_unavailable; // why the file could not be opened; empty when it was
};

} // namespace commdesk
