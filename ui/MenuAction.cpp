#include "MenuAction.h"

#include "PaletteIcon.h"

#include <QAction>
#include <QIcon>

namespace commdesk {

QAction *makeMenuAction(const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                        QObject *parent)
{
    // No icon named: none, rather than a file that does not exist.
    auto *action = new QAction(paletteIcon(icon), text, parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setToolTip(shortcut.isEmpty() ? text
                                          : QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                                          shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace commdesk
