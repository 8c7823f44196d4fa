#include "Announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace commdesk {

namespace {

// A notification whose name is the text shown: what the screen reader says when it appears.
class AnnouncerAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncerAccessible(QWidget *announcer)
        : QAccessibleWidget(announcer, QAccessible::Notification)
    { }

    QString text(QAccessible::Text which) const override
    {
        if (which == QAccessible::Name)
            return static_cast<const QLabel *>(widget())->text();
        return QAccessibleWidget::text(which);
    }
};

QAccessibleInterface *announcerAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1StringView("commdesk::Announcer") && object && object->isWidgetType())
        return new AnnouncerAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

Announcer::Announcer(QWidget *parent)
    : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(announcerAccessible);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("announcement"));
    setTextFormat(Qt::PlainText);
    m_hide.setSingleShot(true);
    connect(&m_hide, &QTimer::timeout, this, [this] {
        hide();
        clear();
    });
    hide();
}

void Announcer::say(const QString &text, std::chrono::milliseconds shownFor)
{
    // Hidden first, so that each announcement is a notification appearing anew, even with the same text.
    hide();
    setText(text);
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    m_hide.start(shownFor);
}

} // namespace commdesk
