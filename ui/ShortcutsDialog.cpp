#include "ShortcutsDialog.h"

#include "Accessibility.h"
#include "KeyboardShortcuts.h"
#include "PaneNavigation.h"
#include "Theme.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(KeyboardShortcuts *shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_shortcuts(shortcuts)
    , m_find(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_keys(new QKeySequenceEdit(this))
    , m_assign(new QPushButton(tr("&Assign"), this))
    , m_remove(new QPushButton(tr("&No shortcut"), this))
    , m_reset(new QPushButton(tr("&Default"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(640, 560);
    m_find->setPlaceholderText(tr("Find an action or a key…"));
    m_find->setAccessibleName(tr("Find a shortcut"));
    accessibility::enableClearButton(m_find);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents); // "Ctrl+Shift+Return" whole
    panes::leaveOnTab(m_list);
    m_keys->setAccessibleName(tr("New shortcut"));
    accessibility::nameInnerField(m_keys);
    m_message->setWordWrap(true);
    theme::setTextTone(m_message, tones::Tone::Error);
    m_message->hide();

    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    auto *keysLabel = new QLabel(tr("&Press the new shortcut:"), this);
    keysLabel->setBuddy(m_keys);
    auto *edit = new QHBoxLayout;
    edit->addWidget(keysLabel);
    edit->addWidget(m_keys, 1);
    edit->addWidget(m_assign);
    edit->addWidget(m_remove);
    edit->addWidget(m_reset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(edit);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_find, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ShortcutsDialog::showChosen);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        QAction *action = chosen();
        QString conflict;
        if (!action)
            return;
        if (!m_shortcuts->assign(action, m_keys->keySequence(), &conflict)) {
            m_message->setText(tr("%1 is already the shortcut of “%2”. Choose another, or change that one first.")
                                   .arg(m_keys->keySequence().toString(QKeySequence::NativeText), conflict));
            m_message->show();
            return;
        }
        reload();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QAction *action = chosen()) {
            m_shortcuts->assign(action, {}, nullptr);
            reload();
        }
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (QAction *action = chosen()) {
            m_shortcuts->reset(action);
            reload();
        }
    });
    reload();
}

QAction *ShortcutsDialog::chosen() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).value<QAction *>() : nullptr;
}

void ShortcutsDialog::reload()
{
    QAction *was = chosen();
    m_list->clear();
    for (const KeyboardShortcuts::Entry &entry : m_shortcuts->entries()) {
        auto *item = new QTreeWidgetItem(m_list, {entry.text, keysText(entry.shortcuts), entry.place});
        item->setData(0, Qt::UserRole, QVariant::fromValue(entry.action));
        if (entry.shortcuts != entry.defaults)
            item->setToolTip(
                1,
                tr("Changed; the default is %1").arg(entry.defaults.isEmpty() ? tr("none") : keysText(entry.defaults)));
        if (entry.action == was)
            m_list->setCurrentItem(item);
    }
    filter(m_find->text());
    m_message->hide();
    showChosen();
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive)
                        && !item->text(1).contains(text, Qt::CaseInsensitive));
    }
}

void ShortcutsDialog::showChosen()
{
    QAction *action = chosen();
    for (QWidget *control : {static_cast<QWidget *>(m_keys), static_cast<QWidget *>(m_assign),
                             static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_reset)})
        control->setEnabled(action);
    m_keys->setKeySequence(action ? action->shortcut() : QKeySequence());
    m_message->hide();
}

} // namespace commdesk
