#include "QueueEntrySelection.h"

#include "CommunicationsApi.h"
#include "QueueEntryModel.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>

namespace commdesk {

QueueEntrySelection::QueueEntrySelection(QueueEntryModel *model, CommunicationsApi *communications, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_communications(communications)
{ }

void QueueEntrySelection::setSelectionModel(QItemSelectionModel *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    connect(selection, &QItemSelectionModel::selectionChanged, this, &QueueEntrySelection::showCurrent);
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &QueueEntrySelection::showCurrent);
}

const QueueEntry *QueueEntrySelection::entryAt(const QModelIndex &viewIndex) const
{
    QModelIndex index = viewIndex;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
        index = proxy->mapToSource(index);
    return index.isValid() && index.model() == m_model ? m_model->entryAt(index.row()) : nullptr;
}

QModelIndex QueueEntrySelection::viewIndexOfRow(int modelRow) const
{
    if (!m_selection)
        return {};
    QList<const QAbstractProxyModel *> proxies;
    for (const QAbstractItemModel *shown = m_selection->model(); shown != m_model;) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown);
        if (!proxy)
            return {};
        proxies.prepend(proxy);
        shown = proxy->sourceModel();
    }
    QModelIndex index = m_model->index(modelRow, 0);
    for (const QAbstractProxyModel *proxy : std::as_const(proxies))
        index = proxy->mapFromSource(index);
    return index;
}

QList<QueueEntry> QueueEntrySelection::selectedEntries() const
{
    QList<QueueEntry> selected;
    if (m_selection) {
        for (const QModelIndex &index : m_selection->selectedRows()) {
            if (const QueueEntry *entry = entryAt(index))
                selected.append(*entry);
        }
    }
    if (selected.isEmpty() && m_opened)
        selected.append(*m_opened);
    return selected;
}

void QueueEntrySelection::showCurrent()
{
    if (const QueueEntry *entry = m_selection ? entryAt(m_selection->currentIndex()) : nullptr) {
        m_opened.reset();
        setCurrent(*entry);
    } else if (m_opened) {
        // The table may have loaded it since it was opened: its row is the fresher copy.
        if (const QueueEntry *row = m_model->entryAt(m_model->rowOfId(m_opened->id)))
            m_opened = *row;
        setCurrent(m_opened);
    } else {
        setCurrent(std::nullopt);
    }
}

void QueueEntrySelection::setCurrent(const std::optional<QueueEntry> &entry)
{
    const bool other = entry.has_value() != m_current.has_value() || (entry && entry->id != m_current->id);
    m_current = entry;
    if (other) {
        m_communication.reset();
        m_communicationError.clear();
        delete m_request;
        if (entry && entry->communication && !entry->communication->id.isEmpty()) {
            auto *request = new QObject(this);
            m_request = request;
            m_communications->show(request, Identifier::byId(entry->communication->id), {},
                                   [this, request](const Result<Communication> &result) {
                                       request->deleteLater();
                                       if (result.ok())
                                           m_communication = result.value();
                                       else
                                           m_communicationError = result.error().userText();
                                       Q_EMIT changed();
                                   });
        }
    }
    Q_EMIT changed();
}

void QueueEntrySelection::openEntry(const QueueEntry &entry)
{
    const QModelIndex index = viewIndexOfRow(m_model->rowOfId(entry.id));
    if (index.isValid()) {
        m_opened.reset();
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT rowOpened(index);
        showCurrent();
        return;
    }
    // Cleared first: clearing announces the old current row, which would take the place of the opened entry.
    if (m_selection)
        m_selection->clear();
    m_opened = entry;
    showCurrent();
}

void QueueEntrySelection::updateEntry(const QueueEntry &entry)
{
    if (m_opened && m_opened->id == entry.id)
        m_opened = entry;
}

} // namespace commdesk
