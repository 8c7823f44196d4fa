#pragma once

#include <QCoreApplication>

namespace commdesk {

// The texts of --help and --version.
class CliUsage
{
    Q_DECLARE_TR_FUNCTIONS(CliUsage)

public:
    static QString help();
    static QString version(); // `commdesk-cli 0.1.0` and a line end
    static QString versionNumber(); // the CMake project version, `0.1.0`
    // The hint that follows every usage error.
    static QString hint();
};

} // namespace commdesk
