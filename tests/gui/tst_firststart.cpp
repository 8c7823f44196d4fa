// The first five minutes, on real widgets: the sign-in window of a first start offers the demo
// (which signs in to a practice server it starts), shows every error in full and where it belongs,
// on a desktop screen and on a 1024×700 one; compose fits that small screen; Qt's own strings
// come in the user's language. The offscreen platform gets both screens (main() below).
#include "ComposeDialog.h"
#include "CrmConnection.h"
#include "DemoSandbox.h"
#include "ProfileStore.h"
#include "Sandbox.h"
#include "SecretBackend.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Translations.h"
#include "Wait.h"
#include "WidgetTestSupport.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace commdesk;

namespace {

const QSize kDesktop(1920, 1080);
const QSize kSmall(1024, 700);

QScreen *screenOfSize(const QSize &size)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size)
            return screen;
    }
    return nullptr;
}

// Where a window goes before it is shown: near the top left of that screen's usable area.
void placeOn(QWidget *window, QScreen *screen)
{
    window->move(screen->availableGeometry().topLeft() + QPoint(40, 40));
}

// The label shows its whole text: it has the height its text needs at its width, and all of it
// lies inside the window, whose frame lies inside the screen's usable area.
void verifyShownInFull(const QLabel *label, const QWidget *window, QScreen *screen)
{
    QVERIFY2(label->isVisible(), qPrintable(label->objectName()));
    const int needed = label->hasHeightForWidth() ? label->heightForWidth(label->width()) : label->sizeHint().height();
    QVERIFY2(needed <= label->height(),
             qPrintable(QStringLiteral("%1 needs %2 px, has %3: %4")
                            .arg(label->objectName())
                            .arg(needed)
                            .arg(label->height())
                            .arg(label->text())));
    QVERIFY(label->width() >= label->minimumSizeHint().width());
    const QRect inWindow(label->mapTo(window, QPoint(0, 0)), label->size());
    QVERIFY2(window->rect().contains(inWindow),
             qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside the window %6x%7")
                            .arg(label->objectName())
                            .arg(inWindow.x())
                            .arg(inWindow.y())
                            .arg(inWindow.width())
                            .arg(inWindow.height())
                            .arg(window->width())
                            .arg(window->height())));
    const QRect frame = window->frameGeometry();
    QVERIFY2(screen->availableGeometry().contains(frame),
             qPrintable(QStringLiteral("the window %1,%2 %3x%4 sticks out of the screen")
                            .arg(frame.x())
                            .arg(frame.y())
                            .arg(frame.width())
                            .arg(frame.height())));
}

