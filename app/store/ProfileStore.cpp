#include "ProfileStore.h"

#include "Settings.h"

#include <optional>

namespace commdesk {

namespace {

const QString kArray = QStringLiteral("profiles");

} // namespace

ProfileStore::ProfileStore(Settings *settings)
    : m_settings(settings)
{ }

QList<ServerProfile> ProfileStore::profiles() const
{
    QSettings *s = m_settings->storage();
    QList<ServerProfile> result;
    const int count = s->beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        s->setArrayIndex(i);
        ServerProfile p;
        p.name = s->value(QStringLiteral("name")).toString();
        p.serverUrl = s->value(QStringLiteral("serverUrl")).toString();
        p.organisation = s->value(QStringLiteral("organisation")).toString();
        p.unit = s->value(QStringLiteral("unit")).toString();
        p.username = s->value(QStringLiteral("username")).toString();
        p.useApiKey = s->value(QStringLiteral("useApiKey")).toBool();
        p.rememberSecret = s->value(QStringLiteral("rememberSecret")).toBool();
        p.pinnedCertificates = s->value(QStringLiteral("pinnedCertificates")).toStringList();
        p.caBundlePath = s->value(QStringLiteral("caBundle")).toString();
        if (p.isValid())
            result.append(p);
    }
    s->endArray();
    return result;
}

std::optional<ServerProfile> ProfileStore::find(const QString &name) const
{
    for (const ServerProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const ServerProfile &profile)
{
    QList<ServerProfile> all = profiles();
    auto it = std::find_if(all.begin(), all.end(), [&](const ServerProfile &p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    write(all);
}

void ProfileStore::remove(const QString &name)
{
    QList<ServerProfile> all = profiles();
    all.removeIf([&](const ServerProfile &p) { return p.name == name; });
    write(all);
}

void ProfileStore::write(const QList<ServerProfile> &profiles)
{
    QSettings *s = m_settings->storage();
    s->remove(kArray);
    s->beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &p = profiles.at(i);
        s->setArrayIndex(i);
        s->setValue(QStringLiteral("name"), p.name);
        s->setValue(QStringLiteral("serverUrl"), p.serverUrl);
        s->setValue(QStringLiteral("organisation"), p.organisation);
        s->setValue(QStringLiteral("unit"), p.unit);
        s->setValue(QStringLiteral("username"), p.username);
        s->setValue(QStringLiteral("useApiKey"), p.useApiKey);
        s->setValue(QStringLiteral("rememberSecret"), p.rememberSecret);
        s->setValue(QStringLiteral("pinnedCertificates"), p.pinnedCertificates);
        s->setValue(QStringLiteral("caBundle"), p.caBundlePath);
    }
    s->endArray();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(setting::lastProfile);
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(setting::lastProfile, name);
}

} // namespace commdesk
