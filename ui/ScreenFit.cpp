#include "ScreenFit.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>

namespace commdesk::ScreenFit {

namespace {

// The height the window's layout asks for at this width, word-wrapped labels included.
int neededHeight(QWidget *window, int width)
{
    QLayout *layout = window->layout();
    if (!layout)
        return window->sizeHint().height();
    layout->activate();
    const int height =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    return qMax(height, layout->totalMinimumSize().height());
}

} // namespace

QRect availableArea(const QWidget *window)
{
    const QScreen *screen = window->window()->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QSize frameExtra(const QWidget *window)
{
    const QWidget *top = window->window();
    const QSize known = top->frameGeometry().size() - top->geometry().size();
    if (top->isVisible() && !known.isEmpty())
        return known;
    return {16, 48}; // a title bar and borders as most desktops draw them
}

void keepOnScreen(QWidget *window)
{
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return;
    const QSize extra = frameExtra(window);
    const QSize room = area.size() - extra;
    const QSize size = window->size().boundedTo(room).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    if (!window->isVisible())
        return; // QDialog centres it on showing, within the screen
    // pos() is where the frame starts, for a window.
    const QRect frame(window->pos(), size + extra);
    const int x = qMax(area.left(), qMin(frame.left(), area.right() + 1 - frame.width()));
    const int y = qMax(area.top(), qMin(frame.top(), area.bottom() + 1 - frame.height()));
    if (x != frame.left() || y != frame.top())
        window->move(x, y);
}

void growToContents(QWidget *window)
{
    const QRect area = availableArea(window);
    const QSize room = area.isEmpty() ? QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX) : area.size() - frameExtra(window);
    int width = window->width();
    int height = neededHeight(window, width);
    // Too tall for the screen: wider lines take fewer of them.
    while (height > room.height() && width < room.width()) {
        width = qMin(room.width(), width + 80);
        height = neededHeight(window, width);
    }
    if (height > window->height() || width > window->width())
        window->resize(qMax(width, window->width()), qMax(height, window->height()));
    keepOnScreen(window);
}

} // namespace commdesk::ScreenFit
