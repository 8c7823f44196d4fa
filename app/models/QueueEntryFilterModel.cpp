#include "QueueEntryFilterModel.h"

#include "QueueEntryModel.h"

namespace commdesk {

QueueEntryFilterModel::QueueEntryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QueueEntryModel::SortRole);
    setDynamicSortFilter(true);
}

void QueueEntryFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter keeps the rows that still pass.
    invalidateFilter();
}

void QueueEntryFilterModel::setState(std::optional<QueueState> state)
{
    m_state = state;
    refilter();
}

void QueueEntryFilterModel::setMedia(std::optional<Media> media)
{
    m_media = media;
    m_externalSystemId.clear();
    refilter();
}

void QueueEntryFilterModel::setExternalSystemId(const QString &id)
{
    m_externalSystemId = id;
    m_media.reset();
    refilter();
}

void QueueEntryFilterModel::setContact(const QString &text)
{
    m_contact = text.trimmed();
    refilter();
}

void QueueEntryFilterModel::setErrorCode(const QString &text)
{
    m_errorCode = text.trimmed();
    refilter();
}

bool QueueEntryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(QueueEntryModel::StateRole).toInt() != int(*m_state))
        return false;
    if (m_media && index.data(QueueEntryModel::MediaRole).toInt() != int(*m_media))
        return false;
    if (!m_externalSystemId.isEmpty()
        && index.data(QueueEntryModel::ExternalSystemIdRole).toString() != m_externalSystemId)
        return false;
    if (!m_contact.isEmpty()
        && !index.data(QueueEntryModel::ContactRole).toString().contains(m_contact, Qt::CaseInsensitive))
        return false;
    if (!m_errorCode.isEmpty()
        && !index.data(QueueEntryModel::ErrorCodeRole).toString().contains(m_errorCode, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace commdesk
