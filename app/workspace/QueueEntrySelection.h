#pragma once

#include "Communication.h"
#include "QueueEntry.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QItemSelectionModel;
class QModelIndex;

namespace commdesk {

class CommunicationsApi;
class QueueEntryModel;

// The entry a view of the queue tab has in hand, and its communication: the current row of the view's
// table or, with no row current, an entry opened by number (which may be in no table at all). The
// entry actions act on the selected rows, or else on that entry. The communication is fetched
// (communications/show) when the entry changes; the newest fetch wins.
class QueueEntrySelection : public QObject
{
    Q_OBJECT

public:
    QueueEntrySelection(QueueEntryModel *model, CommunicationsApi *communications, QObject *parent = nullptr);

    // The table's selection, over `model` directly or through proxies.
    void setSelectionModel(QItemSelectionModel *selection);
    QueueEntryModel *model() const { return m_model; }

    QList<QueueEntry> selectedEntries() const;
    std::optional<QueueEntry> current() const { return m_current; }
    std::optional<Communication> communication() const { return m_communication; }
    // Why the communication could not be fetched; empty while it comes or when it came.
    QString communicationError() const { return m_communicationError; }
    std::optional<QueueEntry> openedEntry() const { return m_opened; }

    // Takes the current row (or the opened entry) again, as the table now holds it.
    void showCurrent();
    // Selects the entry's row when the table shows it; otherwise holds it alone, no row selected.
    void openEntry(const QueueEntry &entry);
    // A fresher copy from the server (an action's answer), for the opened entry too.
    void updateEntry(const QueueEntry &entry);

Q_SIGNALS:
    // The current entry, its communication or the selected rows changed.
    void changed();
    // The opened entry's row, for the view to scroll to.
    void rowOpened(const QModelIndex &index);

private:
    const QueueEntry *entryAt(const QModelIndex &viewIndex) const;
    QModelIndex viewIndexOfRow(int modelRow) const;
    void setCurrent(const std::optional<QueueEntry> &entry);

    QueueEntryModel *m_model;
    CommunicationsApi *m_communications;
    QPointer<QItemSelectionModel> m_selection;
    std::optional<QueueEntry> m_opened;
    std::optional<QueueEntry> m_current;
    std::optional<Communication> m_communication;
    QString m_communicationError;
    QPointer<QObject> m_request; // owner of the fetch in flight; deleting it cancels the fetch
};

} // namespace commdesk
