#pragma once

#include "QueueWorkList.h"

#include <QObject>

#include <memory>

namespace commdesk {

class Clock;
class CrmConnection;
class QueueEntryCommands;
class QueueEntryLookup;
class QueueJournal;
class QueueMonitoring;
class Settings;
class StoreThread;

// The queue tab without its widgets: the monitor (QueueMonitoring), the two work lists (next to send,
// delivered but not viewed), finding an entry by number (QueueEntryLookup), and for each of the three
// views its selection and entry actions (QueueEntryCommands), all journalled in one QueueJournal. The
// local files live on a StoreThread. After an action or a resend, the view it came from asks the
// server again.
class QueueWorkspace : public QObject
{
    Q_OBJECT

public:
    enum class View { Monitor, NextToSend, DeliveredNotViewed };

    // `dataFolder` holds queue-history.sqlite and action-journal.sqlite. Without `stores`, the
    // workspace runs a store thread of its own. A null `clock` is the system's.
    QueueWorkspace(CrmConnection *connection, Settings *settings, StoreThread *stores, const QString &dataFolder,
                   Clock *clock = nullptr, QObject *parent = nullptr);
    ~QueueWorkspace() override;

    // Starts the monitor's polling.
    void start();

    CrmConnection *connection() const { return m_connection; }
    Settings *settings() const { return m_settings; }
    QueueMonitoring *monitoring() const { return m_monitoring; }
    QueueJournal *journal() const { return m_journal; }
    QueueEntryLookup *lookup() const { return m_lookup; }
    QueueWorkList *workList(QueueWorkList::Kind kind) const;
    QueueEntryCommands *entryCommands(View view) const;

private:
    std::unique_ptr<StoreThread> m_ownStores; // declared first: it outlives every store
    CrmConnection *m_connection;
    Settings *m_settings;
    QueueJournal *m_journal;
    QueueMonitoring *m_monitoring;
    QueueWorkList *m_nextToSend;
    QueueWorkList *m_deliveredNotViewed;
    QueueEntryLookup *m_lookup;
    QueueEntryCommands *m_commands[3];
};

} // namespace commdesk
