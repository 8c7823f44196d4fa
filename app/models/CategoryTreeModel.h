#pragma once

#include "Category.h"
#include "ConfigurationApi.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace commdesk {

// The communication categories as the tree their parent_id links make (docs/api-contract.md "Configuration look-ups").
// A category whose parent is unknown, or that would close a cycle, stands at the top level.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { CategoryIdRole = Qt::UserRole + 1, CategoryCodeRole };

    explicit CategoryTreeModel(ConfigurationApi *api, QObject *parent = nullptr);

    void reload();
    void setCategories(const QList<Category> &categories);
    // The categories of the local copy while the server cannot be reached (OfflineWorkspace);
    // emits loaded() like a load would. The next successful reload replaces them.
    void showCopy(const QList<Category> &categories);
    bool isCopy() const { return m_copy; }
    QList<Category> categories() const;
    QModelIndex indexOfId(const QString &id) const;
    std::optional<Category> categoryAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const ApiError &error);

private:
    struct Node
    {
        Category category;
        int parent = -1; // index into m_nodes, -1 for the top level
        QList<int> children;
    };
    const QList<int> &childrenOf(int node) const { return node < 0 ? m_roots : m_nodes[node].children; }
    int nodeOf(const QModelIndex &index) const { return index.isValid() ? int(index.internalId()) : -1; }

    ConfigurationApi *m_api;
    QPointer<QObject> m_request;
    QList<Node> m_nodes;
    QList<int> m_roots;
    bool m_copy = false;
};

} // namespace commdesk
