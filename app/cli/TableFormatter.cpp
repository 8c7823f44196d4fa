#include "TableFormatter.h"

#include "JsonText.h"

namespace commdesk {

TableFormatter::TableFormatter(QStringList headers)
    : m_headers(std::move(headers))
    , m_rightAligned(m_headers.size(), false)
{ }

void TableFormatter::setRightAligned(qsizetype column, bool rightAligned)
{
    if (column >= 0 && column < m_rightAligned.size())
        m_rightAligned[column] = rightAligned;
}

void TableFormatter::addRow(const QStringList &cells)
{
    QStringList row;
    row.reserve(m_headers.size());
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        row.append(cell(cells.value(i)));
    m_rows.append(row);
}

QString TableFormatter::cell(const QString &text) const
{
    QString flat = text;
    flat.replace(QLatin1StringView("\r\n"), QLatin1StringView(" "));
    for (QChar &c : flat) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    flat = JsonText::printable(flat);
    if (m_maxCellWidth > 0 && flat.size() > m_maxCellWidth)
        flat = flat.left(m_maxCellWidth - 1) + QChar(0x2026); // …
    return flat;
}

QString TableFormatter::toString() const
{
    QList<qsizetype> widths(m_headers.size(), 0);
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        widths[i] = m_headers.at(i).size();
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1StringView("  ");
            text += m_rightAligned.at(i) ? cells.at(i).rightJustified(widths.at(i))
                                         : cells.at(i).leftJustified(widths.at(i));
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(m_headers);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

QString TableFormatter::fromJson(const QList<QJsonObject> &objects, const QList<TableColumn> &columns)
{
    QStringList headers;
    for (const TableColumn &column : columns)
        headers.append(column.header);
    TableFormatter table(headers);
    for (qsizetype i = 0; i < columns.size(); ++i)
        table.setRightAligned(i, columns.at(i).rightAligned);
    for (const QJsonObject &object : objects) {
        QStringList cells;
        for (const TableColumn &column : columns)
            cells.append(JsonText::display(JsonText::valueAt(object, column.path)));
        table.addRow(cells);
    }
    return table.toString();
}

} // namespace commdesk
