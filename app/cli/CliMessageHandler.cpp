#include "CliMessageHandler.h"

#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <cstdio>

namespace commdesk {

namespace {

std::atomic<bool> verboseOutput {false};

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!verboseOutput.load())
        return;
    const QString line = qFormatLogMessage(type, context, message);
    // Tagged with the message type, so that a reader tells diagnostics from the one error sentence.
    std::fprintf(stderr, "commdesk-cli: [%s] %s\n", typeName(type), line.toLocal8Bit().constData());
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
