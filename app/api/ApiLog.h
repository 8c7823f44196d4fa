#pragma once

#include <QLoggingCategory>

// Log lines of the API layer. They carry redacted URLs and bodies only (DESIGN.md §3).
Q_DECLARE_LOGGING_CATEGORY(lcApi)
