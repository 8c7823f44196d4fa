#pragma once

#include "CliParser.h"
#include "CommandOutcome.h"
#include "Session.h"

#include <QObject>
#include <QProcessEnvironment>

class QIODevice;

namespace commdesk {

class ApiClient;
class CommandRunner;
class SecretStore;
class Session;
struct SecretOutcome;

// One run of commdesk-cli: parses the command line, reads the secret, signs in, runs the command,
// prints its outcome, releases the token and reports the exit status. Everything asynchronous
// runs in the caller's event loop; nothing here waits or spins one of its own.
class CliApplication : public QObject
{
    Q_OBJECT

public:
    CliApplication(QIODevice *standardOutput, QIODevice *standardError, QIODevice *standardInput,
                   QObject *parent = nullptr);

    // Returns the exit status at once when there is nothing to send (--help, --version, usage
    // errors); otherwise nullopt, and finished() follows from the event loop.
    std::optional<int> start(const QStringList &arguments,
                             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    Session *session() const { return m_session; }
    ApiClient *client() const { return m_client; }
    // Where --profile finds a secret the command line and the environment do not give; without
    // one, the OS keychain. Set before start(); tests put in a backend of their own.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

    // The longest wait for releasing the token at the end: it must not hold a script up for long.
    static constexpr std::chrono::seconds kReleaseDeadline {10};

Q_SIGNALS:
    void finished(int exitCode);

private:
    int usageError(const QString &error, bool monitoring);
    // A usage error found after start() returned: reported through finished().
    void failLater(const QString &error, bool monitoring);
    void readSecretFromKeychain(const CliInvocation &invocation, bool monitoring);
    void signIn(const CliInvocation &invocation, const Credentials &credentials, bool monitoring);
    static QString keychainProblem(const ServerProfile &profile, const SecretOutcome &outcome);
    CommandRunner *makeRunner(const CliInvocation &invocation);
    void complete(const CommandOutcome &outcome);
    void write(QIODevice *device, const QString &text);

    QIODevice *m_out;
    QIODevice *m_err;
    QString m_journalPath; // CliJournal: where queue actions are recorded
    QIODevice *m_in;
    ApiClient *m_client;
    Session *m_session;
    CommandRunner *m_runner = nullptr;
    SecretStore *m_secrets = nullptr;
    bool m_done = false;
};

} // namespace commdesk
