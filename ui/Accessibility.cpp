#include "Accessibility.h"

#include <QAction>
#include <QCoreApplication>
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

void nameInnerField(QWidget *owner)
{
    if (auto *field = owner->findChild<QLineEdit *>())
        field->setAccessibleName(owner->accessibleName());
}

} // namespace commdesk::accessibility
