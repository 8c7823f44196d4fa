#pragma once

#include "SavedView.h"

#include <QWidget>

class QAction;
class QListView;
class QMenu;

namespace commdesk {

class MessageBanner;
class SavedViewModel;

// The "Saved views" section of the sidebar (docs/architecture.md "Saved views"): a click or Enter opens a view;
// F2 renames it in place, Alt+Up and Alt+Down (or a drag) move it, Delete removes it, and "Update" keeps the list
// as it is now under the view's name (a removal can be undone). The window does the opening and the keeping.
class SavedViewList : public QWidget
{
    Q_OBJECT

public:
    explicit SavedViewList(SavedViewModel *views, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // "Removed … Undo" under the list after a removal.
    MessageBanner *undoBanner() const { return m_undo; }
    // Marks the view open in the window (none for an empty name), without asking to open it.
    void showOpen(const QString &name);
    // The context menu of the view at `row`, as a right click builds it.
    QMenu *menuFor(int row);
    QAction *action(const QString &objectName) const;

Q_SIGNALS:
    void openRequested(const commdesk::SavedView &view);
    void updateRequested(int row);

private:
    int currentRow() const;
    void openCurrent();
    void move(int by);
    void updateActions();

    SavedViewModel *m_views;
    QListView *m_view;
    MessageBanner *m_undo;
    std::optional<std::pair<int, SavedView>> m_removed; // what Undo puts back, and where
    QAction *m_open;
    QAction *m_rename;
    QAction *m_update;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_remove;
    bool m_showing = false; // showOpen() moves the current row: that opens nothing
};

} // namespace commdesk
