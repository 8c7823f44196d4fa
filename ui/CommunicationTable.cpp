#include "CommunicationTable.h"

#include "CommunicationListModel.h"
#include "DisplayText.h"
#include "PaneNavigation.h"
#include "Settings.h"

#include <QDateTime>
#include <QHeaderView>
#include <QMenu>

namespace commdesk {

CommunicationTable::CommunicationTable(QAbstractItemModel *model, Settings *settings, QWidget *parent)
    : QTableView(parent)
    , m_settings(settings)
{
    setModel(model);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform row heights
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Communications"));
    panes::leaveOnTab(this);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(CommunicationListModel::Subject, QHeaderView::Stretch);
    applyDefaultLayout();
    header->restoreState(m_settings->value(setting::communicationListHeader));

    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &at) { columnMenu()->popup(header->mapToGlobal(at)); });
    connect(header, &QHeaderView::sectionMoved, this, &CommunicationTable::saveLayout);
    connect(header, &QHeaderView::sectionResized, this, &CommunicationTable::saveLayout);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CommunicationTable::saveLayout);
}

void CommunicationTable::applyDefaultLayout()
{
    // Widths that leave the subject room beside a sidebar on a laptop screen; the category (the
    // list's own title when browsing one) and Viewed (unviewed rows are bold) start hidden.
    // Unviewed rows are bold: measured in bold, with room for the icon and the padding.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    auto fit = [&metrics](const QString &text, int extra) { return metrics.horizontalAdvance(text) + extra; };
    // The longest name a column shows, in the language of the day.
    auto widest = [&fit]<class E>(QString (*name)(E), int extra) {
        int width = 0;
        for (const E value : allValues<E>())
            width = std::max(width, fit(name(value), extra));
        return width;
    };
    const int widths[] = {fit(QStringLiteral("CM000000"), 20),
                          fit(DisplayText::listDateTime(QDateTime(QDate(2028, 12, 28), QTime(23, 58, 58))), 24),
                          widest(static_cast<QString (*)(Direction)>(&DisplayText::direction), 44),
                          widest(static_cast<QString (*)(Media)>(&DisplayText::media), 44),
                          300,
                          150,
                          120,
                          widest(static_cast<QString (*)(LifeCycleState)>(&DisplayText::state), 20),
                          60};
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < CommunicationListModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setSectionHidden(CommunicationListModel::Category, true);
    header->setSectionHidden(CommunicationListModel::Viewed, true);
    sortByColumn(CommunicationListModel::Date, Qt::DescendingOrder);
}

QMenu *CommunicationTable::columnMenu()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QHeaderView *header = horizontalHeader();
    const int visible = header->count() - header->hiddenSectionCount();
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *toggle = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(header->isSectionHidden(column) || visible > 1); // never an empty table
        connect(toggle, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveLayout();
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Reset columns"), this, [this] {
        applyDefaultLayout();
        for (int column = 0; column < horizontalHeader()->count(); ++column) {
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(column), column);
            if (column != CommunicationListModel::Category && column != CommunicationListModel::Viewed)
                horizontalHeader()->setSectionHidden(column, false);
        }
        saveLayout();
    });
    return menu;
}

void CommunicationTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange) // zoomed: rows as tall as the text
        verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

QStringList CommunicationTable::shownColumns() const
{
    const QHeaderView *header = horizontalHeader();
    QStringList keys;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            keys << CommunicationListModel::columnKey(column);
    }
    return keys;
}

void CommunicationTable::showColumns(const QStringList &keys)
{
    QList<int> columns;
    for (const QString &key : keys) {
        const int column = CommunicationListModel::columnOfKey(key);
        if (column >= 0 && !columns.contains(column))
            columns << column;
    }
    if (columns.isEmpty())
        return;
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < columns.size(); ++visual) {
        header->moveSection(header->visualIndex(columns.at(visual)), visual);
        header->setSectionHidden(columns.at(visual), false);
    }
    for (int column = 0; column < header->count(); ++column) {
        if (!columns.contains(column))
            header->setSectionHidden(column, true);
    }
    saveLayout();
}

QString CommunicationTable::sortColumn() const
{
    return CommunicationListModel::columnKey(horizontalHeader()->sortIndicatorSection());
}

void CommunicationTable::sortBy(const QString &key, Qt::SortOrder order)
{
    const int column = CommunicationListModel::columnOfKey(key);
    if (column < 0)
        sortByColumn(CommunicationListModel::Date, Qt::DescendingOrder);
    else
        sortByColumn(column, order);
}

void CommunicationTable::saveLayout()
{
    m_settings->setValue(setting::communicationListHeader, horizontalHeader()->saveState());
}

} // namespace commdesk
