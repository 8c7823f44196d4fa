#include "QueueJournal.h"

#include "StoreThread.h"

namespace commdesk {

QueueJournal::QueueJournal(StoreThread *stores, const QString &path, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_journal(stores->make<ActionJournal>())
{
    m_stores->post([journal = m_journal, path] {
        if (!journal->open(path))
            qWarning("action journal unavailable: %s", qPrintable(journal->errorText()));
    });
}

void QueueJournal::append(const JournalRecord &record)
{
    m_stores->call([journal = m_journal, record] { return journal->append(record); }, this,
                   [this, record](bool written) {
                       if (!written)
                           Q_EMIT appendFailed(record);
                   });
}

void QueueJournal::read(QObject *context, std::function<void(const QList<JournalRecord> &)> done, int limit)
{
    m_stores->call([journal = m_journal, limit] { return journal->records(limit); }, context, std::move(done));
}

} // namespace commdesk
