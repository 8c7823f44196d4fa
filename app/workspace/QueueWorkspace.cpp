#include "QueueWorkspace.h"

#include "Clock.h"
#include "CrmConnection.h"
#include "QueueEntryCommands.h"
#include "QueueEntryLookup.h"
#include "QueueEntrySelection.h"
#include "QueueJournal.h"
#include "QueueMonitoring.h"
#include "QueuePoller.h"
#include "StoreThread.h"

#include <QDir>

namespace commdesk {

QueueWorkspace::QueueWorkspace(CrmConnection *connection, Settings *settings, StoreThread *stores,
                               const QString &dataFolder, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ownStores(stores ? nullptr : std::make_unique<StoreThread>())
    , m_connection(connection)
    , m_settings(settings)
{
    if (!stores)
        stores = m_ownStores.get();
    m_journal = new QueueJournal(stores, QDir(dataFolder).filePath(QStringLiteral("action-journal.sqlite")), this);
    m_monitoring = new QueueMonitoring(connection, settings, stores, dataFolder, clock, this);
    m_nextToSend = new QueueWorkList(connection->queue(), QueueWorkList::Kind::NextToSend, this);
    m_deliveredNotViewed = new QueueWorkList(connection->queue(), QueueWorkList::Kind::DeliveredNotViewed, this);
    m_lookup = new QueueEntryLookup(connection->queue(), this);

    auto commandsFor = [&](QueueEntryModel *model) {
        auto *selection = new QueueEntrySelection(model, connection->communications(), this);
        return new QueueEntryCommands(connection, selection, m_journal, clock, this);
    };
    m_commands[int(View::Monitor)] = commandsFor(m_monitoring->entries());
    m_commands[int(View::NextToSend)] = commandsFor(m_nextToSend->model());
    m_commands[int(View::DeliveredNotViewed)] = commandsFor(m_deliveredNotViewed->model());

    // An action or a resend changes the queue: the view it came from asks the server again.
    QueuePoller *poller = m_monitoring->poller();
    connect(m_commands[int(View::Monitor)], &QueueEntryCommands::finished, poller, &QueuePoller::refresh);
    connect(m_commands[int(View::Monitor)], &QueueEntryCommands::resent, poller, &QueuePoller::refresh);
    for (View view : {View::NextToSend, View::DeliveredNotViewed}) {
        QueueWorkList *list = workList(view == View::NextToSend ? QueueWorkList::Kind::NextToSend
                                                                : QueueWorkList::Kind::DeliveredNotViewed);
        connect(m_commands[int(view)], &QueueEntryCommands::finished, list, &QueueWorkList::reload);
        connect(m_commands[int(view)], &QueueEntryCommands::resent, list, &QueueWorkList::reload);
    }
    // The monitor's rows and the opened entry follow each poll.
    connect(m_monitoring, &QueueMonitoring::updated, m_commands[int(View::Monitor)]->selection(),
            &QueueEntrySelection::showCurrent);
    for (QueueWorkList *list : {m_nextToSend, m_deliveredNotViewed}) {
        QueueEntrySelection *selection =
            entryCommands(list == m_nextToSend ? View::NextToSend : View::DeliveredNotViewed)->selection();
        connect(list, &QueueWorkList::loaded, selection, &QueueEntrySelection::showCurrent);
    }
}

QueueWorkspace::~QueueWorkspace()
{
    // The stores go before the store thread this may own: children first, not after the members.
    const QObjectList children = this->children();
    qDeleteAll(children);
}

void QueueWorkspace::start()
{
    m_monitoring->start();
}

QueueWorkList *QueueWorkspace::workList(QueueWorkList::Kind kind) const
{
    return kind == QueueWorkList::Kind::NextToSend ? m_nextToSend : m_deliveredNotViewed;
}

QueueEntryCommands *QueueWorkspace::entryCommands(View view) const
{
    return m_commands[int(view)];
}

} // namespace commdesk
