#pragma once

#include "ServerProfile.h"

#include <QList>

#include <optional>

namespace commdesk {

class Settings;

// The server profiles in the settings file (a "profiles" array), for the desktop app and
// `commdesk-cli --profile`. Only what identifies an account is written; never a secret.
class ProfileStore
{
public:
    explicit ProfileStore(Settings *settings);

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> find(const QString &name) const;
    // Adds, or replaces the profile of the same name.
    void save(const ServerProfile &profile);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void write(const QList<ServerProfile> &profiles);

    Settings *m_settings;
};

} // namespace commdesk
