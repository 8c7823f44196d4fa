#include "CommunicationListModel.h"

#include "DisplayText.h"

#include <QFont>
#include <QSet>

#include <array>

namespace commdesk {

CommunicationListModel::CommunicationListModel(CommunicationsApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

namespace {

constexpr std::array<QLatin1StringView, CommunicationListModel::ColumnCount> kColumnKeys {
    QLatin1StringView("number"),   QLatin1StringView("date"),    QLatin1StringView("direction"),
    QLatin1StringView("media"),    QLatin1StringView("subject"), QLatin1StringView("contact"),
    QLatin1StringView("category"), QLatin1StringView("state"),   QLatin1StringView("viewed")};

} // namespace

QString CommunicationListModel::columnKey(int column)
{
    return column >= 0 && column < ColumnCount ? QString(kColumnKeys[column]) : QString();
}

int CommunicationListModel::columnOfKey(QStringView key)
{
    const auto found = std::find(kColumnKeys.cbegin(), kColumnKeys.cend(), key);
    return found == kColumnKeys.cend() ? -1 : int(found - kColumnKeys.cbegin());
}

QStringList CommunicationListModel::listFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("number"),
            QStringLiteral("life_cycle_state"),
            QStringLiteral("direction"),
            QStringLiteral("media"),
            QStringLiteral("subject"),
            QStringLiteral("contact_information"),
            QStringLiteral("category"),
            QStringLiteral("viewed"),
            QStringLiteral("log_information")};
}

void CommunicationListModel::loadAll()
{
    if (m_loadingAll || m_exhausted)
        return;
    m_loadingAll = true;
    Q_EMIT loadingAllChanged(true);
    requestPage(); // nothing happens while a page is on its way: its answer asks for the next
}

void CommunicationListModel::cancelLoadAll()
{
    if (!std::exchange(m_loadingAll, false))
        return;
    Q_EMIT loadingAllChanged(false);
}

