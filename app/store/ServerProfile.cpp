#include "ServerProfile.h"

namespace commdesk {

QString ServerProfile::secretKey() const
{
    const QString account = useApiKey ? QStringLiteral("api-key") : QStringLiteral("user:") + username;
    return serverUrl.trimmed() + QLatin1Char('|') + organisation.trimmed() + QLatin1Char('|') + account;
}

} // namespace commdesk
