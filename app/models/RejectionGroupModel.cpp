#include "RejectionGroupModel.h"

#include "DisplayText.h"
#include "QueueSummary.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace commdesk {

RejectionGroupModel::RejectionGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString RejectionGroupModel::Grouper::keyOf(const QueueFact &fact, QString *sourceName, QString *sourceKeyOut)
{
    const QString source = !fact.systemId.isEmpty() ? fact.systemName
        : fact.media                                ? DisplayText::media(*fact.media)
                                                    : QString();
    QString sourceKey;
    if (!fact.systemId.isEmpty())
        sourceKey = QueueSummary::systemKey(fact.systemId);
    else if (fact.media)
        sourceKey = QueueSummary::mediaKey(*fact.media);
    if (sourceName)
        *sourceName = source;
    if (sourceKeyOut)
        *sourceKeyOut = sourceKey;
    return fact.errorCode + QLatin1Char('\n') + (sourceKey.isEmpty() ? source : sourceKey);
}

void RejectionGroupModel::Grouper::add(const QueueFact &fact)
{
    if (fact.state != QueueState::Rejected)
        return;
    QString source;
    QString sourceKey;
    const QString key = keyOf(fact, &source, &sourceKey);
    Group &group = m_groups[key];
    if (group.count == 0) {
        group.key = key;
        group.errorCode = fact.errorCode;
        group.source = source;
        group.sourceKey = sourceKey;
    }
    ++group.count;
    if (group.count == 1 || (fact.updated.isValid() && (!group.latest.isValid() || fact.updated > group.latest))) {
        group.latest = fact.updated;
        group.latestDescription = fact.errorDescription;
    }
}

QList<RejectionGroupModel::Group> RejectionGroupModel::Grouper::groups() const
{
    QList<Group> sorted = m_groups.values();
    std::sort(sorted.begin(), sorted.end(),
              [](const Group &a, const Group &b) { return a.count != b.count ? a.count > b.count : a.key < b.key; });
    return sorted;
}

QList<RejectionGroupModel::Group> RejectionGroupModel::group(const QList<QueueEntry> &entries)
{
    Grouper grouper;
    for (const QueueEntry &entry : entries)
        grouper.add(QueueFact::of(entry));
    return grouper.groups();
}

QList<QueueEntry> RejectionGroupModel::entriesOf(const QString &key, const QList<QueueEntry> &entries)
{
    QList<QueueEntry> members;
    for (const QueueEntry &entry : entries) {
        const QueueFact fact = QueueFact::of(entry);
        if (fact.state == QueueState::Rejected && Grouper::keyOf(fact) == key)
            members.append(entry);
    }
    return members;
}

void RejectionGroupModel::setEntries(const QList<QueueEntry> &entries)
{
    setGroups(group(entries));
}

void RejectionGroupModel::setGroups(const QList<Group> &fresh)
{
    // Keep existing rows in place (the selection stays); remove vanished groups, update changed
    // ones, append new ones.
    QHash<QString, qsizetype> freshIndex;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh[i].key, i);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIndex.contains(m_rows[row].key))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QHash<QString, int> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        present.insert(m_rows[row].key, row);
        const Group &updated = fresh[freshIndex.value(m_rows[row].key)];
        if (updated == m_rows[row])
            continue;
        m_rows[row] = updated;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    for (const Group &group : fresh) {
        if (present.contains(group.key))
            continue;
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(group);
        endInsertRows();
    }
}

const RejectionGroupModel::Group *RejectionGroupModel::groupAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int RejectionGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectionGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &g = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ErrorCode:
            return g.errorCode.isEmpty() ? tr("(no code)") : g.errorCode;
        case Source:
            return g.source;
        case Count:
            return QLocale().toString(g.count);
        case LatestDescription:
            return g.latestDescription;
        case Latest:
            return DisplayText::listDateTime(g.latest);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LatestDescription)
        return g.latestDescription;
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ErrorCodeRole)
        return g.errorCode;
    if (role == SourceKeyRole)
        return g.sourceKey;
    if (role == GroupKeyRole)
        return g.key;
    if (role == CountRole)
        return g.count;
    if (role == SortRole) {
        if (index.column() == Count)
            return g.count;
        if (index.column() == Latest)
            return g.latest;
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant RejectionGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ErrorCode:
        return tr("Error code");
    case Source:
        return tr("Source");
    case Count:
        return tr("Count");
    case LatestDescription:
        return tr("Latest description");
    case Latest:
        return tr("Latest");
    default:
        return {};
    }
}

} // namespace commdesk
