#pragma once

#include <QTableView>

namespace commdesk {

class Settings;

// The communication list as a table (not a tree: QTreeView fetches every page of a flat list at
// each layout, a table asks for more only when its last row comes into sight). Uniform rows,
// sortable, columns movable, resizable and hidden or shown from the header's context menu; the
// layout the user makes is kept in the settings as it changes, so a crash does not lose it.
class CommunicationTable : public QTableView
{
    Q_OBJECT

public:
    // `model` has CommunicationListModel's columns (usually through a proxy).
    CommunicationTable(QAbstractItemModel *model, Settings *settings, QWidget *parent = nullptr);

    // The header's context menu: one checkable entry per column, the last visible one disabled.
    QMenu *columnMenu();
    // The columns shown, by CommunicationListModel::columnKey, in the order shown (what a saved view keeps).
    QStringList shownColumns() const;
    // Shows these columns in this order and hides the others; names no column has are passed over, and a list
    // naming none leaves the columns as they are. Widths stay the user's.
    void showColumns(const QStringList &keys);
    QString sortColumn() const;
    // Sorts by the named column; an unknown name sorts by date, newest first (the server's order).
    void sortBy(const QString &key, Qt::SortOrder order);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyDefaultLayout();
    void saveLayout();

    Settings *m_settings;
};

} // namespace commdesk
