#pragma once

#include "SearchIndex.h"

#include <QAbstractTableModel>

namespace commdesk {

// The communications a search found (workspace/CommunicationSearch), best first: one row each, whatever
// category or contact it belongs to. Display texts are plain; MarkedRole gives them with the matches
// marked (SearchIndex::kMatchStart, kMatchEnd) for a view that shows them.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Subject, Contact, Category, Date, FoundIn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, MarkedRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }
    const SearchHit *hitAt(int row) const { return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr; }
    // The text without its marks.
    static QString plain(QString marked);
    // Its direction, media and state as the list's columns say them.
    static QString describe(const SearchHit &hit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString marked(const SearchHit &hit, int column) const;

    QList<SearchHit> m_hits;
};

} // namespace commdesk
