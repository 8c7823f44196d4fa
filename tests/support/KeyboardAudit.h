#pragma once

// Header-only: what the keyboard and accessibility tests look for in a window (docs/architecture.md "Keyboard").

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

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

// A field a label names: what a screen reader should announce with the label's text.
inline bool isField(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QKeySequenceEdit *>(widget);
}

// The widget laid out right after `label` (the field beside it in a form, grid or row), if any.
inline QWidget *besideInLayout(QLayout *layout, QLabel *label)
{
    if (!layout)
        return nullptr;
    const int index = layout->indexOf(label);
    if (index >= 0) {
        if (auto *form = qobject_cast<QFormLayout *>(layout)) {
            int row = -1;
            QFormLayout::ItemRole role;
            form->getItemPosition(index, &row, &role);
            QLayoutItem *field = role == QFormLayout::LabelRole ? form->itemAt(row, QFormLayout::FieldRole) : nullptr;
            return field ? field->widget() : nullptr;
        }
        if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
            int row = 0, column = 0, rows = 0, columns = 0;
            grid->getItemPosition(index, &row, &column, &rows, &columns);
            QLayoutItem *next = grid->itemAtPosition(row, column + columns);
            return next ? next->widget() : nullptr;
        }
        QLayoutItem *next = layout->itemAt(index + 1);
        return next ? next->widget() : nullptr;
    }
    for (int i = 0; i < layout->count(); ++i) {
        if (QWidget *found = besideInLayout(layout->itemAt(i)->layout(), label))
            return found;
    }
    return nullptr;
}

// Labels of `window` that stand beside a field without being tied to it (QLabel::setBuddy): their text reaches no
// screen reader and their mnemonic moves no focus. A wrapped label is a note on the field: its text must be the
// field's accessible description.
inline QStringList untiedLabels(QWidget *window)
{
    QStringList untied;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->window() != window || label->text().isEmpty())
            continue;
        QWidget *field = besideInLayout(label->parentWidget() ? label->parentWidget()->layout() : nullptr, label);
        if (!field || !isField(field) || !field->isVisibleTo(window))
            continue;
        if (label->wordWrap() ? !field->accessibleDescription().contains(label->text()) : label->buddy() != field)
            untied << QStringLiteral("“%1” beside %2 %3")
                          .arg(label->text(), QString::fromLatin1(field->metaObject()->className()),
                               field->objectName());
    }
    return untied;
}

// Combo boxes of `window` without a label tied to them. On Linux a combo box's accessible name is its current value
// whatever its accessibleName says: a screen reader finds what it is for only through a label whose buddy it is
// (the labelled-by relation Qt derives from QLabel::buddy among the combo box's siblings).
inline QStringList unlabelledComboBoxes(QWidget *window)
{
    QStringList unlabelled;
    for (QComboBox *combo : window->findChildren<QComboBox *>()) {
        if (!combo->isVisibleTo(window) || combo->window() != window)
            continue;
        const auto relations = QAccessible::queryAccessibleInterface(combo)->relations(QAccessible::Label);
        const bool labelled = std::any_of(relations.begin(), relations.end(), [](const auto &relation) {
            return relation.first && !relation.first->text(QAccessible::Name).trimmed().isEmpty();
        });
        if (!labelled)
            unlabelled << QStringLiteral("%1 “%2”").arg(combo->objectName(), combo->accessibleName());
    }
    return unlabelled;
}

// The widgets Tab walks through from `first` while the focus stays inside `within`, until it comes back.
inline QList<QWidget *> tabWalk(QWidget *first, QWidget *within, int limit = 80)
{
    QList<QWidget *> order;
    first->setFocus(Qt::TabFocusReason);
    for (int press = 0; press < limit; ++press) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !within->isAncestorOf(focus) || order.contains(focus))
            break;
        order << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return order;
}

inline QString describeWidget(const QWidget *widget)
{
    const QString name = widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName();
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

// Where `order` steps back against the reading order: each next widget must start on a lower line, or on the same
// line further right (a line: the two overlap from top to bottom).
inline QStringList readingOrderBreaks(const QList<QWidget *> &order, QWidget *window)
{
    QStringList breaks;
    for (int i = 1; i < order.size(); ++i) {
        const QRect before(order.at(i - 1)->mapTo(window, QPoint(0, 0)), order.at(i - 1)->size());
        const QRect now(order.at(i)->mapTo(window, QPoint(0, 0)), order.at(i)->size());
        constexpr int slack = 4;
        const bool lower = now.top() >= before.bottom() - slack;
        const bool sameLine = now.top() < before.bottom() && before.top() < now.bottom();
        const bool right = now.left() >= before.right() - slack;
        if (!lower && !(sameLine && right))
            breaks << QStringLiteral("%1 then %2").arg(describeWidget(order.at(i - 1)), describeWidget(order.at(i)));
    }
    return breaks;
}

// Tab from the top left widget of `window` around it and back: every step follows the reading order.
inline QStringList tabOrderBreaks(QWidget *window)
{
    QWidget *first = nullptr;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible() || !widget->isEnabled()
            || widget->window() != window || widget->focusProxy())
            continue;
        const QPoint at = widget->mapTo(window, QPoint(0, 0));
        const QPoint best = first ? first->mapTo(window, QPoint(0, 0)) : QPoint();
        if (!first || at.y() < best.y() || (at.y() == best.y() && at.x() < best.x()))
            first = widget;
    }
    if (!first)
        return {};
    const QList<QWidget *> order = tabWalk(first, window);
    QStringList breaks = readingOrderBreaks(order, window);
    if (order.size() < 2)
        breaks << QStringLiteral("Tab does not leave %1").arg(describeWidget(first));
    for (QString &each : breaks)
        each.prepend(window->windowTitle() + QStringLiteral(": "));
    return breaks;
}

} // namespace commdesk::audit
