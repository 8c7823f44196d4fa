#include "Settings.h"

namespace commdesk {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

Settings::Settings(const QString &organisation, const QString &application)
    : m_settings(std::make_unique<QSettings>(QSettings::UserScope, organisation, application))
{ }

void Settings::rememberContact(const QString &identifier)
{
    QStringList recent = value(setting::recentContacts);
    recent.removeAll(identifier);
    recent.prepend(identifier);
    while (recent.size() > std::max(1, value(setting::recentContactsLimit)))
        recent.removeLast();
    setValue(setting::recentContacts, recent);
}

} // namespace commdesk
