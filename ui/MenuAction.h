#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

namespace commdesk {

// An action for the window's menus and tool bars: named, so that tests find it; its icon from the
// resources; a tool tip that tells its shortcut, since tool bar buttons show no shortcut otherwise.
QAction *makeMenuAction(const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                        QObject *parent);

} // namespace commdesk