// The letters after '&' (not "&&") in a text.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestFirstStart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    int m_settingsCount = 0;

    std::unique_ptr<Settings> freshSettings()
    {
        return std::make_unique<Settings>(m_dir.filePath(QStringLiteral("first-%1.ini").arg(++m_settingsCount)));
    }

    static QString nowhere()
    {
        QTcpServer reserved;
        if (!reserved.listen(QHostAddress::LocalHost))
            return {};
        return QStringLiteral("http://127.0.0.1:%1").arg(reserved.serverPort()); // closed again on return
    }

    static void fill(SignInDialog &dialog, const QString &server, const QString &password)
    {
        typeInto(dialog.serverField(), server);
        typeInto(dialog.usernameField(), QStringLiteral("demo"));
        typeInto(dialog.passwordField(), password);
        typeInto(dialog.organisationField(), QStringLiteral("DEMO"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(screenOfSize(kDesktop) && screenOfSize(kSmall), "the offscreen screens of main() are missing");
        m_sandbox = std::make_unique<Sandbox>(SandboxConfig::forTests());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void tryTheDemoSignsInToAStartedSandbox()
    {
        auto settings = freshSettings();
        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        DemoSandbox demo(SandboxConfig::forTests(), &connection);
        SignInDialog dialog(&connection, settings.get(), &secrets);
        dialog.offerDemo([&demo](QObject *context, std::function<void(const QString &)> done) {
            demo.start(context, std::move(done));
        });
        placeOn(&dialog, screenOfSize(kDesktop));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.tryDemoButton()->isVisible());
        const auto *note = child<QLabel>(&dialog, "demoNote");
        QVERIFY(note->text().contains(QStringLiteral("practice server")));
        verifyShownInFull(note, &dialog, screenOfSize(kDesktop));

        QTest::mouseClick(dialog.tryDemoButton(), Qt::LeftButton);
        WAIT_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
        QVERIFY(dialog.usesDemo());
        QVERIFY(demo.isRunning());
        QVERIFY(connection.session()->hasToken());
        QCOMPARE(connection.session()->credentials().username, QStringLiteral("demo"));
        QCOMPARE(connection.client()->baseUrl().port(), demo.serverUrl().port());
        // The practice server is no profile to come back to.
        QVERIFY(ProfileStore(settings.get()).profiles().isEmpty());
        QVERIFY(ProfileStore(settings.get()).lastUsed().isEmpty());
    }

    void noDemoWithoutTheSandboxNorWhenTheSessionExpired()
    {
        auto settings = freshSettings();
        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        SignInDialog plain(&connection, settings.get(), &secrets);
        plain.show();
        QVERIFY(!plain.tryDemoButton()->isVisible());

        SignInDialog expired(&connection, settings.get(), &secrets);
        expired.setSessionExpired();
        expired.offerDemo([](QObject *, std::function<void(const QString &)>) {});
        expired.show();
        QVERIFY(!expired.tryDemoButton()->isVisible());
    }

    void errorsShowInFullWhereTheyBelong_data()
    {
        QTest::addColumn<QSize>("screenSize");
        QTest::addColumn<QString>("problem");
        for (const auto &[name, size] : {std::pair {"desktop", kDesktop}, std::pair {"1024x700", kSmall}}) {
            for (const char *problem : {"no server", "wrong password", "https to plain http", "every note"})
                QTest::addRow("%s, %s", name, problem) << size << QString::fromLatin1(problem);
        }
    }

    void errorsShowInFullWhereTheyBelong()
    {
        QFETCH(QSize, screenSize);
        QFETCH(QString, problem);
        QScreen *screen = screenOfSize(screenSize);
        auto settings = freshSettings();
        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        SignInDialog dialog(&connection, settings.get(), &secrets);
        dialog.offerDemo([](QObject *, std::function<void(const QString &)>) {}); // as on a first start
        placeOn(&dialog, screen);
        dialog.show(); // at its default size
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.screen(), screen);

        const QString sandbox = m_sandbox->serverUrl().toString();
        QList<const QLabel *> shown;
        if (problem == QLatin1StringView("no server")) {
            fill(dialog, nowhere(), QStringLiteral("demo"));
            dialog.signIn();
            WAIT_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
            QVERIFY(dialog.errorText().contains(QStringLiteral("No CRM.COM server answered")));
            shown << dialog.form()->serverErrorLabel();
        } else if (problem == QLatin1StringView("wrong password")) {
            fill(dialog, sandbox, QStringLiteral("not the password"));
            dialog.signIn();
            WAIT_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
            // Under the password field, which is enabled, and above the next field.
            const QLabel *error = dialog.form()->credentialsErrorLabel();
            QCOMPARE(error->objectName(), QStringLiteral("passwordError"));
            QVERIFY(dialog.passwordField()->isEnabled());
            const int top = error->mapTo(&dialog, QPoint(0, 0)).y();
            QVERIFY(top >= dialog.passwordField()->mapTo(&dialog, QPoint(0, dialog.passwordField()->height())).y());
            QVERIFY(top + error->height() <= dialog.organisationField()->mapTo(&dialog, QPoint(0, 0)).y());
            QVERIFY(!child<QLabel>(&dialog, "apiKeyError")->isVisible());
            QVERIFY(dialog.passwordField()->hasFocus());
            shown << error;
        } else if (problem == QLatin1StringView("https to plain http")) {
            QString https = sandbox;
            https.replace(QStringLiteral("http://"), QStringLiteral("https://"));
            fill(dialog, https, QStringLiteral("demo"));
            dialog.signIn();
            // The TLS greeting fails; the same address asked in plain HTTP answers.
            WAIT_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QStringLiteral("try the address with http://")),
                                     15000);
            QCOMPARE(dialog.errorText().count(QStringLiteral("http://")), 1); // one sentence, not two
            shown << dialog.form()->serverErrorLabel();
        } else {
            // Everything that can stand in the window at once, the longest sentences the dialog has.
            fill(dialog, QStringLiteral("http://crm.example.com"), QStringLiteral("demo"));
            const QString longest = QStringLiteral(
                "No CRM.COM server answered at this address. Check the address and your network connection. "
                "(Connection to crm.example.com timed out after 30 seconds while the proxy was being asked.)");
            dialog.generalErrorLabel()->setText(longest);
            dialog.generalErrorLabel()->show();
            dialog.form()->showServerError(longest);
            dialog.form()->showCredentialsError(QStringLiteral("Enter your username, password and organisation."));
            dialog.form()->showKeychainUnavailable(QStringLiteral("no Secret Service on the session bus"));
            QVERIFY(!dialog.securityWarning().isEmpty());
            shown << dialog.generalErrorLabel();
            shown << dialog.form()->serverErrorLabel() << dialog.form()->credentialsErrorLabel();
        }
        QCoreApplication::processEvents(); // the layout settles as it would on screen
        for (const QLabel *label : std::as_const(shown))
            verifyShownInFull(label, &dialog, screen);
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                verifyShownInFull(label, &dialog, screen);
        }
    }

    void mnemonicsAreUnique()
    {
        auto settings = freshSettings();
        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        SignInDialog dialog(&connection, settings.get(), &secrets);
        dialog.offerDemo([](QObject *, std::function<void(const QString &)>) {});
        QHash<QString, QString> seen; // letter -> text
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy())
                texts << label->text();
        }
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
            texts << button->text();
        // The checkbox's other wording, in API key mode.
        dialog.useApiKeyBox()->setChecked(true);
        texts << dialog.rememberBox()->text();
        for (const QString &text : std::as_const(texts)) {
            const QString letter = mnemonicOf(text);
            if (letter.isEmpty())
                continue;
            QVERIFY2(!seen.contains(letter) || seen.value(letter) == text
                         || (text.contains(QStringLiteral("Remember")) && seen.value(letter).contains(u"Remember")),
                     qPrintable(QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(letter, seen.value(letter), text)));
            seen.insert(letter, text);
        }
        QVERIFY(seen.contains(QStringLiteral("d"))); // Try the demo
        QVERIFY(seen.contains(QStringLiteral("w"))); // Browse
    }

    void caBundleHasABrowseButton()
    {
        auto settings = freshSettings();
        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        SignInDialog dialog(&connection, settings.get(), &secrets);
        dialog.show();
        QPushButton *browse = dialog.form()->browseCaBundleButton();
        QVERIFY(browse->isVisible());
        QVERIFY(!browse->accessibleName().isEmpty());
        const QString bundle = m_dir.filePath(QStringLiteral("office-ca.pem"));
        {
            QFile file(bundle);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-----BEGIN CERTIFICATE-----\n");
        }
        QTest::mouseClick(browse, Qt::LeftButton);
        QFileDialog *chooser = nullptr;
        WAIT_VERIFY((chooser = dialog.findChild<QFileDialog *>(QStringLiteral("caBundleFileDialog"))));
        QVERIFY(chooser->nameFilters().first().contains(QStringLiteral("*.pem")));
        QVERIFY(chooser->nameFilters().first().contains(QStringLiteral("*.crt")));
        QVERIFY(chooser->isVisible());
        Q_EMIT chooser->fileSelected(bundle);
        chooser->close();
        QCOMPARE(dialog.caBundleField()->text(), bundle);
    }

    void composeFitsASmallScreen_data()
    {
        QTest::addColumn<QByteArray>("savedGeometry");
        QTest::newRow("first time") << QByteArray();
        // Saved on a big screen, opened on the small one.
        QWidget big;
        placeOn(&big, screenOfSize(kSmall));
        big.resize(900, 1000);
        QTest::newRow("saved taller than the screen") << big.saveGeometry();
    }

    void composeFitsASmallScreen()
    {
        QFETCH(QByteArray, savedGeometry);
        QScreen *small = screenOfSize(kSmall);
        auto settings = freshSettings();
        if (!savedGeometry.isEmpty())
            settings->setValue(setting::composeGeometry, savedGeometry);
        CrmConnection connection;
        connection.client()->setServer(m_sandbox->serverUrl().toString());
        connection.session()->setCredentials(DemoSandbox::demoCredentials());
        QWidget window; // the main window the compose window belongs to
        placeOn(&window, small);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir data;
        Workspace workspace(&connection, settings.get(), data.path());
        auto *dialog = new ComposeDialog(&workspace, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->screen(), small);
        const QRect area = small->availableGeometry();
        QVERIFY2(
            area.contains(dialog->frameGeometry()),
            qPrintable(
                QStringLiteral("%1x%2").arg(dialog->frameGeometry().width()).arg(dialog->frameGeometry().height())));
        for (const char *name : {"send", "saveDraft", "close"}) {
            const auto *button = child<QPushButton>(dialog, name);
            QVERIFY(button->isVisible());
            const QRect global(button->mapToGlobal(QPoint(0, 0)), button->size());
            QVERIFY2(area.contains(global), name);
            QVERIFY2(dialog->rect().contains(QRect(button->mapTo(dialog, QPoint(0, 0)), button->size())), name);
        }
        WAIT_VERIFY(QApplication::activeWindow() == dialog);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "contactValue"));
        dialog->reject();
    }

    // Qt's own strings (standard buttons, file dialogs) in the user's language, from Qt's catalogues.
    void qtStringsInTheUserLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QString>("cancel"); // empty: any text in the language's script
        QTest::newRow("Greek") << QLocale(QLocale::Greek, QLocale::Greece) << QStringLiteral("el") << QString();
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("de")
                                << QStringLiteral("Abbrechen");
    }

    void qtStringsInTheUserLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, catalogue);
        QFETCH(QString, cancel);
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        const QString file = QStringLiteral("%1/qtbase_%2.qm").arg(folder, catalogue);
        if (!QFile::exists(file))
            QSKIP(qPrintable(QStringLiteral("%1 is not installed: Qt has no catalogue for this language here "
                                            "(Debian: qt6-translations-l10n)")
                                 .arg(file)));
        const QLocale before;
        QLocale::setDefault(locale);
        installTranslations(*QCoreApplication::instance());
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        const QString text = box.button(QDialogButtonBox::Cancel)->text().remove(u'&');
        // Back to English for whatever runs next.
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(before);
        if (cancel.isEmpty())
            QVERIFY2(text != QStringLiteral("Cancel") && text.contains(QRegularExpression(QStringLiteral("[α-ωΑ-Ω]"))),
                     qPrintable(text));
        else
            QCOMPARE(text, cancel);
    }
};

int main(int argc, char *argv[])
{
    // A desktop screen and, beside it, a small one (1024×700), with window frames as desktops draw them.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(R"({"windowFrameMargins": true, "screens": [
            {"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96},
            {"name": "small", "x": 1920, "y": 0, "width": 1024, "height": 700, "logicalDpi": 96, "logicalBaseDpi": 96}
        ]})");
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    QApplication app(argc, argv);
    TestFirstStart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_firststart.moc"
