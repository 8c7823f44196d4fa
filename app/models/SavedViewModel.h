#pragma once

#include "SavedView.h"

#include <QAbstractListModel>

namespace commdesk {

class Settings;

// The saved views in the user's order (docs/architecture.md "Saved views"): named, renamed in place, moved by drag
// and drop or by the keyboard, removed and put back. Every change is written to the settings at once.
class SavedViewModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SavedViewModel(Settings *settings, QObject *parent = nullptr);

    const SavedView *viewAt(int row) const;
    int rowOf(const QString &name) const;
    // Keeps `view` under its name: a new one goes last, one of the same name is replaced where it stands.
    // Returns its row, or -1 when the view names no list or has no name.
    int save(const SavedView &view);
    // Puts a removed view back at `row` (an undo); -1 when a view of its name exists meanwhile.
    int insert(int row, const SavedView &view);
    std::optional<SavedView> remove(int row);
    // Renames, unless the name is empty or another view's; `refused` then says why.
    bool rename(int row, const QString &name);
    bool moveView(int from, int to);

    // The view open when the app closed (empty: none).
    QString lastOpen() const;
    void setLastOpen(const QString &name);

    // A view's list in words: the category or contact and the filters.
    static QString describe(const SavedView &view);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

Q_SIGNALS:
    void refused(const QString &reason);

private:
    void write();

    SavedViewStore m_store;
    QList<SavedView> m_views;
};

} // namespace commdesk
