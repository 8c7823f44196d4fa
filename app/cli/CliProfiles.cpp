#include "CliProfiles.h"

#include "ProfileStore.h"
#include "SavedProxySettings.h"
#include "Settings.h"
#include "TlsPolicy.h"

namespace commdesk {

std::unique_ptr<Settings> CliProfiles::openSettings(const QProcessEnvironment &environment)
{
    const QString path = environment.value(QStringLiteral("COMMDESK_SETTINGS"));
    if (!path.isEmpty())
        return std::make_unique<Settings>(path);
    // The names main.cpp gives the desktop app; this program's QCoreApplication has its own.
    return std::make_unique<Settings>(QStringLiteral("CommDesk"), QStringLiteral("CommDesk"));
}

std::optional<ServerProfile> CliProfiles::find(const QString &name, const QProcessEnvironment &environment,
                                               QString *error)
{
    const std::unique_ptr<Settings> settings = openSettings(environment);
    const ProfileStore store(settings.get());
    if (std::optional<ServerProfile> profile = store.find(name))
        return profile;
    if (error) {
        QStringList names;
        for (const ServerProfile &profile : store.profiles())
            names.append(QLatin1Char('"') + profile.name + QLatin1Char('"'));
        *error = names.isEmpty()
            ? tr("There is no profile named \"%1\": %2 holds no profiles; create one in the CommDesk sign-in "
                 "dialog.")
                  .arg(name, settings->fileName())
            : tr("There is no profile named \"%1\": the profiles are %2.").arg(name, names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

ProxySettings CliProfiles::proxy(const QProcessEnvironment &environment)
{
    return SavedProxySettings::load(*openSettings(environment));
}

bool CliProfiles::applyTls(const ServerProfile &profile, TlsPolicy &tls, QString *error)
{
    tls.setPinnedFingerprints(profile.pinnedCertificates);
    return tls.setCaBundle(profile.caBundlePath, error);
}

} // namespace commdesk
