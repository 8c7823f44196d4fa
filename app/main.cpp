// CommDesk: command line, settings, the optional embedded sandbox, then the main window.
#include "CrmConnection.h"
#include "MainWindow.h"
#include "SavedProxySettings.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Translations.h"

#ifdef COMMDESK_WITH_SANDBOX
#include "SandboxConfig.h"
#include "SandboxThread.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>

#include <cstdio>

using namespace commdesk;

namespace {

// Shows the sign-in dialog over the window; the window starts loading once signed in.
void askToSignIn(MainWindow *window, CrmConnection *connection, Settings *settings, const QString &server)
{
    auto *dialog = new SignInDialog(connection, settings, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, window, &MainWindow::start);
    QObject::connect(dialog, &QDialog::rejected, window, [window, dialog] {
        if (!dialog->property("keepWindow").toBool())
            window->close();
    });
    if (!server.isEmpty()) {
        dialog->serverField()->setText(server); // another server than the last: ask
        dialog->open(); // window-modal, without a nested event loop
        return;
    }
    // With a remembered secret the window opens signed in (or offline) without a question;
    // otherwise the dialog opens as above.
    QObject::connect(dialog, &SignInDialog::signingInWithoutAsking, window, [window](const QString &server) {
        window->statusBar()->showMessage(QApplication::translate("main", "Signing in to %1…").arg(server));
    });
    QObject::connect(dialog, &SignInDialog::askingUser, window->statusBar(), &QStatusBar::clearMessage);
    QObject::connect(dialog, &QDialog::finished, window->statusBar(), &QStatusBar::clearMessage);
    dialog->signInWithRememberedSecret();
}

// --help and --version only print: they must work where there is no display (a terminal, a
// package check), so on X11/Wayland systems they use the offscreen platform.
void allowHeadlessInformation(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version"
            || argument == "-v") {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    allowHeadlessInformation(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CommDesk"));
    QApplication::setApplicationName(QStringLiteral("CommDesk"));
    QApplication::setApplicationVersion(QStringLiteral(COMMDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.commdesk.CommDesk"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop client for CRM.COM communications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "The CRM.COM server to sign in to."),
                                          QStringLiteral("URL"));
    parser.addOption(serverOption);
#ifdef COMMDESK_WITH_SANDBOX
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Run against the embedded CRM.COM sandbox, signed in as the demo user."));
    const QCommandLineOption resetOption(
        QStringLiteral("sandbox-reset"),
        QApplication::translate("main", "Start the sandbox over with fresh demo data."));
    parser.addOption(sandboxOption);
    parser.addOption(resetOption);
#endif
    parser.process(app);

    Settings settings;
    CrmConnection connection;
    connection.client()->setProxy(SavedProxySettings::load(settings)); // the system's proxy unless set otherwise
    MainWindow window(&connection, &settings);
    window.show();

#ifdef COMMDESK_WITH_SANDBOX
    if (parser.isSet(sandboxOption)) {
        SandboxConfig config;
        config.reset = parser.isSet(resetOption);
        auto *sandbox = new SandboxThread(config, &app);
        window.statusBar()->showMessage(QApplication::translate("main", "Starting the sandbox…"));
        QObject::connect(sandbox, &SandboxThread::started, &window, [&](const QUrl &url) {
            connection.client()->setServer(url.toString());
            connection.session()->setCredentials(
                {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
            window.statusBar()->showMessage(
                QApplication::translate("main", "Sandbox running at %1").arg(url.toString()), 10000);
            window.start();
        });
        QObject::connect(sandbox, &SandboxThread::failed, &window, [&](const QString &error) {
            QMessageBox::critical(&window, QApplication::translate("main", "CommDesk"),
                                  QApplication::translate("main", "The sandbox could not start: %1").arg(error));
        });
        QObject::connect(&app, &QCoreApplication::aboutToQuit, sandbox, &SandboxThread::stop);
        sandbox->start();
        return QApplication::exec();
    }
#endif
    askToSignIn(&window, &connection, &settings, parser.value(serverOption));
    return QApplication::exec();
}
