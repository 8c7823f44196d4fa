#pragma once

#include "CliInvocation.h"
#include "Session.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

class QIODevice;

namespace commdesk {

// Where the secret comes from (docs/cli.md), never from the command line: --password-stdin or
// --api-key-stdin read the first line of standard input; without them COMMDESK_API_KEY, then
// COMMDESK_PASSWORD. A password login also needs a username and an organisation.
class CredentialReader
{
    Q_DECLARE_TR_FUNCTIONS(CredentialReader)

public:
    static std::optional<Credentials> read(const GlobalOptions &options, const QProcessEnvironment &environment,
                                           QIODevice *standardInput, QString *error);

    // The first line of the device without its line end ("\n" or "\r\n"); nullopt when nothing
    // could be read.
    static std::optional<QString> firstLine(QIODevice *device);
};

} // namespace commdesk
