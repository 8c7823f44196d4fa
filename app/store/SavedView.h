#pragma once

#include "Enums.h"
#include "Identifier.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace commdesk {

class Settings;

// A list the user keeps under a name (docs/architecture.md "Saved views"): which communications (one category or one
// contact, with the direction and media asked of the server), the quick filter over them, the columns shown in their
// order and the sort. Columns are named by CommunicationListModel::columnKey, so that a view outlives a new column.
struct SavedView
{
    QString name; // unique among the views
    std::optional<Identifier> category;
    std::optional<Identifier> contact;
    QString title; // the list's title when it was saved (the category's name then)
    std::optional<Direction> direction;
    std::optional<Media> media;
    QString quickFilter;
    QStringList columns; // shown, in the order shown; empty: leave the columns as they are
    QString sortColumn;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool isValid() const { return !name.trimmed().isEmpty() && (category.has_value() != contact.has_value()); }
    // The same list, whatever its name.
    bool showsSameAs(const SavedView &other) const;
};

// The saved views in the settings file (a "savedViews" array), in the user's order, with the one open when the app
// closed. A view whose list cannot be named (damaged settings) is left out on reading.
class SavedViewStore
{
public:
    explicit SavedViewStore(Settings *settings);

    QList<SavedView> views() const;
    void write(const QList<SavedView> &views);
    QString lastOpen() const;
    void setLastOpen(const QString &name);

private:
    Settings *m_settings;
};

} // namespace commdesk
