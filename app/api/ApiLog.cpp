#include "ApiLog.h"

Q_LOGGING_CATEGORY(lcApi, "commdesk.api", QtWarningMsg)
