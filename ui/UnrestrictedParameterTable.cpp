#include "UnrestrictedParameterTable.h"

#include "PaneNavigation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace commdesk {

namespace {

constexpr int kIdRole = Qt::UserRole;

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

UnrestrictedParameterTable::UnrestrictedParameterTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3))
    , m_add(new QPushButton(tr("Add parameter")))
    , m_remove(new QPushButton(tr("Remove parameter")))
{
    m_table->setObjectName(QStringLiteral("unrestrictedParameters"));
    m_table->setAccessibleName(tr("Unrestricted parameters"));
    panes::leaveOnTab(m_table);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setMinimumHeight(110);
    m_add->setObjectName(QStringLiteral("addParameter"));
    m_add->setAccessibleName(tr("Add an unrestricted parameter"));
    m_add->setAutoDefault(false);
    m_remove->setObjectName(QStringLiteral("removeParameter"));
    m_remove->setAccessibleName(tr("Remove the selected unrestricted parameter"));
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setFocusProxy(m_table);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &UnrestrictedParameterTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &UnrestrictedParameterTable::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0 && row < m_table->rowCount()); });
}

QString UnrestrictedParameterTable::typeLabel(ParameterType type)
{
    switch (type) {
    case ParameterType::String:
        return tr("Text");
    case ParameterType::Float:
        return tr("Number");
    case ParameterType::Integer:
        return tr("Whole number");
    case ParameterType::Date:
        return tr("Date");
    }
    return {};
}

QList<ComposeParameterRow> UnrestrictedParameterTable::rows() const
{
    QList<ComposeParameterRow> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        const QComboBox *type = typeBox(row);
        rows.append({name ? name->data(kIdRole).toString() : QString(), cellText(m_table, row, NameColumn),
                     type ? ParameterType(type->currentData().toInt()) : ParameterType::String,
                     cellText(m_table, row, ValueColumn)});
    }
    return rows;
}

void UnrestrictedParameterTable::setRows(const QList<ComposeParameterRow> &rows)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const ComposeParameterRow &row : rows)
            addRow(row);
    }
    m_remove->setEnabled(false);
    Q_EMIT changed();
}

QComboBox *UnrestrictedParameterTable::typeBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn));
}

void UnrestrictedParameterTable::addRow(const ComposeParameterRow &parameter)
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(parameter.name);
        name->setData(kIdRole, parameter.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, ValueColumn, new QTableWidgetItem(parameter.value));
    }
    auto *type = new QComboBox;
    type->setAccessibleName(tr("Type of parameter %1").arg(row + 1));
    for (const ParameterType value : allValues<ParameterType>())
        type->addItem(typeLabel(value), int(value));
    type->setCurrentIndex(type->findData(int(parameter.type)));
    connect(type, &QComboBox::currentIndexChanged, this, &UnrestrictedParameterTable::changed);
    m_table->setCellWidget(row, TypeColumn, type);
    Q_EMIT changed();
}

void UnrestrictedParameterTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    Q_EMIT changed();
}

} // namespace commdesk
