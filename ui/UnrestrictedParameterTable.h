#pragma once

#include "ComposeForm.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace commdesk {

// The unrestricted parameters of a communication (docs/api-contract.md "Communications"): name, type (STRING, FLOAT,
// INTEGER, DATE) and value, one row each. Rows that came from a draft keep the parameter's id, so
// that an update can name them.
class UnrestrictedParameterTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ValueColumn };

    explicit UnrestrictedParameterTable(QWidget *parent = nullptr);

    QList<ComposeParameterRow> rows() const;
    void setRows(const QList<ComposeParameterRow> &rows);
    QTableWidget *table() const { return m_table; }
    QComboBox *typeBox(int row) const;

    static QString typeLabel(ParameterType type);

public Q_SLOTS:
    void addRow(const ComposeParameterRow &row = {});
    void removeCurrentRow();

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace commdesk
