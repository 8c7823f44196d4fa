#include "PaneNavigation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QVariant>

#include <algorithm>

namespace commdesk::panes {

namespace {

const char *const kOrder = "commdeskPaneOrder";

// The widget that takes the focus for `pane`: itself, or its first child that takes Tab focus.
QWidget *focusTarget(QWidget *pane)
{
    if (pane->focusProxy())
        return pane->focusProxy();
    if (pane->focusPolicy() & Qt::TabFocus)
        return pane;
    for (QWidget *next = pane->nextInFocusChain(); next && next != pane; next = next->nextInFocusChain()) {
        if (pane->isAncestorOf(next) && next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus))
            return next;
    }
    return nullptr;
}

} // namespace

void mark(QWidget *pane, int order)
{
    pane->setProperty(kOrder, order);
}

bool focusNext(QWidget *within, bool forward)
{
    QList<QWidget *> visible;
    for (QWidget *widget : within->findChildren<QWidget *>()) {
        if (widget->property(kOrder).isValid() && widget->isVisible() && focusTarget(widget))
            visible.append(widget);
    }
    if (visible.isEmpty())
        return false;
    std::stable_sort(visible.begin(), visible.end(), [](const QWidget *a, const QWidget *b) {
        return a->property(kOrder).toInt() < b->property(kOrder).toInt();
    });
    const QWidget *focus = QApplication::focusWidget();
    const auto holding = std::find_if(visible.cbegin(), visible.cend(), [focus](const QWidget *pane) {
        return focus && (pane == focus || pane->isAncestorOf(focus));
    });
    qsizetype next = 0;
    if (holding != visible.cend()) {
        const qsizetype at = holding - visible.cbegin();
        next = (at + (forward ? 1 : visible.size() - 1)) % visible.size();
    } else if (!forward) {
        next = visible.size() - 1;
    }
    focusTarget(visible.at(next))->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void leaveOnTab(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
    view->setFocusPolicy(Qt::StrongFocus);
}

} // namespace commdesk::panes
