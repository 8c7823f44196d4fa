#pragma once

#include <QLoggingCategory>

// Log lines of the API layer. They carry redacted URLs and bodies only (docs/architecture.md "Rules of the house").
Q_DECLARE_LOGGING_CATEGORY(lcApi)
