#include "DeskPreferences.h"

#include "CommunicationListModel.h"
#include "CurrentCommunication.h"
#include "ListWatch.h"
#include "Settings.h"

namespace commdesk {

DeskPreferences::DeskPreferences(Settings *settings, CommunicationListModel *list, ListWatch *watch,
                                 CurrentCommunication *current, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_list(list)
    , m_watch(watch)
    , m_current(current)
    , m_clock(clock)
{
    apply(values());
}

DeskPreferences::Values DeskPreferences::values() const
{
    Values values;
    values.listRefreshSeconds = std::clamp(m_settings->value(setting::listRefreshSeconds), 0, kMaxRefreshSeconds);
    const int markAfter = m_settings->value(setting::markViewedAfterSeconds);
    values.markViewedOnReading = markAfter > 0;
    values.markViewedSeconds = std::clamp(
        markAfter > 0 ? markAfter : m_settings->value(setting::markViewedDelaySeconds), 1, kMaxMarkViewedSeconds);
    values.pageSize = std::clamp(m_settings->value(setting::listPageSize), kMinPageSize, kMaxPageSize);
    values.language = m_settings->value(setting::language);
    return values;
}

void DeskPreferences::setValues(Values values)
{
    values.listRefreshSeconds = std::clamp(values.listRefreshSeconds, 0, kMaxRefreshSeconds);
    values.markViewedSeconds = std::clamp(values.markViewedSeconds, 1, kMaxMarkViewedSeconds);
    values.pageSize = std::clamp(values.pageSize, kMinPageSize, kMaxPageSize);
    if (values == this->values())
        return;
    m_settings->setValue(setting::listRefreshSeconds, values.listRefreshSeconds);
    m_settings->setValue(setting::markViewedDelaySeconds, values.markViewedSeconds);
    m_settings->setValue(setting::markViewedAfterSeconds, values.markViewedOnReading ? values.markViewedSeconds : 0);
    m_settings->setValue(setting::listPageSize, values.pageSize);
    m_settings->setValue(setting::language, values.language);
    apply(values);
    Q_EMIT changed();
}

void DeskPreferences::setMarkViewedOnReading(bool on)
{
    Values changed = values();
    changed.markViewedOnReading = on;
    setValues(changed);
}

void DeskPreferences::apply(const Values &values)
{
    m_list->setPageSize(values.pageSize); // from the next page on
    if (m_watch->interval().count() != values.listRefreshSeconds)
        m_watch->setInterval(std::chrono::seconds(values.listRefreshSeconds));
    m_current->setMarkViewedAfter(std::chrono::seconds(values.markViewedOnReading ? values.markViewedSeconds : 0),
                                  m_clock);
}

} // namespace commdesk
