#pragma once

#include "CommunicationsApi.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace commdesk {

// The communications of one category or one contact, fed page by page as the view scrolls
// (canFetchMore/fetchMore over number_of_results/offset, docs/api-contract.md "Transport"), asking only for the
// members the columns show. A pre-R13 server that ignores paging sends everything at once: a
// page longer than asked for, or one that brings nothing new, ends the list.
class CommunicationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Direction, Media, Subject, Contact, Category, State, Viewed, ColumnCount };
    enum Role {
        CommunicationIdRole = Qt::UserRole + 1,
        NumberRole,
        UnviewedRole, // completed and not yet viewed
        SortRole, // a value that sorts naturally (dates as QDateTime)
    };

    explicit CommunicationListModel(CommunicationsApi *api, QObject *parent = nullptr);

    // The members asked for: what the columns need (fields_set).
    static QStringList listFields();
    // A column's name in saved views ("number", "date", …), and back; -1 for a name no column has.
    static QString columnKey(int column);
    static int columnOfKey(QStringView key);

    // Starts over with a new filter: the older request, if any, is cancelled.
    void setFilter(const CommunicationsApi::ListFilter &filter);
    const CommunicationsApi::ListFilter &filter() const { return m_filter; }
    bool hasFilter() const { return m_filter.category || m_filter.contact; }
    void reload() { setFilter(m_filter); }
    void setPageSize(int size) { m_pageSize = std::max(1, size); }
    bool isLoading() const { return !m_request.isNull(); }
    bool isComplete() const { return m_exhausted; }
    // Asks for page after page until the list is complete, fails or cancelLoadAll() is called: what
    // a sort by another column than the server's (newest first) needs to be a sort of everything.
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }

    const CommunicationRow *rowAt(int row) const;
    int rowOfId(QStringView id) const;
    // The rows of the local copy while the server cannot be reached (OfflineWorkspace): the
    // filter stays, nothing more is fetched, and reload() asks the server again.
    void showCopy(const QList<CommunicationRow> &rows);
    bool isCopy() const { return m_copy; }
    // Replaces a row with a fresher copy (after an action), or puts a new one at the top.
    void upsert(const Communication &communication);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadingAllChanged(bool loadingAll);
    void loadFailed(const ApiError &error);
    // A page from the server was added: `page` holds its new rows, `first` is the row of the first.
    // What the local copy keeps (OfflineWorkspace), without reading the model back.
    void pageLoaded(const QList<commdesk::CommunicationRow> &page, int first);

private:
    void requestPage();
    QList<CommunicationRow> appendPage(const QList<CommunicationRow> &page, int asked);
    QVariant display(const CommunicationRow &row, int column) const;
    void reindex();
    void indexNewRows() const;

    CommunicationsApi *m_api;
    CommunicationsApi::ListFilter m_filter;
    QList<CommunicationRow> m_rows; // relocatable: growing the list moves bytes, not rows
    // Keys view the rows' own text, which never moves. Filled up to m_indexedRows when a row is looked
    // up, not as pages arrive: a table of a hundred thousand ids is slower to add to than a small one.
    mutable QHash<QStringView, int> m_rowOfId;
    mutable int m_indexedRows = 0;
    QPointer<QObject> m_request; // owner of the request in flight; deleting it cancels
    int m_pageSize = 100;
    bool m_exhausted = true;
    bool m_copy = false;
    bool m_loadingAll = false;
};

} // namespace commdesk
