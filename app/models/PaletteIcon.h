#pragma once

#include <QIcon>

namespace commdesk {

// The icon ":/icons/<name>.svg" drawn in the colours of the palette in use (docs/architecture.md "Themes"): its
// `currentColor` as the palette's text (the disabled text for a disabled icon, the highlighted text on a
// selection), and every other colour of it moved, if need be, until it stands out 3:1 from the window, so that one
// set of files serves a light theme and a dark one. A change of palette shows at the next paint. No such file (an
// empty name): no icon.
QIcon paletteIcon(const QString &name);

} // namespace commdesk
