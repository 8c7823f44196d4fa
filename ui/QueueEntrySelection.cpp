#include "QueueEntrySelection.h"

#include "QueueEntryActions.h"
#include "QueueEntryDetailView.h"
#include "QueueEntryModel.h"

#include <QAbstractProxyModel>
#include <QTableView>

namespace commdesk {

QueueEntrySelection::QueueEntrySelection(QTableView *view, QueueEntryModel *model, QueueEntryDetailView *detail,
                                         QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
    , m_detail(detail)
{
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueEntrySelection::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueueEntrySelection::showCurrent);
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
    QList<const QAbstractProxyModel *> proxies;
    for (const QAbstractItemModel *shown = m_view->model(); shown != m_model;) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown);
        if (!proxy)
            return {};
        proxies.prepend(proxy);
        shown = proxy->sourceModel();
    }
    QModelIndex index = m_model->index(modelRow, 0);
    for (const QAbstractProxyModel *proxy : proxies)
        index = proxy->mapFromSource(index);
    return index;
}

QList<QueueEntry> QueueEntrySelection::selectedEntries() const
{
    QList<QueueEntry> selected;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (const QueueEntry *entry = entryAt(index))
            selected.append(*entry);
    }
    if (selected.isEmpty() && m_opened)
        selected.append(*m_opened);
    return selected;
}

void QueueEntrySelection::showCurrent()
{
    if (const QueueEntry *entry = entryAt(m_view->currentIndex())) {
        m_opened.reset();
        m_detail->showEntry(*entry);
    } else if (m_opened) {
        // The table may have loaded it since it was opened: its row is the fresher copy.
        if (const QueueEntry *row = m_model->entryAt(m_model->rowOfId(m_opened->id)))
            m_opened = *row;
        m_detail->showEntry(*m_opened);
    } else {
        m_detail->clear();
    }
    if (m_actions)
        m_actions->update();
}

void QueueEntrySelection::openEntry(const QueueEntry &entry)
{
    const QModelIndex index = viewIndexOfRow(m_model->rowOfId(entry.id));
    if (index.isValid()) {
        m_opened.reset();
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        showCurrent();
        return;
    }
    m_opened = entry;
    m_view->selectionModel()->clear();
    showCurrent();
}

void QueueEntrySelection::updateEntry(const QueueEntry &entry)
{
    if (m_opened && m_opened->id == entry.id)
        m_opened = entry;
}

} // namespace commdesk
