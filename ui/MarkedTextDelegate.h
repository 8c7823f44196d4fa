#pragma once

#include <QStyledItemDelegate>

namespace commdesk {

// Paints a cell's SearchResultModel::MarkedRole text with what the search matched in bold on a tint of
// the highlight colour; the rest as any cell.
class MarkedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The marked text as HTML: escaped, the matches in <b> with the given background.
    static QString toHtml(const QString &marked, const QColor &background);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace commdesk
