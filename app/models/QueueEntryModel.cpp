#include "QueueEntryModel.h"

#include "DisplayText.h"
#include "Tones.h"

#include <QBrush>
#include <QColor>
#include <QSet>

#include <algorithm>

namespace commdesk {

QueueEntryModel::QueueEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QueueEntryModel::reindex()
{
    m_rowOfId.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows[row].id, row);
}

void QueueEntryModel::setEntries(const QList<QueueEntry> &entries)
{
    QHash<QString, const QueueEntry *> incoming;
    for (const QueueEntry &entry : entries) {
        if (!entry.id.isEmpty())
            incoming.insert(entry.id, &entry);
    }

    // Rows that went away, removed from the bottom up in contiguous runs.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows[row].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows[first - 1].id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    reindex();

    // Rows that stayed: one dataChanged per row whose entry differs.
    for (int row = 0; row < m_rows.size(); ++row) {
        const QueueEntry *fresh = incoming.value(m_rows[row].id);
        if (*fresh == m_rows[row])
            continue;
        m_rows[row] = *fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    // Rows that are new, appended in the order given.
    QList<QueueEntry> added;
    QSet<QString> seen;
    for (const QueueEntry &entry : entries) {
        if (entry.id.isEmpty() || m_rowOfId.contains(entry.id) || seen.contains(entry.id))
            continue;
        seen.insert(entry.id);
        added.append(entry);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        reindex();
        endInsertRows();
    }
}

void QueueEntryModel::applyChanges(const QList<QueueEntry> &changed, const QStringList &gone)
{
    if (!gone.isEmpty()) {
        QList<int> rows;
        for (const QString &id : gone) {
            if (const int row = rowOfId(id); row >= 0)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (qsizetype i = 0; i < rows.size();) {
            // A run of neighbouring rows goes in one removal.
            qsizetype last = i;
            while (last + 1 < rows.size() && rows[last + 1] == rows[last] - 1)
                ++last;
            beginRemoveRows({}, rows[last], rows[i]);
            m_rows.remove(rows[last], rows[i] - rows[last] + 1);
            endRemoveRows();
            i = last + 1;
        }
        if (!rows.isEmpty())
            reindex();
    }
    QList<QueueEntry> added;
    QSet<QString> adding;
    for (const QueueEntry &entry : changed) {
        if (entry.id.isEmpty())
            continue;
        if (const int row = rowOfId(entry.id); row >= 0) {
            updateEntry(entry);
        } else if (!adding.contains(entry.id)) {
            adding.insert(entry.id);
            added.append(entry);
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    for (int row = first; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows[row].id, row);
    endInsertRows();
}

void QueueEntryModel::setEntriesInOrder(const QList<QueueEntry> &entries)
{
    setEntries(entries);
    int target = 0;
    for (const QueueEntry &entry : entries) {
        const int row = rowOfId(entry.id);
        if (row < target) // no id, or a duplicate already placed
            continue;
        if (row != target) {
            beginMoveRows({}, row, row, {}, target);
            m_rows.move(row, target);
            reindex();
            endMoveRows();
        }
        ++target;
    }
}

void QueueEntryModel::updateEntry(const QueueEntry &entry)
{
    const int row = rowOfId(entry.id);
    if (row < 0 || m_rows[row] == entry)
        return;
    m_rows[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const QueueEntry *QueueEntryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int QueueEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QDateTime created(const QueueEntry &entry)
{
    return entry.logInformation && entry.logInformation->createdDate ? entry.logInformation->createdDate->when()
                                                                     : QDateTime();
}

QDateTime updated(const QueueEntry &entry)
{
    return entry.logInformation && entry.logInformation->updatedDate ? entry.logInformation->updatedDate->when()
                                                                     : QDateTime();
}

QString contactText(const QueueEntry &entry)
{
    if (!entry.communication || !entry.communication->contact)
        return {};
    return entry.communication->contact->displayName();
}

} // namespace

QVariant QueueEntryModel::display(const QueueEntry &entry, int column) const
{
    switch (column) {
    case Number:
        return entry.number;
    case State:
        return entry.lifeCycleState ? DisplayText::queueState(*entry.lifeCycleState) : QString();
    case Media:
        return entry.media ? DisplayText::media(*entry.media) : QString();
    case ExternalSystem:
        return entry.externalSystem ? entry.externalSystem->name : QString();
    case Contact:
        return contactText(entry);
    case Subject:
        return entry.communication ? entry.communication->subject : QString();
    case ErrorCode:
        return entry.errorCode;
    case Created:
        return DisplayText::listDateTime(created(entry));
    case Updated:
        return DisplayText::listDateTime(updated(entry));
    default:
        return {};
    }
}

QVariant QueueEntryModel::sortValue(const QueueEntry &entry, int column) const
{
    switch (column) {
    case Created:
        return created(entry);
    case Updated:
        return updated(entry);
    default:
        return display(entry, column);
    }
}

QVariant QueueEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueEntry &entry = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorCode && !entry.errorDescription.isEmpty())
            return entry.errorDescription;
        return {};
    case Qt::DecorationRole:
        if (index.column() == Media && entry.media)
            return DisplayText::mediaIcon(*entry.media);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && entry.lifeCycleState == QueueState::Rejected)
            return QBrush(tones::color(tones::Tone::Error));
        if (index.column() == State && entry.lifeCycleState == QueueState::Pending)
            return QBrush(tones::color(tones::Tone::Warning));
        return {};
    case EntryIdRole:
        return entry.id;
    case NumberRole:
        return entry.number;
    case StateRole:
        // A state or media this client does not know matches no filter choice.
        return int(knownValue(entry.lifeCycleState).value_or(QueueState(-1)));
    case MediaRole:
        return int(knownValue(entry.media).value_or(commdesk::Media(-1)));
    case ExternalSystemIdRole:
        return entry.externalSystem ? entry.externalSystem->id : QString();
    case ContactRole:
        if (entry.communication && entry.communication->contact)
            return QString(entry.communication->contact->number + QLatin1Char(' ')
                           + entry.communication->contact->displayName());
        return QString();
    case ErrorCodeRole:
        return entry.errorCode;
    case SortRole:
        return sortValue(entry, index.column());
    default:
        return {};
    }
}

QVariant QueueEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case State:
        return tr("State");
    case Media:
        return tr("Media");
    case ExternalSystem:
        return tr("External system");
    case Contact:
        return tr("Contact");
    case Subject:
        return tr("Subject");
    case ErrorCode:
        return tr("Error code");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace commdesk
