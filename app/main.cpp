// CommDesk: command line, settings, the optional embedded sandbox, then the main window.
#include "CrmConnection.h"
#include "DeskLink.h"
#include "InstanceChannel.h"
#include "MainWindow.h"
#include "SavedProxySettings.h"
#include "SecretRedaction.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "Workspace.h"

#ifdef COMMDESK_WITH_SANDBOX
#include "DemoSandbox.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>

using namespace commdesk;

namespace {

// macOS opens a commdesk:// link in the running application with a QFileOpenEvent (CFBundleURLTypes in
// packaging/macos/Info.plist.in); elsewhere the link arrives as an argument.
class LinkOpenEvents : public QObject
{
public:
    explicit LinkOpenEvents(MainWindow *window)
        : m_window(window)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            if (const std::optional<DeskLink> link =
                    DeskLink::parse(static_cast<QFileOpenEvent *>(event)->url().toString())) {
                m_window->openLink(*link);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow *m_window;
};

// Shows the sign-in dialog over the window; the window starts loading once signed in.
void askToSignIn(MainWindow *window, CrmConnection *connection, Settings *settings, const QString &server,
                 const SignInDialog::DemoStarter &tryDemo)
{
    auto *dialog = new SignInDialog(connection, settings, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (tryDemo)
        dialog->offerDemo(tryDemo);
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
    QObject::connect(dialog, &SignInDialog::signingInWithoutAsking, window, [window](const QString &rememberedServer) {
        window->statusBar()->showMessage(QApplication::translate("main", "Signing in to %1…").arg(rememberedServer));
    });
    QObject::connect(dialog, &SignInDialog::askingUser, window->statusBar(), &QStatusBar::clearMessage);
    QObject::connect(dialog, &QDialog::finished, window->statusBar(), &QStatusBar::clearMessage);
    dialog->signInWithRememberedSecret();
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CommDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMDESK_VERSION));
}

const QString kServerOption = QStringLiteral("server");
const QString kSandboxOption = QStringLiteral("sandbox");
const QString kResetOption = QStringLiteral("sandbox-reset");

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A desktop client for CRM.COM communications."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({kServerOption, QCoreApplication::translate("main", "The CRM.COM server to sign in to."),
                      QStringLiteral("URL")});
#ifdef COMMDESK_WITH_SANDBOX
    parser.addOption(
        {kSandboxOption,
         QCoreApplication::translate("main", "Run against the embedded CRM.COM sandbox, signed in as the demo user.")});
    parser.addOption(
        {kResetOption, QCoreApplication::translate("main", "Start the sandbox over with fresh demo data.")});
#endif
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QCoreApplication::translate("main", "A commdesk:// link to open, e.g. commdesk://communication/CM004902."),
        QStringLiteral("[link]"));
}

// --help and --version only print, and must print nothing else: they work where there is no
// display (a terminal, a package check), so on X11/Wayland systems they are answered before a
// QApplication loads a platform plugin (which warns, e.g. about XDG_RUNTIME_DIR) or anything
// touches the disk. Elsewhere QApplication stays, so that Windows shows them in a message box.
bool asksOnlyForInformation(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            return true;
    }
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
#endif
    return false;
}

int printInformation(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

// One CommDesk per user and data folder (workspace/InstanceChannel): a later start passes its
// arguments to the running one, which brings its window forward (and offers the --server it was
// given, MainWindow::bringForward), and ends (true).
bool handedToRunningInstance(QApplication &app)
{
    auto *channel = new InstanceChannel({}, &app);
    if (channel->handOver(QCoreApplication::arguments())) {
        QTextStream(stdout) << QApplication::translate("main",
                                                       "CommDesk is already running; the request was passed to it.")
                            << Qt::endl;
        return true;
    }
    QObject::connect(channel, &InstanceChannel::argumentsReceived, &app, [](const QStringList &arguments) {
        QCommandLineParser parser;
        addOptions(parser);
        const QString server = parser.parse(arguments) ? parser.value(kServerOption) : QString();
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(widget))
                window->followAnotherStart(server, parser.positionalArguments());
        }
    });
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    RedactingMessageHandler::install(); // Qt's own log categories too (docs/architecture.md "Secrets")
    if (asksOnlyForInformation(argc, argv))
        return printInformation(argc, argv);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.commdesk.CommDesk"));
    Settings settings;
    installTranslations(app, settings.value(setting::language)); // the one chosen in the Preferences, if any

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    if (handedToRunningInstance(app))
        return 0;

    theme::apply(theme::fromKey(settings.value(setting::theme))); // before the first window
    CrmConnection connection;
    connection.client()->setProxy(SavedProxySettings::load(settings)); // the system's proxy unless set otherwise
    // The application without widgets, then its window (docs/architecture.md "workspace/").
    Workspace workspace(&connection, &settings, QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    MainWindow window(&workspace);
    window.show();
    // A link the desktop opened CommDesk with: shown once signed in.
    for (const DeskLink &link : DeskLink::fromArguments(parser.positionalArguments()))
        window.openLink(link);
    // macOS hands a clicked link to the running application as a file-open event.
    LinkOpenEvents linkEvents(&window);
    app.installEventFilter(&linkEvents);

    SignInDialog::DemoStarter tryDemo;
#ifdef COMMDESK_WITH_SANDBOX
    // `--sandbox` and the sign-in dialog's "Try the demo" start the same sandbox the same way.
    SandboxConfig config;
    config.reset = parser.isSet(kResetOption);
    DemoSandbox demo(config, &connection);
    if (parser.isSet(kSandboxOption)) {
        window.statusBar()->showMessage(QApplication::translate("main", "Starting the sandbox…"));
        demo.start(&window, [&window, &demo](const QString &error) {
            if (!error.isEmpty()) {
                QMessageBox::critical(&window, QApplication::translate("main", "CommDesk"),
                                      QApplication::translate("main", "The sandbox could not start: %1").arg(error));
                return;
            }
            window.statusBar()->showMessage(
                QApplication::translate("main", "Sandbox running at %1").arg(demo.serverUrl().toString()), 10000);
            window.start();
        });
        return QApplication::exec();
    }
    tryDemo = [&demo](QObject *context, std::function<void(const QString &)> done) {
        demo.start(context, std::move(done));
    };
#endif
    askToSignIn(&window, &connection, &settings, parser.value(kServerOption), tryDemo);
    return QApplication::exec();
}
