// commdesk-sandbox: the CRM.COM emulator as a program of its own (docs/sandbox.md).

#include "DemoCatalogue.h"
#include "Sandbox.h"
#include "SandboxCommandLine.h"
#include "SecretRedaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace commdesk;

int main(int argc, char *argv[])
{
    RedactingMessageHandler::install(); // Qt's qt.httpserver lines carry tokens and passwords
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"CommDesk"_s);
    QCoreApplication::setApplicationName(u"commdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"An emulator of the communications part of the CRM.COM Web API, with demo data "
                                     "and simulated queue consumers, for trying CommDesk without a real server."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    SandboxCommandLine::addOptions(parser);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    SandboxConfig config;
    config.port = SandboxCommandLine::defaultPort;
    QString error;
    if (!SandboxCommandLine::read(parser, &config, &error)) {
        err << "commdesk-sandbox: " << error << Qt::endl;
        return 2;
    }
    if (SandboxCommandLine::isExposed(config.address)) {
        err << "commdesk-sandbox: warning: listening on " << config.address.toString()
            << " exposes the sandbox and its well-known demo passwords to the network, without TLS." << Qt::endl;
    }

    Sandbox sandbox(config);
    if (parser.isSet(u"verbose"_s)) {
        QLoggingCategory::setFilterRules(u"commdesk.sandbox.consumer.debug=true"_s);
        QObject::connect(&sandbox, &Sandbox::requestServed, &app,
                         [&out](const QString &line) { out << line << Qt::endl; });
    }
    if (!sandbox.start(&error)) {
        err << "commdesk-sandbox: " << error << Qt::endl;
        return 1;
    }
    const auto report = sandbox.seedReport();
    out << "CommDesk sandbox listening on " << sandbox.serverUrl().toString() << Qt::endl;
    out << "  API base:  " << sandbox.apiBaseUrl().toString() << Qt::endl;
    out << "  database:  " << QDir::toNativeSeparators(sandbox.databasePath());
    if (report.seeded)
        out << " (seeded " << report.communications << " communications and " << report.queueEntries
            << " queue entries in " << report.elapsedMs << " ms)";
    else
        out << " (existing data kept; --reset starts over)";
    out << Qt::endl;
    out << "  accounts:  demo/demo and supervisor/supervisor in organisation " << DemoCatalogue::organisation
        << "; web API key " << DemoCatalogue::apiKey << Qt::endl;
    out << "  consumers: " << (config.consumers ? "on" : "off");
    if (config.consumers && config.trafficPerMinute > 0)
        out << ", with " << config.trafficPerMinute << " outgoing communications a minute";
    out << Qt::endl;
    return app.exec();
}
