#pragma once

#include "ActionJournal.h"

#include <QObject>

#include <functional>
#include <memory>

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

Q_SIGNALS:
    // A record could not be written (the file broke): `record` is what was lost.
    void appendFailed(const commdesk::JournalRecord &record);

private:
    StoreThread *m_stores;
    std::shared_ptr<ActionJournal> m_journal;
};

} // namespace commdesk
