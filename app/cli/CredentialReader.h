#pragma once

#include "CliInvocation.h"
#include "Session.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

class QIODevice;

namespace commdesk {

// Where the secret comes from (docs/cli.md), never from the command line: --password-stdin or
// --api-key-stdin read the first line of standard input; without them COMMDESK_API_KEY, then
// COMMDESK_PASSWORD; without any of these, with --profile, the keychain (CliApplication). A
// password login also needs a username and an organisation.
class CredentialReader
{
    Q_DECLARE_TR_FUNCTIONS(CredentialReader)

public:
    static std::optional<Credentials> read(const GlobalOptions &options, const QProcessEnvironment &environment,
                                           QIODevice *standardInput, QString *error);

    // Whether the command line or the environment names a secret, so that read() has one to find.
    static bool givesSecret(const GlobalOptions &options, const QProcessEnvironment &environment);

    // The credentials of a secret found elsewhere (the keychain), checked as read() checks them.
    static std::optional<Credentials> withSecret(const GlobalOptions &options, const QString &secret, bool isApiKey,
                                                 QString *error);

    // The first line of the device without its line end ("\n" or "\r\n"); nullopt when nothing
    // could be read.
    static std::optional<QString> firstLine(QIODevice *device);
};

} // namespace commdesk
