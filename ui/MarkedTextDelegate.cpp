#include "MarkedTextDelegate.h"

#include "SearchIndex.h"
#include "SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace commdesk {

QString MarkedTextDelegate::toHtml(const QString &marked, const QColor &background)
{
    QString html;
    const QString open = QStringLiteral("<b style=\"background-color:%1\">").arg(background.name(QColor::HexArgb));
    qsizetype at = 0;
    while (at < marked.size()) {
        const qsizetype start = marked.indexOf(SearchIndex::kMatchStart, at);
        if (start < 0) {
            html += marked.sliced(at).toHtmlEscaped();
            break;
        }
        html += marked.sliced(at, start - at).toHtmlEscaped();
        qsizetype end = marked.indexOf(SearchIndex::kMatchEnd, start + 1);
        if (end < 0)
            end = marked.size();
        html += open + marked.sliced(start + 1, end - start - 1).toHtmlEscaped() + QStringLiteral("</b>");
        at = end + 1;
    }
    return html;
}

void MarkedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString marked = index.data(SearchResultModel::MarkedRole).toString();
    if (!marked.contains(SearchIndex::kMatchStart))
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const bool selected = item.state & QStyle::State_Selected;
    QColor tint = item.palette.color(QPalette::Highlight);
    tint.setAlpha(selected ? 0 : 70);
    QTextDocument document;
    document.setDefaultFont(item.font);
    document.setDocumentMargin(0);
    document.setHtml(toHtml(marked, tint));
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    painter->save();
    painter->translate(text.left(), text.top() + (text.height() - document.size().height()) / 2);
    painter->setClipRect(QRectF(0, 0, text.width(), text.height()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace commdesk
