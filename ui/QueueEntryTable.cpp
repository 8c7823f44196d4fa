#include "QueueEntryTable.h"

#include "PaneNavigation.h"
#include "QueueEntryModel.h"

#include <QHeaderView>
#include <QTableView>

#include <iterator>

namespace commdesk {

QTableView *makeQueueTable(QWidget *parent, QAbstractItemModel *model, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform row heights
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAccessibleName(accessibleName);
    panes::leaveOnTab(view);
    return view;
}

void setUpQueueEntryColumns(QTableView *view)
{
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setSectionResizeMode(QueueEntryModel::Subject, QHeaderView::Stretch);
    const int widths[] = {90, 95, 80, 150, 160, 220, 150, 130, 130};
    static_assert(std::size(widths) == QueueEntryModel::ColumnCount);
    for (int column = 0; column < QueueEntryModel::ColumnCount; ++column)
        view->horizontalHeader()->resizeSection(column, widths[column]);
}

} // namespace commdesk
