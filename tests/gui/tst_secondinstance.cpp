// The real `commdesk` started twice on the same data folder (offscreen, a HOME of its own): the
// second start hands its arguments to the first, says so in one line and exits 0 within seconds;
// the first keeps running.
#include "CliProcess.h"
#include "InstanceChannel.h"
#include "Wait.h"

#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef COMMDESK_APP_PATH
#error "COMMDESK_APP_PATH must name the commdesk program (tests/gui/CMakeLists.txt)"
#endif

using namespace commdesk;

namespace {

// A user of their own: home, settings, data, cache and runtime folders in dir.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment environment = CliProcess::cleanEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), dir.path());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(name), dir.filePath(QString::fromLatin1(name).toLower()));
    QDir(dir.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    return environment;
}

// Where the program keeps its data under that environment (QStandardPaths::AppLocalDataLocation).
QString dataFolderOf(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("xdg_data_home/CommDesk/CommDesk"));
}

bool listens(const QString &serverName)
{
    QLocalSocket probe;
    probe.connectToServer(serverName);
    const bool connected = probe.waitForConnected(200);
    probe.abort();
    return connected;
}

} // namespace

class TestSecondInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartHandsOverAndExits()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QProcessEnvironment environment = isolatedEnvironment(home);
        const QString serverName = InstanceChannel::serverNameFor(dataFolderOf(home));
        QVERIFY(!listens(serverName));

        QProcess first;
        first.setProcessEnvironment(environment);
        first.start(QStringLiteral(COMMDESK_APP_PATH), {});
        QVERIFY(first.waitForStarted());
        WAIT_VERIFY_WITH_TIMEOUT(listens(serverName) || first.state() != QProcess::Running, 30000);
        QVERIFY2(first.state() == QProcess::Running, first.readAllStandardError().constData());

        QElapsedTimer timer;
        timer.start();
        const CliProcess::Run second = CliProcess::run(
            QStringLiteral(COMMDESK_APP_PATH), {QStringLiteral("--server"), QStringLiteral("https://crm.example.com")},
            {}, environment, 20000);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(QString::fromUtf8(second.out).trimmed(),
                 QStringLiteral("CommDesk is already running; the request was passed to it."));

        QCOMPARE(first.state(), QProcess::Running);
        QVERIFY(listens(serverName)); // still serving later starts
        first.kill();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSecondInstance)
#include "tst_secondinstance.moc"
