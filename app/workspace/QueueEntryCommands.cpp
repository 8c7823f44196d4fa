#include "QueueEntryCommands.h"

#include "Clock.h"
#include "CrmConnection.h"
#include "QueueEntryModel.h"
#include "QueueEntrySelection.h"
#include "QueueJournal.h"

namespace commdesk {

QueueEntryCommands::QueueEntryCommands(CrmConnection *connection, QueueEntrySelection *selection, QueueJournal *journal,
                                       Clock *clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_selection(selection)
    , m_journal(journal)
    , m_clock(Clock::orSystem(clock))
    , m_runner(new QueueActionRunner(
          connection->queue(), [journal](const JournalRecord &record) { journal->append(record); }, this, m_clock))
{
    m_runner->setCommunications(connection->communications());
    connect(m_runner, &QueueActionRunner::entryUpdated, this, [this](const QueueEntry &entry) {
        m_selection->model()->updateEntry(entry);
        m_selection->updateEntry(entry);
    });
    connect(m_runner, &QueueActionRunner::finished, this, [this](const QList<QueueActionRunner::Outcome> &outcomes) {
        QStringList errors;
        for (const QueueActionRunner::Outcome &outcome : outcomes) {
            if (outcome.error)
                errors.append(outcome.entry.number + QStringLiteral(": ") + outcome.error->userText());
        }
        m_selection->showCurrent();
        Q_EMIT finished(int(outcomes.size() - errors.size()), int(errors.size()), errors);
        Q_EMIT allowedChanged();
    });
    connect(m_selection, &QueueEntrySelection::changed, this, &QueueEntryCommands::allowedChanged);
}

QString QueueEntryCommands::userName() const
{
    return QueueActionRunner::userOf(m_connection->session()->credentials());
}

QList<QueueEntry> QueueEntryCommands::entriesFor(Action action) const
{
    return entriesFor(action, m_selection->selectedEntries());
}

QList<QueueEntry> QueueEntryCommands::entriesFor(Action action, const QList<QueueEntry> &among) const
{
    if (m_runner->isRunning())
        return {};
    QList<QueueEntry> entries;
    for (const QueueEntry &entry : among) {
        if (QueueActionRunner::allows(action, entry.lifeCycleState))
            entries.append(entry);
    }
    return entries;
}

bool QueueEntryCommands::canResend() const
{
    const std::optional<QueueEntry> entry = m_selection->current();
    return entry && entry->lifeCycleState == QueueState::Rejected && entry->communication
        && m_selection->communication();
}

QString QueueEntryCommands::communicationId() const
{
    const std::optional<QueueEntry> entry = m_selection->current();
    return entry && entry->communication ? entry->communication->id : QString();
}

bool QueueEntryCommands::isRunning() const
{
    return m_runner->isRunning();
}

void QueueEntryCommands::run(const QueueActionRunner::Request &request)
{
    if (m_runner->isRunning())
        return;
    m_runner->setUser(userName());
    m_runner->run(request);
    Q_EMIT allowedChanged();
}

void QueueEntryCommands::recordResend(const QueueEntry &entry, const Communication &sent)
{
    // Resent through compose: the gateway's code is the reason.
    const JournalRecord record =
        QueueActionRunner::resendRecord(entry, sent, entry.errorCode, userName(), m_clock->now());
    m_journal->append(record);
    Q_EMIT resent();
}

} // namespace commdesk
