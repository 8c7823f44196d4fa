#include "CliApplication.h"

#include "CliJournal.h"
#include "CliMessageHandler.h"
#include "CliProfiles.h"
#include "CliUsage.h"
#include "CommunicationsRunner.h"
#include "ConfigurationRunner.h"
#include "CredentialReader.h"
#include "QueueCheck.h"
#include "QueueMetricsRunner.h"
#include "QueueRunner.h"
#include "QueueStatsRunner.h"
#include "SecretStore.h"

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
    m_journalPath = CliJournal::path(environment);
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

    const bool monitoring = parsed.monitoring;
    QString error;
    // A secret on standard input or in the environment wins over the keychain; without a profile
    // there is no keychain entry to look for, and read() says how to give the secret.
    const bool fromKeychain = global.profile && !CredentialReader::givesSecret(global, environment);
    std::optional<Credentials> credentials;
    if (!fromKeychain) {
        credentials = CredentialReader::read(global, environment, m_in, &error);
        if (!credentials)
            return usageError(error, monitoring);
    }
    if (!m_client->setServer(global.server, &error))
        return usageError(error, monitoring);
    // What the profile trusts, as the sign-in dialog applies it.
    if (global.profile && !CliProfiles::applyTls(*global.profile, m_client->tlsPolicy(), &error))
        return usageError(error, monitoring);

    m_client->setProxy(global.proxy);
    ApiClientOptions options = m_client->options();
    options.deadline = global.timeout;
    options.transferTimeout = std::min<std::chrono::milliseconds>(options.transferTimeout, global.timeout);
    m_client->setOptions(options);
    m_runner = makeRunner(invocation);

    if (fromKeychain)
        readSecretFromKeychain(invocation, monitoring);
    else
        signIn(invocation, *credentials, monitoring);
    return std::nullopt;
}

void CliApplication::failLater(const QString &error, bool monitoring)
{
    m_done = true;
    const int exitCode = usageError(error, monitoring);
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

void CliApplication::readSecretFromKeychain(const CliInvocation &invocation, bool monitoring)
{
    const GlobalOptions &global = invocation.global;
    const ServerProfile &profile = *global.profile;
    if (!profile.rememberSecret) {
        SecretOutcome nothing;
        nothing.status = SecretOutcome::Status::NotFound;
        return failLater(keychainProblem(profile, nothing), monitoring);
    }
    // The entry the sign-in dialog writes for the account in use: the profile's, with what the
    // command line changed about it.
    ServerProfile account = profile;
    account.serverUrl = global.server;
    if (!account.useApiKey) {
        account.username = global.username;
        account.organisation = global.organisation;
    }
    if (!m_secrets)
        m_secrets = new SecretStore({}, this);
    m_secrets->read(this, account.secretKey(), [this, invocation, monitoring](const SecretOutcome &outcome) {
        const ServerProfile &used = *invocation.global.profile;
        if (!outcome.ok() || outcome.secret.isEmpty())
            return failLater(keychainProblem(used, outcome), monitoring);
        QString error;
        const std::optional<Credentials> credentials =
            CredentialReader::withSecret(invocation.global, outcome.secret, used.useApiKey, &error);
        if (!credentials)
            return failLater(error, monitoring);
        signIn(invocation, *credentials, monitoring);
    });
}

QString CliApplication::keychainProblem(const ServerProfile &profile, const SecretOutcome &outcome)
{
    const QString reason = outcome.reason.simplified();
    switch (outcome.status) {
    case SecretOutcome::Status::Unavailable:
        return profile.useApiKey
            ? tr("The keychain cannot be reached (%2), so the API key of profile \"%1\" cannot be read from it: pipe "
                 "it to --api-key-stdin or set COMMDESK_API_KEY.")
                  .arg(profile.name, reason.isEmpty() ? tr("no keychain service was found") : reason)
            : tr("The keychain cannot be reached (%2), so the password of profile \"%1\" cannot be read from it: "
                 "pipe it to --password-stdin or set COMMDESK_PASSWORD.")
                  .arg(profile.name, reason.isEmpty() ? tr("no keychain service was found") : reason);
    case SecretOutcome::Status::Failed:
        return profile.useApiKey ? tr("The keychain refused the API key of profile \"%1\" (%2): pipe it to "
                                      "--api-key-stdin or set COMMDESK_API_KEY.")
                                       .arg(profile.name, reason)
                                 : tr("The keychain refused the password of profile \"%1\" (%2): pipe it to "
                                      "--password-stdin or set COMMDESK_PASSWORD.")
                                       .arg(profile.name, reason);
    case SecretOutcome::Status::Ok: // but empty
    case SecretOutcome::Status::NotFound:
        break;
    }
    return profile.useApiKey ? tr("The keychain holds no API key for profile \"%1\": pipe it to --api-key-stdin or "
                                  "set COMMDESK_API_KEY.")
                                   .arg(profile.name)
                             : tr("The keychain holds no password for profile \"%1\": pipe it to --password-stdin "
                                  "or set COMMDESK_PASSWORD.")
                                   .arg(profile.name);
}

void CliApplication::signIn(const CliInvocation &invocation, const Credentials &credentials, bool monitoring)
{
    m_session->setCredentials(credentials);
    m_session->login(this, [this, invocation, monitoring](const Result<Done> &login) {
        if (!login.ok()) {
            complete(monitoring ? QueueStatsRunner::checkFailure(login.error(), invocation.global.json)
                                : CommandOutcome::failure(login.error()));
            return;
        }
        m_runner->run(invocation, [this](const CommandOutcome &outcome) { complete(outcome); });
    });
}

CommandRunner *CliApplication::makeRunner(const CliInvocation &invocation)
{
    const bool json = invocation.global.json;
    if (invocation.command == CliCommand::QueueStats || invocation.command == CliCommand::QueueCheck)
        return new QueueStatsRunner(m_session, json, this);
    if (invocation.command == CliCommand::QueueServeMetrics)
        return new QueueMetricsRunner(m_session, json, this);
    switch (areaOf(invocation.command)) {
    case CliArea::Communications:
        return new CommunicationsRunner(m_session, json, this);
    case CliArea::Configuration:
        return new ConfigurationRunner(m_session, json, this);
    case CliArea::Queue:
        break;
    }
    return new QueueRunner(m_session, json, m_journalPath, this);
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
