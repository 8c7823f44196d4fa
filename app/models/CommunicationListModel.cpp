#include "CommunicationListModel.h"

#include "DisplayText.h"

#include <QFont>

namespace commdesk {

namespace {

QDateTime createdDate(const Communication &communication)
{
    if (communication.logInformation && communication.logInformation->createdDate)
        return communication.logInformation->createdDate->toUtc();
    return {};
}

bool isUnviewed(const Communication &communication)
{
    return communication.lifeCycleState == LifeCycleState::Completed && communication.viewed == false;
}

} // namespace

CommunicationListModel::CommunicationListModel(CommunicationsApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

QStringList CommunicationListModel::listFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("number"),
            QStringLiteral("life_cycle_state"),
            QStringLiteral("direction"),
            QStringLiteral("media"),
            QStringLiteral("subject"),
            QStringLiteral("to"),
            QStringLiteral("contact_information"),
            QStringLiteral("category"),
            QStringLiteral("viewed"),
            QStringLiteral("log_information")};
}

void CommunicationListModel::setFilter(const CommunicationsApi::ListFilter &filter)
{
    const bool wasLoading = isLoading();
    delete m_request; // a newer request cancels the older one
    beginResetModel();
    m_filter = filter;
    m_filter.paging = {};
    m_filter.fieldsSet = listFields();
    m_rows.clear();
    m_rowOfId.clear();
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
    m_api->list(request, filter, [this, request, asked](const Result<QList<Communication>> &result) {
        request->deleteLater();
        m_request = nullptr;
        if (!result.ok()) {
            m_exhausted = true; // stop the view from asking again; reload() starts over
            Q_EMIT loadingChanged(false);
            Q_EMIT loadFailed(result.error());
            return;
        }
        appendPage(result.value(), asked);
        Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded();
    });
    Q_EMIT loadingChanged(true);
}

void CommunicationListModel::appendPage(const QList<Communication> &page, int asked)
{
    QList<Communication> fresh;
    fresh.reserve(page.size());
    for (const Communication &communication : page) {
        if (!m_rowOfId.contains(communication.id))
            fresh.append(communication);
    }
    // Shorter than asked: the last page. Longer: a pre-R13 server sent everything. Nothing new:
    // the server ignored the offset and repeated itself.
    m_exhausted = page.size() < asked || page.size() > asked || fresh.isEmpty();
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Communication &communication : fresh) {
        m_rowOfId.insert(communication.id, int(m_rows.size()));
        m_rows.append(std::move(communication));
    }
    endInsertRows();
}

void CommunicationListModel::showCopy(const QList<Communication> &rows)
{
    const bool wasLoading = isLoading();
    delete m_request;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    for (const Communication &communication : rows) {
        if (m_rowOfId.contains(communication.id))
            continue;
        m_rowOfId.insert(communication.id, int(m_rows.size()));
        m_rows.append(communication);
    }
    m_exhausted = true;
    m_copy = true;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

const Communication *CommunicationListModel::communicationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void CommunicationListModel::upsert(const Communication &communication)
{
    const int row = rowOfId(communication.id);
    if (row >= 0) {
        m_rows[row] = communication;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(communication);
    reindex();
    endInsertRows();
}

void CommunicationListModel::reindex()
{
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows[i].id, i);
}

int CommunicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommunicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommunicationListModel::display(const Communication &c, int column) const
{
    switch (column) {
    case Number:
        return c.number;
    case Date:
        return DisplayText::dateTime(createdDate(c));
    case Direction:
        return c.direction ? DisplayText::direction(*c.direction) : QString();
    case Media:
        return c.media ? DisplayText::media(*c.media) : QString();
    case Subject:
        return c.subject;
    case Contact:
        return c.contact ? c.contact->displayName() : QString();
    case Category:
        return c.category ? c.category->name : QString();
    case State:
        return c.lifeCycleState ? DisplayText::state(*c.lifeCycleState) : QString();
    case Viewed:
        if (c.lifeCycleState != LifeCycleState::Completed || !c.viewed)
            return QString();
        return *c.viewed ? tr("Viewed") : tr("New");
    }
    return {};
}

QVariant CommunicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Communication &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        return index.column() == Subject ? c.subject : QVariant();
    case Qt::DecorationRole:
        if (index.column() == Media && c.media)
            return DisplayText::mediaIcon(*c.media);
        if (index.column() == Direction && c.direction)
            return DisplayText::directionIcon(*c.direction);
        return {};
    case Qt::FontRole:
        if (isUnviewed(c)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CommunicationIdRole:
        return c.id;
    case NumberRole:
        return c.number;
    case UnviewedRole:
        return isUnviewed(c);
    case SortRole:
        return index.column() == Date ? QVariant(createdDate(c)) : display(c, index.column());
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
