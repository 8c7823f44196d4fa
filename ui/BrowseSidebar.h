#pragma once

#include "Identifier.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTreeView;

namespace commdesk {

class CategoryTreeModel;
class SavedViewList;
class SavedViewModel;
class Settings;

// The left side of the main window: find a contact by any identifier field, the saved views, the contacts used
// recently, and the category tree.
class BrowseSidebar : public QWidget
{
    Q_OBJECT

public:
    BrowseSidebar(CategoryTreeModel *categories, SavedViewModel *views, Settings *settings, QWidget *parent = nullptr);

    QTreeView *categoryView() const { return m_categories; }
    QLineEdit *contactField() const { return m_contactValue; }
    SavedViewList *savedViews() const { return m_savedViews; }
    // Shows the category as the one open (the tree follows a saved view), without asking to open it.
    void showCategory(const QString &id);
    void selectCategory(const QString &id);
    void clearCategorySelection();
    // Records a contact as used and shows it first in the recent list.
    void rememberContact(const Identifier &contact);
    // Adds a section below the categories (the "Not yet sent" panel).
    void addSection(QWidget *section);

Q_SIGNALS:
    void categoryChosen(const QString &id, const QString &name);
    void contactChosen(const Identifier &contact);

private:
    void findContact();
    void reloadRecent();

    CategoryTreeModel *m_model;
    Settings *m_settings;
    QComboBox *m_contactField;
    QLineEdit *m_contactValue;
    SavedViewList *m_savedViews;
    QListWidget *m_recent;
    QTreeView *m_categories;
};

} // namespace commdesk
