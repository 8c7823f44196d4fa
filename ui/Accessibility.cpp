#include "Accessibility.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>

namespace commdesk::accessibility {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("commdesk::accessibility", text);
}

} // namespace

void enableClearButton(QLineEdit *field)
{
    field->setClearButtonEnabled(true);
    // The clear action is the field's only action without text; Qt gives it no name of its own.
    for (QAction *action : field->findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
        if (action->text().isEmpty() && action->objectName().contains(QLatin1StringView("clear"))) {
            action->setText(translated(QT_TRANSLATE_NOOP("commdesk::accessibility", "Clear")));
            action->setToolTip(action->text());
            for (QToolButton *button : field->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
                if (button->defaultAction() == action)
                    button->setAccessibleName(action->text());
            }
        }
    }
}

void nameOverflowButton(QToolBar *toolBar)
{
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(translated(QT_TRANSLATE_NOOP("commdesk::accessibility", "More actions")));
}

void labelComboBox(QComboBox *combo)
{
    QWidget *parent = combo->parentWidget();
    Q_ASSERT(parent);
    for (QLabel *label : parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (label->buddy() == combo)
            return;
    }
    auto *label = new QLabel(combo->accessibleName(), parent);
    label->setObjectName(combo->objectName() + QLatin1StringView("_label"));
    label->setBuddy(combo);
    label->hide();
}

void nameInnerField(QWidget *owner)
{
    if (auto *field = owner->findChild<QLineEdit *>())
        field->setAccessibleName(owner->accessibleName());
}

} // namespace commdesk::accessibility
