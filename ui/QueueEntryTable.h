#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace commdesk {

// A table of the queue tab (entries, summaries): rows selected whole, fixed row heights (uniform
// rows, docs/architecture.md "Rules of the house"), no grid, no row numbers unless the caller shows them.
QTableView *makeQueueTable(QWidget *parent, QAbstractItemModel *model, const QString &accessibleName);
// The first-start widths of QueueEntryModel's columns, movable, the subject taking what is left.
void setUpQueueEntryColumns(QTableView *view);

} // namespace commdesk
