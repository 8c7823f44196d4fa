#pragma once

#include "QueueSummary.h"

#include <QAbstractTableModel>

namespace commdesk {

// One row per media and external system plus a total: counts by state, the oldest PENDING
// entry, throughput and reject ratio over the window, and whether the source looks stuck. Rows
// are keyed by source, so a poll that changes one source repaints one row.
class QueueSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Source,
        Pending,
        Completed,
        Rejected,
        Removed,
        OldestPending,
        CompletedPerMinute,
        RejectedPerMinute,
        RejectRatio,
        Status,
        ColumnCount
    };
    enum Role { SourceKeyRole = Qt::UserRole + 1, StuckRole, SortRole };

    explicit QueueSummaryModel(QObject *parent = nullptr);

    void setFigures(const QList<QueueSourceFigures> &figures);
    const QueueSourceFigures *figuresAt(int row) const;
    int rowOfKey(const QString &key) const;

    // "3 min", "2 h 5 min", "4 d 3 h": how long the oldest entry has waited.
    static QString age(qint64 seconds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const QueueSourceFigures &figures, int column) const;
    static bool sameFigures(const QueueSourceFigures &a, const QueueSourceFigures &b);

    QList<QueueSourceFigures> m_rows;
};

} // namespace commdesk
