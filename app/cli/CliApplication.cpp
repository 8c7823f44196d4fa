#include "CliApplication.h"

#include "CliMessageHandler.h"
#include "CliUsage.h"
#include "CommunicationsRunner.h"
#include "ConfigurationRunner.h"
#include "CredentialReader.h"
#include "QueueCheck.h"
#include "QueueRunner.h"
#include "QueueStatsRunner.h"

#include <QFileDevice>

namespace commdesk {

namespace {

const QString kPrefix = QStringLiteral("commdesk-cli: ");

} // namespace

CliApplication::CliApplication(QIODevice *standardOutput, QIODevice *standardError, QIODevice *standardInput,
                               QObject *parent)
    : QObject(parent)
    , m_out(standardOutput)
    , m_err(standardError)
    , m_in(standardInput)
    , m_client(new ApiClient(this))
    , m_session(new Session(m_client, this))
{ }

void CliApplication::write(QIODevice *device, const QString &text)
{
    if (!device || text.isEmpty())
        return;
    device->write(text.toUtf8());
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}

int CliApplication::usageError(const QString &error, bool monitoring)
{
    write(m_err, kPrefix + error + u' ' + CliUsage::hint() + u'\n');
    if (!monitoring)
        return toInt(CliExitCode::Usage);
    // Monitoring plugins report a wrong command line as UNKNOWN, on stdout where the system looks.
    write(m_out, QueueCheck::unknown(error).line + u'\n');
    return toInt(MonitoringStatus::Unknown);
}

std::optional<int> CliApplication::start(const QStringList &arguments, const QProcessEnvironment &environment)
{
    const ParseOutcome parsed = CliParser::parse(arguments, environment);
    switch (parsed.action) {
    case ParseOutcome::Action::Help:
        write(m_out, CliUsage::help());
        return toInt(CliExitCode::Ok);
    case ParseOutcome::Action::Version:
        write(m_out, CliUsage::version());
        return toInt(CliExitCode::Ok);
    case ParseOutcome::Action::Usage:
        return usageError(parsed.error, parsed.monitoring);
    case ParseOutcome::Action::Run:
        break;
    }

    const CliInvocation &invocation = parsed.invocation;
    const GlobalOptions &global = invocation.global;
    CliMessageHandler::setVerbose(global.verbose);

    QString error;
    const std::optional<Credentials> credentials = CredentialReader::read(global, environment, m_in, &error);
    if (!credentials)
        return usageError(error, parsed.monitoring);
    if (!m_client->setServer(global.server, &error))
        return usageError(error, parsed.monitoring);

    ApiClientOptions options = m_client->options();
    options.deadline = global.timeout;
    options.transferTimeout = std::min<std::chrono::milliseconds>(options.transferTimeout, global.timeout);
    m_client->setOptions(options);
    m_session->setCredentials(*credentials);
    m_runner = makeRunner(invocation);

    const bool monitoring = parsed.monitoring;
    m_session->login(this, [this, invocation, monitoring](const Result<Done> &login) {
        if (!login.ok()) {
            complete(monitoring ? QueueStatsRunner::checkFailure(login.error(), invocation.global.json)
                                : CommandOutcome::failure(login.error()));
            return;
        }
        m_runner->run(invocation, [this](const CommandOutcome &outcome) { complete(outcome); });
    });
    return std::nullopt;
}

CommandRunner *CliApplication::makeRunner(const CliInvocation &invocation)
{
    const bool json = invocation.global.json;
    if (invocation.command == CliCommand::QueueStats || invocation.command == CliCommand::QueueCheck)
        return new QueueStatsRunner(m_session, json, this);
    switch (areaOf(invocation.command)) {
    case CliArea::Communications:
        return new CommunicationsRunner(m_session, json, this);
    case CliArea::Configuration:
        return new ConfigurationRunner(m_session, json, this);
    case CliArea::Queue:
        break;
    }
    return new QueueRunner(m_session, json, this);
}

void CliApplication::complete(const CommandOutcome &outcome)
{
    if (m_done)
        return;
    m_done = true;
    write(m_out, outcome.out);
    // One line, whatever the server's message held.
    if (!outcome.error.isEmpty())
        write(m_err, kPrefix + JsonText::printable(outcome.error.simplified()) + u'\n');

    // Sign out; whether the server heard it does not change what the command achieved.
    ApiClientOptions options = m_client->options();
    options.deadline = std::min<std::chrono::milliseconds>(options.deadline, kReleaseDeadline);
    m_client->setOptions(options);
    const int exitCode = outcome.exitCode;
    m_session->release(this, [this, exitCode](const Result<Done> &) {
        QMetaObject::invokeMethod(
            this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
    });
}

} // namespace commdesk
