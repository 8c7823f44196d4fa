#include "SavedViewList.h"

#include "MessageBanner.h"
#include "PaneNavigation.h"
#include "SavedViewModel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace commdesk {

SavedViewList::SavedViewList(SavedViewModel *views, QWidget *parent)
    : QWidget(parent)
    , m_views(views)
    , m_view(new QListView(this))
    , m_undo(new MessageBanner(this))
{
    m_view->setModel(views);
    m_view->setAccessibleName(tr("Saved views"));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    panes::leaveOnTab(m_view);

    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };
    m_open = make(QStringLiteral("savedViewOpen"), tr("&Open"), {});
    m_rename = make(QStringLiteral("savedViewRename"), tr("Re&name"), QKeySequence(Qt::Key_F2));
    m_update = make(QStringLiteral("savedViewUpdate"), tr("&Update to the list as it is now"),
                    QKeySequence(Qt::CTRL | Qt::Key_U));
    m_moveUp = make(QStringLiteral("savedViewMoveUp"), tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = make(QStringLiteral("savedViewMoveDown"), tr("Move &down"), QKeySequence(Qt::ALT | Qt::Key_Down));
    m_remove = make(QStringLiteral("savedViewRemove"), tr("&Remove"), QKeySequence::Delete);
    connect(m_open, &QAction::triggered, this, &SavedViewList::openCurrent);
    connect(m_rename, &QAction::triggered, this, [this] { m_view->edit(m_view->currentIndex()); });
    connect(m_update, &QAction::triggered, this, [this] { Q_EMIT updateRequested(currentRow()); });
    connect(m_moveUp, &QAction::triggered, this, [this] { move(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { move(+1); });
    connect(m_remove, &QAction::triggered, this, [this] {
        const int row = currentRow();
        const std::optional<SavedView> removed = m_views->remove(row);
        if (!removed)
            return;
        m_removed = std::pair(row, *removed);
        m_undo->showMessage(MessageBanner::Kind::Information, tr("“%1” removed.").arg(removed->name), tr("&Undo"));
    });
    m_undo->setObjectName(QStringLiteral("savedViewUndo"));
    m_undo->hide();
    // A name refused while renaming: said where it was typed.
    connect(views, &SavedViewModel::refused, m_undo, [this](const QString &reason) {
        m_removed.reset();
        m_undo->showMessage(MessageBanner::Kind::Warning, reason);
    });
    // What the banner said is over once the views change again (a removal then says it anew).
    connect(views, &QAbstractItemModel::rowsInserted, m_undo, &QWidget::hide);
    connect(views, &QAbstractItemModel::rowsMoved, m_undo, &QWidget::hide);
    connect(views, &QAbstractItemModel::dataChanged, m_undo, &QWidget::hide);
    connect(m_undo, &MessageBanner::actionTriggered, this, [this] {
        m_undo->hide();
        if (const auto removed = std::exchange(m_removed, std::nullopt)) {
            const int row = m_views->insert(removed->first, removed->second);
            if (row < 0)
                m_undo->showMessage(MessageBanner::Kind::Warning,
                                    tr("“%1” could not be put back: a view of that name was saved meanwhile.")
                                        .arg(removed->second.name));
        }
    });

    auto *label = new QLabel(tr("Saved view&s"), this);
    label->setBuddy(m_view);
    auto *empty = new QLabel(tr("Keep the list you look at with View ▸ Save view (Ctrl+D)."), this);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_view);
    layout->addWidget(empty);
    layout->addWidget(m_undo);
    auto showEmpty = [this, empty] {
        // As tall as its views, up to six; the categories below get the rest.
        const int rows = std::clamp(m_views->rowCount(), 1, 6);
        m_view->setFixedHeight(rows * std::max(m_view->sizeHintForRow(0), fontMetrics().height() + 6)
                               + 2 * m_view->frameWidth());
        m_view->setVisible(m_views->rowCount() > 0);
        empty->setVisible(m_views->rowCount() == 0);
        updateActions();
    };
    connect(views, &QAbstractItemModel::rowsInserted, this, showEmpty);
    connect(views, &QAbstractItemModel::rowsRemoved, this, showEmpty);
    connect(views, &QAbstractItemModel::rowsMoved, this, &SavedViewList::updateActions);
    showEmpty();

    // A click opens the view; so does Enter (activated), and moving through the views with the arrows, as
    // in the category tree.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        updateActions();
        if (!m_showing && current.isValid())
            openCurrent();
    });
    connect(m_view, &QAbstractItemView::activated, this, &SavedViewList::openCurrent);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (index.isValid())
            menuFor(index.row())->popup(m_view->viewport()->mapToGlobal(at));
    });
}

QAction *SavedViewList::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

int SavedViewList::currentRow() const
{
    return m_view->currentIndex().row();
}

void SavedViewList::openCurrent()
{
    if (const SavedView *view = m_views->viewAt(currentRow()))
        Q_EMIT openRequested(*view);
}

void SavedViewList::move(int by)
{
    const int row = currentRow();
    if (row < 0 || !m_views->moveView(row, row + by))
        return;
    m_showing = true; // the same view stays open and selected
    m_view->setCurrentIndex(m_views->index(row + by));
    m_showing = false;
}

void SavedViewList::updateActions()
{
    const int row = currentRow();
    const bool chosen = row >= 0;
    for (QAction *action : {m_open, m_rename, m_update, m_remove})
        action->setEnabled(chosen);
    m_moveUp->setEnabled(chosen && row > 0);
    m_moveDown->setEnabled(chosen && row + 1 < m_views->rowCount());
}

void SavedViewList::showOpen(const QString &name)
{
    m_showing = true;
    const int row = m_views->rowOf(name);
    if (row >= 0) {
        m_view->setCurrentIndex(m_views->index(row));
    } else {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
    }
    m_showing = false;
    updateActions();
}

QMenu *SavedViewList::menuFor(int row)
{
    if (row != currentRow()) {
        m_view->setCurrentIndex(m_views->index(row)); // opens it, as a click would
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_open, m_update, m_rename});
    menu->addSeparator();
    menu->addActions({m_moveUp, m_moveDown});
    menu->addSeparator();
    menu->addAction(m_remove);
    return menu;
}

} // namespace commdesk
