#pragma once

#include "QueueEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace commdesk {

// The queue entries the monitor shows, merged from every source (docs/api-contract.md "The communication queue").
// `setEntries` diffs by id: an unchanged row is left alone, a changed row gets one dataChanged, and only the rows that
// came or went are inserted or removed, so selection and scroll position stay put.
class QueueEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, State, Media, ExternalSystem, Contact, Subject, ErrorCode, Created, Updated, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        NumberRole,
        StateRole, // QueueState as int, -1 when unknown
        MediaRole, // Media as int, -1 when unknown
        ExternalSystemIdRole,
        ContactRole, // contact number and name, for filtering
        ErrorCodeRole,
        SortRole, // a value that sorts naturally (dates as QDateTime)
    };

    explicit QueueEntryModel(QObject *parent = nullptr);

    // Replaces the rows with `entries` (keyed by id), touching only what changed.
    void setEntries(const QList<QueueEntry> &entries);
    // The same, then rows moved into the order of `entries` (a server's order that matters, such as
    // what a gateway takes next); moves keep the selection on the rows that stayed.
    void setEntriesInOrder(const QList<QueueEntry> &entries);
    // Applies what one poll found (QueuePoller): changed rows repaint, new ones are appended in the
    // order given, gone ones are removed. The cost follows the change, not the queue's size.
    void applyChanges(const QList<QueueEntry> &changed, const QStringList &gone);
    // Replaces one row with a fresher copy (after an action); ignored when the id is not shown.
    void updateEntry(const QueueEntry &entry);

    const QueueEntry *entryAt(int row) const;
    int rowOfId(const QString &id) const { return m_rowOfId.value(id, -1); }
    const QList<QueueEntry> &entries() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const QueueEntry &entry, int column) const;
    QVariant sortValue(const QueueEntry &entry, int column) const;
    void reindex();

    QList<QueueEntry> m_rows;
    QHash<QString, int> m_rowOfId;
};

} // namespace commdesk
