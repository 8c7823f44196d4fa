#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace commdesk {

struct TableColumn
{
    QString header;
    QString path; // a dotted JSON path into each object, e.g. contact_information.name
    bool rightAligned = false;
};

// A list as a readable text table: a header line, one line per row, columns separated by two
// spaces. Cells are kept on one line and clipped, because a table is for people; scripts use --json.
class TableFormatter
{
public:
    static constexpr int kDefaultMaxCellWidth = 48;

    explicit TableFormatter(QStringList headers);

    void setRightAligned(qsizetype column, bool rightAligned = true);
    void setMaxCellWidth(int width) { m_maxCellWidth = width; } // 0: no limit
    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows.size(); }

    QString toString() const;

    // One row per object, each cell read from the object's JSON at the column's path.
    static QString fromJson(const QList<QJsonObject> &objects, const QList<TableColumn> &columns);

private:
    QString cell(const QString &text) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
    int m_maxCellWidth = kDefaultMaxCellWidth;
};

} // namespace commdesk
