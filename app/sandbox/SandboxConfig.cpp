#include "SandboxConfig.h"

#include "SandboxDatabase.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

QString SandboxConfig::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(folder.isEmpty() ? QDir::tempPath() : folder).filePath(u"sandbox.sqlite"_s);
}

SandboxConfig SandboxConfig::forTests()
{
    SandboxConfig config;
    config.databasePath = QLatin1StringView(SandboxDatabase::memoryPath);
    config.communications = 200;
    config.consumers = false;
    config.referenceDate = QDate(2025, 6, 1);
    return config;
}

} // namespace commdesk
