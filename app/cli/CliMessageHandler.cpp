#include "CliMessageHandler.h"

#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <cstdio>

namespace commdesk {

namespace {

std::atomic<bool> verboseOutput{false};

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!verboseOutput.load())
        return;
    const QString line = qFormatLogMessage(type, context, message);
    std::fprintf(stderr, "commdesk-cli: [%s] %s\n", context.category ? context.category : "default",
                 line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

void CliMessageHandler::install()
{
    qInstallMessageHandler(handleMessage);
}

void CliMessageHandler::setVerbose(bool verbose)
{
    verboseOutput.store(verbose);
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("commdesk.api.debug=true\ncommdesk.api.info=true"));
}

bool CliMessageHandler::isVerbose()
{
    return verboseOutput.load();
}

} // namespace commdesk
