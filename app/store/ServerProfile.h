#pragma once

#include <QString>
#include <QStringList>

namespace commdesk {

// One server the user signs in to: where, as whom, and what this client trusts there. Never a
// secret: the password or API key of a profile lives only in the keychain (SecretStore).
struct ServerProfile
{
    QString name; // what the user calls it; unique
    QString serverUrl;
    QString organisation;
    QString unit;
    QString username;
    bool useApiKey = false;
    bool rememberSecret = false; // the secret is in the keychain under secretKey()
    // SHA-256 fingerprints (hex) of certificates the user chose to trust for this server although
    // they failed verification; a changed certificate has another fingerprint and asks again.
    QStringList pinnedCertificates;
    QString caBundlePath; // PEM file of extra certificate authorities; empty: the system's only

    bool isValid() const { return !name.trimmed().isEmpty() && !serverUrl.trimmed().isEmpty(); }
    // The keychain entry of this profile's secret: the server and the account, so that two
    // profiles for the same account share one entry.
    QString secretKey() const;

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

} // namespace commdesk
