#pragma once

#include "QueueEntry.h"

#include <QObject>

#include <optional>

class QModelIndex;
class QTableView;

namespace commdesk {

class QueueEntryActions;
class QueueEntryDetailView;
class QueueEntryModel;

// Ties a table of queue entries to the entry pane and its actions (QueueEntryActions), for every
// view of the queue tab. The pane shows the current row or, with no row current, an entry opened by
// number (which may be in no table at all); the actions act on the selected rows, or else on that
// entry.
class QueueEntrySelection : public QObject
{
    Q_OBJECT

public:
    // `view` shows `model`, directly or through proxies.
    QueueEntrySelection(QTableView *view, QueueEntryModel *model, QueueEntryDetailView *detail, QObject *parent);

    void setActions(QueueEntryActions *actions) { m_actions = actions; }
    QList<QueueEntry> selectedEntries() const;
    // Shows the current row (or the opened entry) in the pane and updates what the actions allow.
    void showCurrent();
    // Selects the entry's row when the table shows it; otherwise shows it alone, no row selected.
    void openEntry(const QueueEntry &entry);
    // A fresher copy from the server (an action's answer), for the opened entry too.
    void updateEntry(const QueueEntry &entry);
    std::optional<QueueEntry> openedEntry() const { return m_opened; }

private:
    const QueueEntry *entryAt(const QModelIndex &viewIndex) const;
    QModelIndex viewIndexOfRow(int modelRow) const;

    QTableView *m_view;
    QueueEntryModel *m_model;
    QueueEntryDetailView *m_detail;
    QueueEntryActions *m_actions = nullptr;
    std::optional<QueueEntry> m_opened;
};

} // namespace commdesk
