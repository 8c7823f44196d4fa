#include "QueueJournal.h"

#include "StoreThread.h"

namespace commdesk {

QueueJournal::QueueJournal(StoreThread *stores, const QString &path, QObject *parent)
    : QObject(parent)
    , m_stores(stores)
    , m_journal(stores->make<ActionJournal>())
{
    struct Opened
    {
        bool ok = false;
        QString error;
        std::optional<LocalDatabase::Recovery> recovery;
    };
    m_stores->call(
        [journal = m_journal, path] {
            const bool ok = journal->open(path);
            return Opened {ok, ok ? QString() : journal->errorText(), journal->recovery()};
        },
        this,
        [this](const Opened &opened) {
            if (!opened.ok) {
                qWarning("action journal unavailable: %s", qPrintable(opened.error));
                m_unavailable = opened.error.isEmpty() ? tr("the file cannot be opened") : opened.error;
                Q_EMIT unavailable(m_unavailable);
            } else if (opened.recovery) {
                m_recovery = opened.recovery;
                Q_EMIT recovered(*opened.recovery);
            }
        });
}

void QueueJournal::append(const JournalRecord &record)
{
    m_stores->call([journal = m_journal,
                    record] { return journal->append(record) ? std::optional<QString>() : journal->errorText(); },
                   this,
                   [this, record](const std::optional<QString> &error) {
                       if (error)
                           Q_EMIT appendFailed(record, *error);
                   });
}

void QueueJournal::read(QObject *context, std::function<void(const QList<JournalRecord> &)> done, int limit)
{
    m_stores->call([journal = m_journal, limit] { return journal->records(limit); }, context, std::move(done));
}

} // namespace commdesk
