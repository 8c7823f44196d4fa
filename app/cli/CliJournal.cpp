#include "CliJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace commdesk {

QString CliJournal::path(const QProcessEnvironment &environment)
{
    const QString path = environment.value(QStringLiteral("COMMDESK_JOURNAL"));
    if (!path.isEmpty())
        return path;
    // The data folder is named after the application; the desktop app's names are the ones main.cpp
    // gives it, not this program's. Qt derives the folder from the names in effect when asked.
    const QString organisation = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("CommDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CommDesk"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
    return QDir(folder).filePath(QStringLiteral("action-journal.sqlite"));
}

QString CliJournal::append(const QString &path, const JournalRecord &record)
{
    ActionJournal journal;
    if (!journal.open(path) || !journal.append(record))
        return journal.errorText();
    return {};
}

} // namespace commdesk
