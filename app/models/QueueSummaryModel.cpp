#include "QueueSummaryModel.h"

#include "Tones.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace commdesk {

QueueSummaryModel::QueueSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool QueueSummaryModel::sameFigures(const QueueSourceFigures &a, const QueueSourceFigures &b)
{
    for (QueueState state : allValues<QueueState>()) {
        if (a.count(state) != b.count(state))
            return false;
    }
    return a.label == b.label && a.oldestPendingSeconds == b.oldestPendingSeconds
        && a.completedInWindow == b.completedInWindow && a.rejectedInWindow == b.rejectedInWindow && a.stuck == b.stuck;
}

void QueueSummaryModel::setFigures(const QList<QueueSourceFigures> &figures)
{
    QStringList oldKeys, newKeys;
    for (const QueueSourceFigures &row : m_rows)
        oldKeys.append(row.key);
    for (const QueueSourceFigures &row : figures)
        newKeys.append(row.key);
    if (oldKeys != newKeys) {
        // The set of sources changed (external systems came or went): rare, so start over.
        beginResetModel();
        m_rows = figures;
        endResetModel();
        return;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (sameFigures(m_rows[row], figures[row]))
            continue;
        m_rows[row] = figures[row];
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const QueueSourceFigures *QueueSummaryModel::figuresAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int QueueSummaryModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].key == key)
            return row;
    }
    return -1;
}

QString QueueSummaryModel::age(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

int QueueSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueSummaryModel::display(const QueueSourceFigures &f, int column) const
{
    const QLocale locale;
    switch (column) {
    case Source:
        return f.label;
    case Pending:
        return locale.toString(f.count(QueueState::Pending));
    case Completed:
        return locale.toString(f.count(QueueState::Completed));
    case Rejected:
        return locale.toString(f.count(QueueState::Rejected));
    case Removed:
        return locale.toString(f.count(QueueState::CompletedAndRemoved));
    case OldestPending:
        return f.oldestPendingSeconds ? age(*f.oldestPendingSeconds) : QStringLiteral("–");
    case CompletedPerMinute:
        return locale.toString(f.completedPerMinute, 'f', 1);
    case RejectedPerMinute:
        return locale.toString(f.rejectedPerMinute, 'f', 1);
    case RejectRatio:
        return QString(locale.toString(f.windowRejectRatio * 100.0, 'f', 1) + QLatin1Char('%'));
    case Status:
        if (f.stuck)
            return tr("Stuck");
        if (f.count(QueueState::Pending) > 0)
            return tr("Working");
        return tr("Idle");
    default:
        return {};
    }
}

QVariant QueueSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueSourceFigures &f = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(f, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Source || index.column() == Status ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (f.key == QLatin1StringView("total") || (index.column() == Status && f.stuck)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (f.stuck && (index.column() == Status || index.column() == OldestPending))
            return QBrush(tones::color(tones::Tone::Error));
        if (index.column() == Rejected && f.count(QueueState::Rejected) > 0)
            return QBrush(tones::color(tones::Tone::Error));
        if (index.column() == Status && !f.stuck && f.count(QueueState::Pending) > 0)
            return QBrush(tones::color(tones::Tone::Success));
        return {};
    case Qt::BackgroundRole:
        if (f.stuck)
            return QBrush(tones::background(tones::Tone::Error, QGuiApplication::palette()));
        return {};
    case Qt::ToolTipRole:
        if (f.stuck)
            return tr("Entries are waiting and none has been completed or rejected for a while.");
        if (index.column() == Source)
            return data(index, Qt::DisplayRole); // the whole name, where the column elides it
        return {};
    case SourceKeyRole:
        return f.key;
    case StuckRole:
        return f.stuck;
    case SortRole:
        return index.column() == Source ? QVariant(f.label) : QVariant(index.row());
    default:
        return {};
    }
}

QVariant QueueSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source:
        return tr("Source");
    case Pending:
        return tr("Pending");
    case Completed:
        return tr("Completed");
    case Rejected:
        return tr("Rejected");
    case Removed:
        return tr("Removed");
    case OldestPending:
        return tr("Oldest pending");
    case CompletedPerMinute:
        return tr("Done/min");
    case RejectedPerMinute:
        return tr("Rejected/min");
    case RejectRatio:
        return tr("Reject ratio");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace commdesk
