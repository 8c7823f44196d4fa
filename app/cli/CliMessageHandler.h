#pragma once

namespace commdesk {

// stderr carries one sentence per error and nothing else (docs/cli.md): Qt's warnings and the API
// layer's log lines are swallowed unless --verbose asks for them. RedactingMessageHandler, installed
// in front of it (domain/SecretRedaction.h), removes secrets from every line, Qt's own included, so
// even verbose output shows no token or password.
class CliMessageHandler
{
public:
    static void install();
    static void setVerbose(bool verbose);
    static bool isVerbose();
};

} // namespace commdesk
