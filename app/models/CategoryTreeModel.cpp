#include "CategoryTreeModel.h"

#include <QCollator>
#include <QSet>

namespace commdesk {

CategoryTreeModel::CategoryTreeModel(ConfigurationApi *api, QObject *parent)
    : QAbstractItemModel(parent)
    , m_api(api)
{ }

void CategoryTreeModel::reload()
{
    delete m_request; // a newer request replaces the older one
    m_request = new QObject(this);
    m_api->categories(m_request, [this, request = m_request.data()](const Result<QList<Category>> &result) {
        request->deleteLater();
        if (!result.ok()) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        m_copy = false;
        setCategories(result.value());
        Q_EMIT loaded();
    });
}

void CategoryTreeModel::showCopy(const QList<Category> &categories)
{
    m_copy = true;
    setCategories(categories);
    Q_EMIT loaded();
}

QList<Category> CategoryTreeModel::categories() const
{
    QList<Category> all;
    all.reserve(m_nodes.size());
    for (const Node &node : m_nodes)
        all.append(node.category);
    return all;
}

void CategoryTreeModel::setCategories(const QList<Category> &categories)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QList<Category> sorted = categories;
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const Category &a, const Category &b) { return collator.compare(a.name, b.name) < 0; });
    QHash<QString, int> byId;
    for (const Category &category : sorted) {
        byId.insert(category.id, int(m_nodes.size()));
        m_nodes.append({category, -1, {}});
    }
    QList<int> rawParent(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        rawParent[i] = byId.value(m_nodes[i].category.parentId, -1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        // A category that is its own ancestor closes a cycle: it goes to the top level instead.
        QSet<int> seen;
        int up = rawParent[i];
        while (up >= 0 && up != i && !seen.contains(up)) {
            seen.insert(up);
            up = rawParent[up];
        }
        m_nodes[i].parent = up == i ? -1 : rawParent[i];
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent < 0)
            m_roots.append(i);
        else
            m_nodes[m_nodes[i].parent].children.append(i);
    }
    endResetModel();
}

QModelIndex CategoryTreeModel::indexOfId(const QString &id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].category.id == id)
            return createIndex(int(childrenOf(m_nodes[i].parent).indexOf(i)), 0, quintptr(i));
    }
    return {};
}

std::optional<Category> CategoryTreeModel::categoryAt(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    if (node < 0 || node >= m_nodes.size())
        return std::nullopt;
    return m_nodes[node].category;
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(childrenOf(nodeOf(parent)).at(row)));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parent = m_nodes[node].parent;
    if (parent < 0)
        return {};
    return createIndex(int(childrenOf(m_nodes[parent].parent).indexOf(parent)), 0, quintptr(parent));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    const int node = nodeOf(index);
    if (node < 0)
        return {};
    const Category &category = m_nodes[node].category;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return category.name;
    case Qt::ToolTipRole:
        return category.description.isEmpty() ? category.name : category.description;
    case CategoryIdRole:
        return category.id;
    case CategoryCodeRole:
        return category.code;
    default:
        return {};
    }
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Categories");
    return {};
}

} // namespace commdesk
