#pragma once

#include <QString>

namespace commdesk {

// The one redaction of secrets in text meant for a log (docs/architecture.md "Rules of the house",
// "Secrets"): removes `token=`, `password=`, `api_key=` values, the same JSON members (also when a
// log line shows the JSON quoted, with escaped quotes), and Basic or Bearer credentials. The
// diagnostic log and every message handler use it; it lives here so that the sandbox, which does not
// link the API layer, uses the same one.
QString redactSecrets(QString text);

// A Qt message handler that passes every message, whatever its category (Qt's own qt.network and
// qt.httpserver included), through redactSecrets() before the previous handler (stderr, the CLI's
// filter, a test's capture) sees it. Installed first thing by each program's main().
class RedactingMessageHandler
{
public:
    // Chains onto the handler installed so far; installing twice does not chain twice.
    static void install();
    // Puts the handler found at install() back (for tests).
    static void uninstall();
};

} // namespace commdesk
