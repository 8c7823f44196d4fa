#include "KeyboardShortcuts.h"

#include "Settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QRegularExpression>
#include <QWidget>

#include <algorithm>

namespace commdesk {

namespace {

const char *const kDefaults = "commdeskDefaultShortcuts";
const char *const kOtherWindow = "commdeskShortcutWindow";

QString otherWindowOf(const QAction *action)
{
    return action->property(kOtherWindow).toString();
}

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QChar(u'…'));
    return text.trimmed();
}

QList<QKeySequence> defaultsOf(QAction *action)
{
    if (!action->property(kDefaults).isValid())
        action->setProperty(kDefaults, QVariant::fromValue(action->shortcuts()));
    return action->property(kDefaults).value<QList<QKeySequence>>();
}

// An open compose window is a child of the window, its actions are not the window's (a menu's are).
bool inOtherWindow(const QAction *action, const QWidget *window)
{
    for (const QObject *owner = action->parent(); owner && owner != window; owner = owner->parent()) {
        const auto *widget = qobject_cast<const QWidget *>(owner);
        if (widget && widget->isWindow() && !qobject_cast<const QMenu *>(widget))
            return true;
    }
    return false;
}

// Where an action's shortcut can fire: its pane for a pane's shortcut, else the whole window.
QWidget *scopeOf(const QAction *action, QWidget *window)
{
    if (action->shortcutContext() == Qt::WidgetWithChildrenShortcut
        || action->shortcutContext() == Qt::WidgetShortcut) {
        for (QObject *object : action->associatedObjects()) {
            if (auto *widget = qobject_cast<QWidget *>(object))
                return widget;
        }
    }
    return window;
}

} // namespace

KeyboardShortcuts::KeyboardShortcuts(QWidget *window, Settings *settings)
    : m_window(window)
    , m_settings(settings)
{ }

QList<QAction *> KeyboardShortcuts::actions() const
{
    QList<QAction *> result;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (inOtherWindow(action, m_window))
            continue;
        // Qt's own actions ("qt_…", "_q_…": a field's clear button) are not the user's to change.
        if (!action->objectName().isEmpty() && !action->objectName().startsWith(QLatin1StringView("qt_"))
            && !action->objectName().startsWith(QLatin1StringView("_q_")) && !plainText(action).isEmpty()
            && !action->isSeparator() && !action->menu())
            result.append(action);
    }
    return result;
}

QList<KeyboardShortcuts::Entry> KeyboardShortcuts::entries() const
{
    QList<Entry> result;
    for (QAction *action : actions()) {
        QWidget *scope = scopeOf(action, m_window);
        QString place = otherWindowOf(action);
        if (place.isEmpty())
            place = scope == m_window ? QCoreApplication::translate("commdesk::KeyboardShortcuts", "Everywhere")
                                      : scope->accessibleName();
        result.append({action, plainText(action), place, action->shortcuts(), defaultsOf(action)});
    }
    std::sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) {
        return a.text.localeAwareCompare(b.text) < 0 || (a.text == b.text && a.place < b.place);
    });
    return result;
}

bool KeyboardShortcuts::assign(QAction *action, const QKeySequence &shortcut, QString *conflict)
{
    defaultsOf(action);
    if (!shortcut.isEmpty()) {
        QWidget *scope = scopeOf(action, m_window);
        const QString window = otherWindowOf(action);
        for (QAction *other : actions()) {
            // Shortcuts of different windows never fire together.
            if (other == action || !other->shortcuts().contains(shortcut) || otherWindowOf(other) != window)
                continue;
            QWidget *otherScope = scopeOf(other, m_window);
            if (!window.isEmpty() || otherScope == scope || otherScope->isAncestorOf(scope)
                || scope->isAncestorOf(otherScope)) {
                if (conflict)
                    *conflict = plainText(other);
                return false;
            }
        }
    }
    action->setShortcuts(shortcut.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence> {shortcut});
    save();
    return true;
}

void KeyboardShortcuts::setOtherWindow(QAction *action, const QString &place)
{
    action->setProperty(kOtherWindow, place);
}

void KeyboardShortcuts::reset(QAction *action)
{
    action->setShortcuts(defaultsOf(action));
    save();
}

void KeyboardShortcuts::save()
{
    // "name=keys" for each action whose shortcut is not the one it came with; "name=" for one taken away.
    QStringList changed;
    for (QAction *action : actions()) {
        if (action->shortcuts() != defaultsOf(action))
            changed << action->objectName() + QLatin1Char('=')
                    + action->shortcut().toString(QKeySequence::PortableText);
    }
    changed.removeDuplicates();
    m_settings->setValue(setting::shortcutChanges, changed);
}

void KeyboardShortcuts::apply()
{
    const QStringList changes = m_settings->value(setting::shortcutChanges);
    for (QAction *action : actions()) {
        defaultsOf(action);
        for (const QString &change : changes) {
            const qsizetype equals = change.indexOf(QLatin1Char('='));
            if (equals > 0 && QStringView(change).left(equals) == action->objectName()) {
                const QKeySequence keys(change.mid(equals + 1), QKeySequence::PortableText);
                action->setShortcuts(keys.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence> {keys});
            }
        }
    }
}

} // namespace commdesk