void CommunicationListModel::setFilter(const CommunicationsApi::ListFilter &filter)
{
    cancelLoadAll();
    const bool wasLoading = isLoading();
    delete m_request; // a newer request cancels the older one
    beginResetModel();
    m_filter = filter;
    m_filter.paging = {};
    m_filter.fieldsSet = listFields();
    m_rows.clear();
    m_rowOfId.clear();
    m_indexedRows = 0;
    m_exhausted = !hasFilter();
    m_copy = false;
    endResetModel();
    if (!m_exhausted)
        requestPage();
    else if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void CommunicationListModel::requestPage()
{
    if (isLoading() || m_exhausted)
        return;
    CommunicationsApi::ListFilter filter = m_filter;
    filter.paging = {m_pageSize, int(m_rows.size())};
    auto *request = new QObject(this);
    m_request = request;
    const int asked = m_pageSize;
    m_api->listRows(request, filter, [this, request, asked](const Result<QList<CommunicationRow>> &result) {
        request->deleteLater();
        m_request = nullptr;
        if (!result.ok()) {
            m_exhausted = true; // stop the view from asking again; reload() starts over
            cancelLoadAll();
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFailed(result.error());
            return;
        }
        const int first = int(m_rows.size());
        const QList<CommunicationRow> added = appendPage(result.value(), asked);
        Q_EMIT loadingChanged(false);
        if (!added.isEmpty())
            Q_EMIT pageLoaded(added, first);
        if (m_loadingAll) {
            if (m_exhausted)
                cancelLoadAll(); // done
            else
                requestPage();
        }
    });
    Q_EMIT loadingChanged(true);
}

// Costs the same for page 1,000 as for page 1: nothing walks or indexes the rows loaded before.
// A page repeats rows when the server's list shifts while we page (communications created meanwhile
// push the end of one page into the next): the new rows are checked against the previous page's.
QList<CommunicationRow> CommunicationListModel::appendPage(const QList<CommunicationRow> &page, int asked)
{
    QSet<QStringView> seen; // the previous page's ids, then this page's
    seen.reserve(2 * page.size());
    for (qsizetype row = std::max<qsizetype>(0, m_rows.size() - std::max<qsizetype>(asked, page.size()));
         row < m_rows.size(); ++row)
        seen.insert(m_rows[row].id());
    QList<CommunicationRow> fresh;
    fresh.reserve(page.size());
    for (const CommunicationRow &row : page) {
        if (!seen.contains(row.id())) {
            seen.insert(row.id());
            fresh.append(row);
        }
    }
    // Shorter than asked: the last page. Longer: a pre-R13 server sent everything. Nothing new:
    // the server ignored the offset and repeated itself.
    m_exhausted = page.size() < asked || page.size() > asked || fresh.isEmpty();
    if (fresh.isEmpty())
        return fresh;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
    return fresh;
}

void CommunicationListModel::showCopy(const QList<CommunicationRow> &rows)
{
    cancelLoadAll();
    const bool wasLoading = isLoading();
    delete m_request;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_rows.reserve(rows.size());
    for (const CommunicationRow &row : rows) {
        if (m_rowOfId.contains(row.id()))
            continue;
        m_rows.append(row);
        m_rowOfId.insert(m_rows.last().id(), int(m_rows.size()) - 1);
    }
    m_indexedRows = int(m_rows.size());
    m_exhausted = true;
    m_copy = true;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

const CommunicationRow *CommunicationListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void CommunicationListModel::upsert(const Communication &communication)
{
    const int row = rowOfId(communication.id);
    if (row >= 0) {
        m_rowOfId.remove(m_rows[row].id()); // the key views the text being replaced
        m_rows[row] = CommunicationRow::from(communication);
        m_rowOfId.insert(m_rows[row].id(), row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(CommunicationRow::from(communication));
    reindex(); // a new row at the top: after an action, rarely
    endInsertRows();
}

void CommunicationListModel::reindex()
{
    m_rowOfId.clear();
    m_indexedRows = 0;
    indexNewRows();
}

void CommunicationListModel::indexNewRows() const
{
    for (; m_indexedRows < m_rows.size(); ++m_indexedRows) {
        // The first of two equal ids wins, as in the list.
        if (!m_rowOfId.contains(m_rows[m_indexedRows].id()))
            m_rowOfId.insert(m_rows[m_indexedRows].id(), m_indexedRows);
    }
}

int CommunicationListModel::rowOfId(QStringView id) const
{
    indexNewRows();
    return m_rowOfId.value(id, -1);
}

int CommunicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommunicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommunicationListModel::display(const CommunicationRow &c, int column) const
{
    switch (column) {
    case Number:
        return c.number().toString();
    case Date:
        return DisplayText::listDateTime(c.createdUtc());
    case Direction: {
        const auto direction = c.direction();
        return direction ? DisplayText::direction(*direction) : QString();
    }
    case Media: {
        const auto media = c.media();
        return media ? DisplayText::media(*media) : QString();
    }
    case Subject:
        return c.subject().toString();
    case Contact:
        return c.contactName().toString();
    case Category:
        return c.categoryName().toString();
    case State: {
        const auto state = c.state();
        return state ? DisplayText::state(*state) : QString();
    }
    case Viewed:
        if (c.state() != LifeCycleState::Completed || !c.viewed())
            return QString();
        return *c.viewed() ? tr("Viewed") : tr("New");
    }
    return {};
}

QVariant CommunicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommunicationRow &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        return index.column() == Subject ? c.subject().toString() : QVariant();
    case Qt::DecorationRole:
        if (index.column() == Media && c.media())
            return DisplayText::mediaIcon(*c.media());
        if (index.column() == Direction && c.direction())
            return DisplayText::directionIcon(*c.direction());
        return {};
    case Qt::FontRole:
        if (c.isUnviewed()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CommunicationIdRole:
        return c.id().toString();
    case NumberRole:
        return c.number().toString();
    case UnviewedRole:
        return c.isUnviewed();
    case SortRole:
        return index.column() == Date ? QVariant(c.createdMSecs()) : display(c, index.column());
    default:
        return {};
    }
}

QVariant CommunicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Direction:
        return tr("Direction");
    case Media:
        return tr("Media");
    case Subject:
        return tr("Subject");
    case Contact:
        return tr("Contact");
    case Category:
        return tr("Category");
    case State:
        return tr("State");
    case Viewed:
        return tr("Viewed");
    }
    return {};
}

bool CommunicationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !isLoading();
}

void CommunicationListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

} // namespace commdesk
