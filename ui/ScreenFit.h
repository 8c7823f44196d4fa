#pragma once

#include <QRect>

class QWidget;

namespace commdesk::ScreenFit {

// Windows that fit the screen they are on, small ones (1024×700) included: never taller or wider
// than the part of the screen windows may use, never sticking out of it, and grown when what they
// show needs more room, rather than cutting it off.

// The part of the window's screen that windows may use (without panels and docks).
QRect availableArea(const QWidget *window);
// What the window system adds around the window (title bar, borders); estimated until it is shown.
QSize frameExtra(const QWidget *window);
// Smaller if it does not fit, moved back if it sticks out; the frame counts.
void keepOnScreen(QWidget *window);
// Taller (or, when the screen is too short for that, wider) until its layout has the room it asks
// for at its width, word-wrapped text in full; then kept on screen.
void growToContents(QWidget *window);

} // namespace commdesk::ScreenFit
