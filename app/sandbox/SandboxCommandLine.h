#pragma once

#include "SandboxConfig.h"

#include <QCommandLineParser>

namespace commdesk {

// The options of `commdesk-sandbox` (docs/sandbox.md), shared with anything else that starts a
// sandbox from a command line.
class SandboxCommandLine
{
public:
    static constexpr quint16 defaultPort = 8580;

    // Adds the sandbox's options (not --help and --version).
    static void addOptions(QCommandLineParser &parser);
    // Reads them into config; false with a sentence in error for a bad value.
    static bool read(const QCommandLineParser &parser, SandboxConfig *config, QString *error);
    // True when the address reaches beyond this machine.
    static bool isExposed(const QHostAddress &address);
};

} // namespace commdesk
