#pragma once

#include <QDialog>

class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace commdesk {

class KeyboardShortcuts;

// Help > Keyboard shortcuts: every action with its shortcut and where it works, found by typing; a chosen one gets
// another shortcut (one that would clash is refused, saying with what), none, or its own back.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(KeyboardShortcuts *shortcuts, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QKeySequenceEdit *keys() const { return m_keys; }
    QPushButton *assignButton() const { return m_assign; }
    QLabel *message() const { return m_message; }

private:
    void reload();
    void filter(const QString &text);
    void showChosen();
    QAction *chosen() const;

    KeyboardShortcuts *m_shortcuts;
    QLineEdit *m_find;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_keys;
    QPushButton *m_assign;
    QPushButton *m_remove;
    QPushButton *m_reset;
    QLabel *m_message;
};

} // namespace commdesk
