#pragma once

// Header-only: what the keyboard and accessibility tests look for in a window (docs/architecture.md "Keyboard").

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>

namespace commdesk::audit {

// The letter after a single '&' ("Save &view…" gives 'v'), or none.
inline QChar mnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&([^&\\s])"));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

inline void collectClash(QHash<QChar, QString> &seen, QStringList &clashes, const QString &text)
{
    const QChar key = mnemonic(text);
    if (key.isNull())
        return;
    if (seen.contains(key))
        clashes << QStringLiteral("Alt+%1: “%2” and “%3”").arg(key.toUpper(), seen.value(key), text);
    else
        seen.insert(key, text);
}

// Mnemonics shown at the same time in `window` that are the same letter: the menu bar's titles, the visible
// buttons, labels with a buddy, group boxes and tab titles; and, separately, the entries of each menu.
inline QStringList mnemonicClashes(QWidget *window)
{
    QStringList clashes;
    QHash<QChar, QString> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            collectClash(seen, clashes, menu->text());
        for (QMenu *menu : main->menuBar()->findChildren<QMenu *>()) {
            QHash<QChar, QString> inMenu;
            for (QAction *entry : menu->actions()) {
                if (entry->isVisible())
                    collectClash(inMenu, clashes, entry->text());
            }
        }
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            collectClash(seen, clashes, button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            collectClash(seen, clashes, label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            collectClash(seen, clashes, group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                collectClash(seen, clashes, tabs->tabText(tab));
        }
    }
    return clashes;
}

inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

inline void walk(QAccessibleInterface *node, QStringList &unnamed, int depth)
{
    if (!node || !node->isValid() || depth > 64)
        return;
    auto *widget = qobject_cast<QWidget *>(node->object());
    if (widget && !widget->isVisible())
        return;
    if (widget && isInteractive(node->role())) {
        // A combo box's name is its current value on Linux: its own name must be set for the label to be heard.
        const QString name =
            qobject_cast<QComboBox *>(widget) ? widget->accessibleName() : node->text(QAccessible::Name);
        if (name.trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2 in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                widget->parentWidget()
                                    ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                                    : QString());
    }
    // Cells and items of views are the model's to name; their insides are not walked.
    if (node->role() == QAccessible::Table || node->role() == QAccessible::Tree || node->role() == QAccessible::List)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), unnamed, depth + 1);
}

// The visible interactive widgets of `window` that a screen reader would announce without a name.
inline QStringList unnamedWidgets(QWidget *window)
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(window), unnamed, 0);
    return unnamed;
}

} // namespace commdesk::audit
