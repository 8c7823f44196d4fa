#pragma once

// Header-only: runs commdesk-cli as a real process for the tests that check it end to end.

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace CliProcess {

struct Run
{
    int exitCode = -1; // -2: crashed; -1: did not finish in time
    QByteArray out;
    QByteArray err;
};

// The test's environment without COMMDESK_ variables, in the C locale: the sentences the tests
// compare are the English originals. Queue actions are journalled in a folder of the test run's
// own, never in the desktop app's journal of the machine running the tests.
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (name.startsWith(QLatin1StringView("COMMDESK_")))
            environment.remove(name);
    }
    static const QTemporaryDir journalFolder;
    environment.insert(QStringLiteral("COMMDESK_JOURNAL"), journalFolder.filePath(QStringLiteral("journal.sqlite")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    return environment;
}

// Runs the program in the test's event loop, so that a server in the test keeps answering meanwhile.
inline Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &environment = cleanEnvironment(), int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        finished.wait(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace CliProcess
