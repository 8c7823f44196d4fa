#pragma once

#include "QueueSummary.h"

#include <QAbstractTableModel>
#include <QHash>

namespace commdesk {

// REJECTED entries grouped by error code and source (external system, else media), with the count
// and the latest description, so that 300 identical failures read as one line. Groups are keyed,
// so a poll that adds a rejection repaints one row.
class RejectionGroupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ErrorCode, Source, Count, LatestDescription, Latest, ColumnCount };
    // ErrorCodeRole: the code as the gateway sent it (empty for none); SourceKeyRole: the source as
    // QueueSummary keys it (`system:<id>` or `media:<MEDIA>`), what the entry filter takes.
    // GroupKeyRole: the group's key, for entriesOf().
    enum Role { ErrorCodeRole = Qt::UserRole + 1, SourceKeyRole, CountRole, SortRole, GroupKeyRole };

    struct Group
    {
        QString key;
        QString errorCode; // as the gateway sent it; empty for none
        QString source; // its name
        QString sourceKey; // QueueSummary's key: two systems of one name are two groups
        int count = 0;
        QString latestDescription;
        QDateTime latest;
        friend bool operator==(const Group &, const Group &) = default;
    };

    // Groups rejections one entry at a time (the monitor's worker feeds it its copy of the queue).
    class Grouper
    {
    public:
        void add(const QueueFact &fact);
        QList<Group> groups() const; // largest first

        // The group a rejection falls in: its key, its source's name and QueueSummary's key.
        static QString keyOf(const QueueFact &fact, QString *source = nullptr, QString *sourceKey = nullptr);

    private:
        QHash<QString, Group> m_groups;
    };

    explicit RejectionGroupModel(QObject *parent = nullptr);

    void setEntries(const QList<QueueEntry> &entries);
    // Takes groups made elsewhere: rows stay in place (the selection with them), changed ones repaint.
    void setGroups(const QList<Group> &groups);
    static QList<Group> group(const QList<QueueEntry> &entries); // largest first
    // The REJECTED entries among `entries` that make up the group keyed `key` (what a group action acts on).
    static QList<QueueEntry> entriesOf(const QString &key, const QList<QueueEntry> &entries);
    const Group *groupAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Group> m_rows;
};

} // namespace commdesk
