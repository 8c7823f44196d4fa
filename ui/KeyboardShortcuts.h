#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace commdesk {

class Settings;

// The window's keyboard shortcuts (docs/architecture.md "Keyboard"): every named action with text, its shortcut
// and the one it came with, and the user's changes, kept in the settings and applied at start. A shortcut that
// another action already answers to where both can fire is refused with the other's name. The actions of other
// windows it opens (compose) are not its own; those windows' shortcuts are listed through actions marked with
// setOtherWindow().
class KeyboardShortcuts
{
public:
    KeyboardShortcuts(QWidget *window, Settings *settings);

    struct Entry
    {
        QAction *action;
        QString text; // without its mnemonic
        QString place; // where it works: the window, or the pane that holds it
        QList<QKeySequence> shortcuts;
        QList<QKeySequence> defaults;
    };

    // Every named action of the window with text, in the order of their names' text.
    QList<Entry> entries() const;
    // Gives `action` this one shortcut (none for an empty one). False, with `conflict` saying which action has it,
    // when another would answer to it too.
    bool assign(QAction *action, const QKeySequence &shortcut, QString *conflict);
    void reset(QAction *action);
    // The user's changes, applied to the actions the window has now (call again when it made more).
    void apply();

    // Marks `action` as standing for a shortcut of another kind of window (compose): listed and changed here with
    // `place` as where it works, it clashes only with actions of that same place. That window takes its keys from it.
    static void setOtherWindow(QAction *action, const QString &place);

private:
    QList<QAction *> actions() const;
    void save();

    QWidget *m_window;
    Settings *m_settings;
};

} // namespace commdesk
