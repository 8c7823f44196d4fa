#include "BrowseSidebar.h"

#include "Accessibility.h"
#include "CategoryTreeModel.h"
#include "ComposeForm.h"
#include "PaneNavigation.h"
#include "SavedViewList.h"
#include "Settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace commdesk {

BrowseSidebar::BrowseSidebar(CategoryTreeModel *categories, SavedViewModel *views, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_model(categories)
    , m_settings(settings)
    , m_contactField(new QComboBox(this))
    , m_contactValue(new QLineEdit(this))
    , m_savedViews(new SavedViewList(views, this))
    , m_recent(new QListWidget(this))
    , m_categories(new QTreeView(this))
{
    for (const QString &field : ComposeValues::contactFields())
        m_contactField->addItem(ComposeValues::contactFieldLabel(field), field);
    // Narrow enough for a sidebar on a small screen; the open list shows the whole name.
    m_contactField->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contactField->setMinimumContentsLength(10);
    m_contactField->setAccessibleName(tr("Contact identifier field"));
    m_contactField->setToolTip(tr("Which contact field to search by"));
    m_contactValue->setPlaceholderText(tr("Contact number, ID number, …"));
    m_contactValue->setAccessibleName(tr("Find contact"));
    accessibility::enableClearButton(m_contactValue);
    auto *go = new QPushButton(tr("Open"), this);
    go->setAccessibleName(tr("Open contact's communications"));

    m_recent->setAccessibleName(tr("Recent contacts"));
    m_recent->setMaximumHeight(120);
    m_categories->setModel(categories);
    m_categories->setHeaderHidden(true);
    m_categories->setUniformRowHeights(true);
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setExpandsOnDoubleClick(true);
    panes::leaveOnTab(m_recent);
    panes::leaveOnTab(m_categories);

    auto *findLabel = new QLabel(tr("Find contact b&y"), this);
    findLabel->setBuddy(m_contactField);
    auto *byRow = new QHBoxLayout;
    byRow->addWidget(findLabel);
    byRow->addWidget(m_contactField, 1);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_contactValue, 1);
    findRow->addWidget(go);
    auto *recentLabel = new QLabel(tr("&Recent contacts"), this);
    recentLabel->setBuddy(m_recent);
    auto *categoriesLabel = new QLabel(tr("Ca&tegories"), this);
    categoriesLabel->setBuddy(m_categories);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addLayout(byRow);
    layout->addLayout(findRow);
    layout->addWidget(m_savedViews);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(categoriesLabel);
    layout->addWidget(m_categories, 1);

    // Tab goes down the sidebar as it reads (the saved views were made before the Open button).
    setTabOrder(m_contactField, m_contactValue);
    setTabOrder(m_contactValue, go);
    setTabOrder(go, m_savedViews->view());
    setTabOrder(m_savedViews->view(), m_recent);
    setTabOrder(m_recent, m_categories);
    connect(go, &QPushButton::clicked, this, &BrowseSidebar::findContact);
    connect(m_contactValue, &QLineEdit::returnPressed, this, &BrowseSidebar::findContact);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (auto identifier = Identifier::parse(item->text()))
            Q_EMIT contactChosen(*identifier);
    });
    connect(m_categories->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT categoryChosen(current.data(CategoryTreeModel::CategoryIdRole).toString(),
                                          current.data().toString());
            });
    connect(categories, &QAbstractItemModel::modelReset, m_categories, &QTreeView::expandAll);
    reloadRecent();
}

void BrowseSidebar::addSection(QWidget *section)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(section);
}

void BrowseSidebar::findContact()
{
    const QString value = m_contactValue->text().trimmed();
    if (value.isEmpty())
        return;
    const Identifier contact(m_contactField->currentData().toString(), value);
    rememberContact(contact);
    m_categories->selectionModel()->clearCurrentIndex();
    m_categories->clearSelection();
    Q_EMIT contactChosen(contact);
}

void BrowseSidebar::rememberContact(const Identifier &contact)
{
    m_settings->rememberContact(contact.toString());
    reloadRecent();
}

void BrowseSidebar::reloadRecent()
{
    m_recent->clear();
    m_recent->addItems(m_settings->value(setting::recentContacts));
}

void BrowseSidebar::selectCategory(const QString &id)
{
    const QModelIndex index = m_model->indexOfId(id);
    if (index.isValid())
        m_categories->setCurrentIndex(index);
}

void BrowseSidebar::showCategory(const QString &id)
{
    const QSignalBlocker blocker(m_categories->selectionModel());
    const QModelIndex index = m_model->indexOfId(id);
    m_categories->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (index.isValid())
        m_categories->scrollTo(index);
    m_categories->viewport()->update(); // the blocked selection model told the view nothing
}

void BrowseSidebar::clearCategorySelection()
{
    const QSignalBlocker blocker(m_categories->selectionModel());
    m_categories->selectionModel()->clearCurrentIndex();
    m_categories->clearSelection();
}

} // namespace commdesk
