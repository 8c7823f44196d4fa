#include "SearchResultModel.h"

#include "DisplayText.h"

namespace commdesk {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QString SearchResultModel::plain(QString marked)
{
    marked.remove(SearchIndex::kMatchStart);
    marked.remove(SearchIndex::kMatchEnd);
    return marked;
}

QString SearchResultModel::describe(const SearchHit &hit)
{
    // "Incoming, E-mail, Completed": what the list's columns would say of it.
    QStringList words;
    if (!hit.direction.isEmpty())
        words.append(DisplayText::direction(WireValue<Direction>::fromText(hit.direction)));
    if (!hit.media.isEmpty())
        words.append(DisplayText::media(WireValue<Media>::fromText(hit.media)));
    if (!hit.state.isEmpty())
        words.append(DisplayText::state(WireValue<LifeCycleState>::fromText(hit.state)));
    return words.join(QStringLiteral(", "));
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::marked(const SearchHit &hit, int column) const
{
    switch (column) {
    case Number:
        return hit.number;
    case Subject:
        return hit.subject;
    case Contact:
        return hit.contact;
    case Category:
        return hit.category;
    case Date:
        return hit.createdMs == CommunicationRow::kNoDate
            ? QString()
            : DisplayText::listDateTime(QDateTime::fromMSecsSinceEpoch(hit.createdMs, Qt::UTC));
    case FoundIn:
        return hit.snippet;
    default:
        return {};
    }
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    const SearchHit *hit = hitAt(index.row());
    if (!hit || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return plain(marked(*hit, index.column()));
    case Qt::DecorationRole:
        // The number carries the media's icon, as the list's Media column does.
        if (index.column() == Number && !hit->media.isEmpty())
            return DisplayText::mediaIcon(WireValue<commdesk::Media>::fromText(hit->media));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Number)
            return describe(*hit);
        return index.column() == FoundIn || index.column() == Subject ? plain(marked(*hit, index.column()))
                                                                      : QVariant();
    case MarkedRole:
        return marked(*hit, index.column());
    case IdRole:
        return hit->id;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Subject:
        return tr("Subject");
    case Contact:
        return tr("Contact");
    case Category:
        return tr("Category");
    case Date:
        return tr("Created");
    case FoundIn:
        return tr("Found in");
    default:
        return {};
    }
}

} // namespace commdesk
