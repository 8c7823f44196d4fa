// commdesk-cli: the CommDesk API library from a terminal (docs/cli.md).
#include "CliApplication.h"
#include "CliMessageHandler.h"
#include "CliUsage.h"
#include "SecretRedaction.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    commdesk::CliMessageHandler::install(); // before Qt can say anything
    commdesk::RedactingMessageHandler::install(); // in front of it: even --verbose shows no secret
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("commdesk-cli"));
    QCoreApplication::setApplicationVersion(commdesk::CliUsage::versionNumber());
    commdesk::installTranslations(app);

    QFile out;
    QFile err;
    QFile in;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return commdesk::toInt(commdesk::CliExitCode::Usage);
    // A closed standard input only matters to --password-stdin and --api-key-stdin, which then say so.
    const bool hasInput = in.open(stdin, QIODevice::ReadOnly);

    commdesk::CliApplication cli(&out, &err, hasInput ? &in : nullptr);
    QObject::connect(&cli, &commdesk::CliApplication::finished, &app, [](int code) { QCoreApplication::exit(code); });
    if (const std::optional<int> code = cli.start(QCoreApplication::arguments().mid(1)))
        return *code;
    return QCoreApplication::exec();
}
