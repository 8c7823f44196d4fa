#pragma once

#include "ProxySettings.h"
#include "ServerProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

namespace commdesk {

class Settings;
class TlsPolicy;

// `--profile NAME` (docs/cli.md): the desktop app's server profiles, read from the settings file
// the desktop app writes (or the one COMMDESK_SETTINGS names), never written to.
class CliProfiles
{
    Q_DECLARE_TR_FUNCTIONS(CliProfiles)

public:
    // The desktop app's settings: organisation "CommDesk", application "CommDesk", whatever this
    // program's own application name is. COMMDESK_SETTINGS=PATH names an INI file instead.
    static std::unique_ptr<Settings> openSettings(const QProcessEnvironment &environment);

    // The profile of that name; otherwise nullopt and one sentence naming the profiles there are.
    static std::optional<ServerProfile> find(const QString &name, const QProcessEnvironment &environment,
                                             QString *error);

    // Trusts what the profile trusts, as the sign-in dialog does: its pinned certificates and its
    // CA bundle. False and a sentence when the bundle cannot be read.
    static bool applyTls(const ServerProfile &profile, TlsPolicy &tls, QString *error);

    // The proxy the desktop app is set to use (its password is never stored, so none).
    static ProxySettings proxy(const QProcessEnvironment &environment);
};

} // namespace commdesk
