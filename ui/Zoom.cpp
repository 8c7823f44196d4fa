#include "Zoom.h"

#include "Settings.h"

#include <QVariant>
#include <QWidget>

#include <algorithm>
#include <iterator>

namespace commdesk {

namespace {

const char *const kBaseSize = "commdeskZoomBaseSize";

} // namespace

Zoom::Zoom(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_percent(100)
{
    const int kept = settings->value(setting::zoomPercent);
    if (std::find(std::begin(kSteps), std::end(kSteps), kept) != std::end(kSteps))
        m_percent = kept; // a value typed into the file by hand that is no step is ignored
}

void Zoom::follow(QWidget *widget)
{
    widget->setProperty(kBaseSize, widget->font().pointSizeF());
    m_widgets.append(widget);
    connect(widget, &QObject::destroyed, this, [this, widget] { m_widgets.removeAll(widget); });
    applyTo(widget);
}

void Zoom::applyTo(QWidget *widget) const
{
    QFont font = widget->font();
    font.setPointSizeF(widget->property(kBaseSize).toDouble() * m_percent / 100.0);
    widget->setFont(font);
}

void Zoom::setPercent(int percent)
{
    if (percent == m_percent)
        return;
    m_percent = percent;
    m_settings->setValue(setting::zoomPercent, percent);
    for (QWidget *widget : std::as_const(m_widgets))
        applyTo(widget);
    Q_EMIT changed(percent);
}

void Zoom::zoomIn()
{
    const auto next = std::upper_bound(std::begin(kSteps), std::end(kSteps), m_percent);
    if (next != std::end(kSteps))
        setPercent(*next);
}

void Zoom::zoomOut()
{
    const auto at = std::lower_bound(std::begin(kSteps), std::end(kSteps), m_percent);
    if (at != std::begin(kSteps))
        setPercent(*std::prev(at));
}

void Zoom::reset()
{
    setPercent(100);
}

} // namespace commdesk
