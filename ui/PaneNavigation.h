#pragma once

class QAbstractItemView;
class QWidget;

namespace commdesk {

// Moving around a window from the keyboard (docs/architecture.md "Keyboard"). F6 and Shift+F6 go from pane to
// pane (the sidebar, the list, the detail; the queue's summary, entries, rejections and entry pane): a view marks
// each of its panes with its place in that order, and the window moves the focus among the visible ones.
namespace panes {

// `pane` is the order-th pane of its view: the widget that takes the focus (or whose first focusable child does).
void mark(QWidget *pane, int order);
// Focus goes to the next (or previous) visible pane inside `within` after the one that holds it; false when
// `within` has no visible pane.
bool focusNext(QWidget *within, bool forward);
// Tab and Shift+Tab leave the view instead of walking its cells; the arrow keys move inside it.
void leaveOnTab(QAbstractItemView *view);

} // namespace panes

} // namespace commdesk
