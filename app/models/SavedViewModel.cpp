#include "SavedViewModel.h"

#include "DisplayText.h"
#include "PaletteIcon.h"

#include <QIcon>

namespace commdesk {

SavedViewModel::SavedViewModel(Settings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(settings)
    , m_views(m_store.views())
{ }

const SavedView *SavedViewModel::viewAt(int row) const
{
    return row >= 0 && row < m_views.size() ? &m_views.at(row) : nullptr;
}

int SavedViewModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_views.size(); ++row) {
        if (m_views.at(row).name == name)
            return row;
    }
    return -1;
}

int SavedViewModel::save(const SavedView &view)
{
    SavedView kept = view;
    kept.name = kept.name.trimmed();
    if (!kept.isValid())
        return -1;
    const int existing = rowOf(kept.name);
    if (existing >= 0) {
        m_views[existing] = kept;
        write();
        Q_EMIT dataChanged(index(existing), index(existing));
        return existing;
    }
    return insert(int(m_views.size()), kept);
}

int SavedViewModel::insert(int row, const SavedView &view)
{
    if (!view.isValid() || rowOf(view.name) >= 0)
        return -1;
    row = std::clamp(row, 0, int(m_views.size()));
    beginInsertRows({}, row, row);
    m_views.insert(row, view);
    endInsertRows();
    write();
    return row;
}

std::optional<SavedView> SavedViewModel::remove(int row)
{
    if (!viewAt(row))
        return std::nullopt;
    beginRemoveRows({}, row, row);
    SavedView removed = m_views.takeAt(row);
    endRemoveRows();
    if (removed.name == lastOpen())
        setLastOpen({});
    write();
    return removed;
}

bool SavedViewModel::rename(int row, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!viewAt(row) || trimmed == m_views.at(row).name)
        return false;
    if (trimmed.isEmpty()) {
        Q_EMIT refused(tr("A saved view needs a name."));
        return false;
    }
    if (rowOf(trimmed) >= 0) {
        Q_EMIT refused(tr("There is already a saved view called “%1”.").arg(trimmed));
        return false;
    }
    if (m_views.at(row).name == lastOpen())
        setLastOpen(trimmed);
    m_views[row].name = trimmed;
    write();
    Q_EMIT dataChanged(index(row), index(row));
    return true;
}

bool SavedViewModel::moveView(int from, int to)
{
    // moveRows counts the destination before the move: one further down when moving down.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

QString SavedViewModel::lastOpen() const
{
    return m_store.lastOpen();
}

void SavedViewModel::setLastOpen(const QString &name)
{
    m_store.setLastOpen(name);
}

QString SavedViewModel::describe(const SavedView &view)
{
    QStringList parts;
    if (view.category)
        parts << tr("Category %1").arg(view.title.isEmpty() ? view.category->value : view.title);
    else if (view.contact)
        parts << tr("Contact %1").arg(view.contact->value);
    if (view.direction)
        parts << DisplayText::direction(*view.direction);
    if (view.media)
        parts << DisplayText::media(*view.media);
    if (!view.quickFilter.isEmpty())
        parts << tr("rows with “%1”").arg(view.quickFilter);
    return parts.join(QStringLiteral(" · "));
}

int SavedViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewModel::data(const QModelIndex &index, int role) const
{
    const SavedView *view = viewAt(index.row());
    if (!view || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return view->name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return describe(*view);
    case Qt::DecorationRole:
        return paletteIcon(QStringLiteral("saved-view"));
    default:
        return {};
    }
}

bool SavedViewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    return role == Qt::EditRole && !index.parent().isValid() && rename(index.row(), value.toString());
}

Qt::ItemFlags SavedViewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between the views: where a dragged one goes
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

Qt::DropActions SavedViewModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool SavedViewModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    // One view at a time (the list selects one); a drop onto itself or just below is no move.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !viewAt(sourceRow)
        || destinationChild < 0 || destinationChild > m_views.size() || destinationChild == sourceRow
        || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_views.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    write();
    return true;
}

void SavedViewModel::write()
{
    m_store.write(m_views);
}

} // namespace commdesk
