// The app with the server gone (docs/architecture.md), on real widgets against the in-process sandbox:
// a first run loads categories, a list and one communication; the sandbox stops; a second start
// shows that copy and says it is offline; a communication never opened says there is no copy; the
// sandbox comes back on the same port and the window recovers by itself. The sign-in dialog offers
// to work offline when the server does not answer and there is a local copy of the account.
#include "ApiTestSupport.h"
#include "BrowseSidebar.h"
#include "Capture.h"
#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "ConnectivityMonitor.h"
#include "CrmConnection.h"
#include "ListFilterBar.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "OfflineCache.h"
#include "OfflineWorkspace.h"
#include "ProfileStore.h"
#include "Sandbox.h"
#include "SecretBackend.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Wait.h"
#include "WorkspaceTestSupport.h"

#include <QCheckBox>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;
using namespace std::chrono_literals;

class TestOfflineStart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Sandbox> m_sandbox;
    quint16 m_port = 0;

    bool startSandbox()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.port = m_port; // the second start comes back where the first was
        m_sandbox = std::make_unique<Sandbox>(config);
        QString error;
        if (!m_sandbox->start(&error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        m_port = quint16(m_sandbox->serverUrl().port());
        return true;
    }

    QString serverUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    std::unique_ptr<CrmConnection> connection() const
    {
        auto connection = std::make_unique<CrmConnection>();
        connection->client()->setServer(serverUrl());
        connection->client()->setOptions(quickRetries());
        connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        return connection;
    }

    static std::unique_ptr<MainWindow> window(CrmConnection *connection, Settings *settings)
    {
        auto window = makeMainWindow(connection, settings);
        window->resize(1200, 800);
        window->show();
        window->connectivity()->setBackoff(200ms, 1s);
        window->start();
        return window;
    }

    static bool selectNumber(MainWindow &window, const QString &number)
    {
        for (int row = 0; row < window.listProxy()->rowCount(); ++row) {
            const QModelIndex index = window.listProxy()->index(row, 0);
            if (index.data(CommunicationListModel::NumberRole).toString() == number) {
                window.listView()->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

    // COMMDESK_SHOT_DIR=dir keeps a picture of the window at this point, for reviews and docs.
    static void keepShot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("COMMDESK_SHOT_DIR");
        if (!dir.isEmpty())
            window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static QString connectionText(const MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("connectionLabel"))->text();
    }

    // A profile signed in to before, its password in the keychain (here a memory one).
    static std::unique_ptr<SecretStore> rememberedProfile(Settings *settings, const QString &server,
                                                          const QString &password)
    {
        ProfileStore profiles(settings);
        ServerProfile profile;
        profile.name = QStringLiteral("Head office");
        profile.serverUrl = server;
        profile.organisation = QStringLiteral("DEMO");
        profile.username = QStringLiteral("demo");
        profile.rememberSecret = true;
        profiles.save(profile);
        profiles.setLastUsed(profile.name);
        auto secrets = std::make_unique<SecretStore>(std::make_unique<MemorySecretBackend>());
        bool written = false;
        secrets->write(nullptr, profile.secretKey(), password,
                       [&written](const SecretOutcome &o) { written = o.ok(); });
        if (!QTest::qWaitFor([&written] { return written; }, 5000))
            qWarning("the memory keychain did not take the secret");
        return secrets;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A copy left by an earlier run on the same port would answer for this one.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(OfflineCache::defaultPath() + QLatin1StringView(suffix));
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(startSandbox());
    }

    void startsOfflineWithTheCopyAndRecoversByItself()
    {
        QStringList numbers;
        int categories = 0;
        QString opened;
        QString openedContent;
        {
            // First run: everything loads from the server and is kept.
            auto online = connection();
            auto first = window(online.get(), m_settings.get());
            WAIT_VERIFY_WITH_TIMEOUT(first->listModel()->rowCount() > 3 && !first->listModel()->isLoading(), 15000);
            QVERIFY(!first->listModel()->isCopy());
            categories = first->categoryModel()->rowCount();
            for (int row = 0; row < first->listModel()->rowCount(); ++row)
                numbers << first->listModel()->rowAt(row)->number().toString();
            opened = first->listModel()->rowAt(1)->number().toString();
            QVERIFY(selectNumber(*first, opened));
            WAIT_VERIFY_WITH_TIMEOUT(
                first->detailView()->communication() && first->detailView()->communication()->number == opened, 10000);
            openedContent = first->detailView()->communication()->content;
            QVERIFY(!first->listBanner()->isVisible());
            QVERIFY(connectionText(*first).contains(QStringLiteral("Signed in as demo")));
        }
        m_sandbox.reset(); // the server goes away

        // Second start: nothing answers, the copy is shown and the user is told.
        auto offline = connection();
        auto second = window(offline.get(), m_settings.get());
        WAIT_VERIFY_WITH_TIMEOUT(second->listModel()->isCopy(), 15000);
        QCOMPARE(second->categoryModel()->rowCount(), categories);
        QVERIFY(second->categoryModel()->isCopy());
        QCOMPARE(second->listModel()->rowCount(), numbers.size());
        QCOMPARE(second->listModel()->rowAt(0)->number(), numbers.first());
        QVERIFY(second->connectivity()->isOffline());
        WAIT_VERIFY(second->listBanner()->isVisible());
        QVERIFY2(second->listBanner()->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(second->listBanner()->text()));
        QVERIFY(second->listBanner()->text().contains(QStringLiteral("last loaded")));
        QVERIFY(connectionText(*second).startsWith(QStringLiteral("Offline")));
        const QString why = second->findChild<QLabel *>(QStringLiteral("connectionLabel"))->toolTip();
        QVERIFY2(why.startsWith(QStringLiteral("Offline since ")) && why.size() > 30, qPrintable(why));
        QCOMPARE(second->filterBar()->status(), QStringLiteral("%1 communications, saved copy").arg(numbers.size()));

        // The communication read before can be read again, marked as a copy.
        QVERIFY(selectNumber(*second, opened));
        WAIT_VERIFY_WITH_TIMEOUT(
            second->detailView()->communication() && second->detailView()->communication()->number == opened, 15000);
        QCOMPARE(second->detailView()->communication()->content, openedContent);
        QVERIFY(second->detailView()->banner()->isVisible());
        QVERIFY(second->detailView()->banner()->text().contains(QStringLiteral("copy saved")));
        keepShot(second.get(), QStringLiteral("offline"));

        // One never opened cannot be: the pane says why.
        const QString neverOpened = numbers.at(2);
        QVERIFY(selectNumber(*second, neverOpened));
        WAIT_VERIFY_WITH_TIMEOUT(second->detailView()->banner()->text().contains(QStringLiteral("no copy")), 15000);
        QVERIFY(!second->detailView()->communication().has_value());

        // The server comes back: the window notices by itself and loads afresh.
        QVERIFY(selectNumber(*second, opened));
        QVERIFY(startSandbox());
        WAIT_VERIFY_WITH_TIMEOUT(!second->connectivity()->isOffline(), 15000);
        WAIT_VERIFY_WITH_TIMEOUT(!second->listModel()->isCopy() && !second->listModel()->isLoading()
                                     && second->listModel()->rowCount() > 3,
                                 15000);
        WAIT_VERIFY_WITH_TIMEOUT(!second->categoryModel()->isCopy(), 15000);
        QVERIFY(!second->listBanner()->isVisible());
        WAIT_VERIFY(connectionText(*second).contains(QStringLiteral("Signed in as demo")));
        QVERIFY(second->findChild<QLabel *>(QStringLiteral("connectionLabel"))->toolTip().isEmpty());
        // What was being read stays in view.
        WAIT_VERIFY_WITH_TIMEOUT(second->detailView()->communication()
                                     && second->detailView()->communication()->number == opened
                                     && !second->detailView()->banner()->isVisible(),
                                 15000);
    }

    void aRememberedSecretSignsInWithoutAsking()
    {
        Settings settings(m_dir.filePath(QStringLiteral("remembered.ini")));
        auto secrets = rememberedProfile(&settings, m_sandbox->serverUrl().toString(), QStringLiteral("demo"));
        CrmConnection connection;
        SignInDialog dialog(&connection, &settings, secrets.get());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy signingIn(&dialog, &SignInDialog::signingInWithoutAsking);
        QSignalSpy asking(&dialog, &SignInDialog::askingUser);
        dialog.signInWithRememberedSecret();
        WAIT_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 15000);
        QVERIFY(!dialog.isVisible()); // never asked
        QCOMPARE(asking.size(), 0);
        QCOMPARE(signingIn.size(), 1);
        QCOMPARE(signingIn.first().first().toString(), m_sandbox->serverUrl().toString());
        QVERIFY(!dialog.worksOffline());
        QVERIFY(connection.session()->hasToken());
        QVERIFY(connection.session()->hasSecret()); // remembered: kept to renew the token
    }

    void aRememberedSecretWithNoServerWorksOffline()
    {
        QTcpServer reserved;
        QVERIFY(reserved.listen(QHostAddress::LocalHost));
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(reserved.serverPort());
        reserved.close();
        Settings settings(m_dir.filePath(QStringLiteral("remembered-offline.ini")));
        auto secrets = rememberedProfile(&settings, nowhere, QStringLiteral("demo"));
        CrmConnection connection;
        SignInDialog dialog(&connection, &settings, secrets.get());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.signInWithRememberedSecret();
        WAIT_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 15000);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.worksOffline());
        QVERIFY(!connection.session()->hasToken());
        QVERIFY(connection.session()->hasSecret()); // to sign in once the server answers
    }

    void aRefusedRememberedSecretAsks()
    {
        Settings settings(m_dir.filePath(QStringLiteral("remembered-refused.ini")));
        auto secrets = rememberedProfile(&settings, m_sandbox->serverUrl().toString(), QStringLiteral("changed"));
        CrmConnection connection;
        SignInDialog dialog(&connection, &settings, secrets.get());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy asking(&dialog, &SignInDialog::askingUser);
        dialog.signInWithRememberedSecret();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.isVisible() && !dialog.errorText().isEmpty(), 15000);
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(asking.size(), 1); // "signing in" gives way to the question
        QVERIFY(!dialog.workOfflineButton()->isVisible());
        QCOMPARE(dialog.usernameField()->text(), QStringLiteral("demo"));
    }

    void withoutARememberedSecretTheDialogAsks()
    {
        Settings settings(m_dir.filePath(QStringLiteral("nothing-remembered.ini")));
        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        SignInDialog dialog(&connection, &settings, &secrets);
        QSignalSpy signingIn(&dialog, &SignInDialog::signingInWithoutAsking);
        dialog.signInWithRememberedSecret();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.isVisible(), 5000);
        QCOMPARE(signingIn.size(), 0);
        QVERIFY(!connection.session()->hasToken());
        QVERIFY(dialog.errorText().isEmpty());
    }

    void signInOffersToWorkOfflineWhenNothingAnswers()
    {
        QTcpServer reserved;
        QVERIFY(reserved.listen(QHostAddress::LocalHost));
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(reserved.serverPort());
        reserved.close();

        CrmConnection connection;
        SignInDialog dialog(&connection, m_settings.get());
        dialog.show();
        QVERIFY(!dialog.workOfflineButton()->isVisible());
        dialog.serverField()->setText(nowhere);
        dialog.usernameField()->setText(QStringLiteral("demo"));
        dialog.passwordField()->setText(QStringLiteral("demo"));
        dialog.organisationField()->setText(QStringLiteral("DEMO"));
        dialog.rememberBox()->setChecked(false);
        // Nothing was ever loaded from this account: nothing to work with offline.
        dialog.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QStringLiteral("No CRM.COM server answered")), 15000);
        // The local copy is looked for on a worker; its watcher goes once the answer is in.
        WAIT_VERIFY_WITH_TIMEOUT(dialog.findChildren<QFutureWatcherBase *>().isEmpty(), 15000);
        QVERIFY(!dialog.workOfflineButton()->isVisible());

        // With a local copy of this account, working offline is offered.
        {
            CrmConnection there;
            QVERIFY(there.client()->setServer(nowhere));
            OfflineCache cache;
            QVERIFY(cache.open(OfflineCache::defaultPath()));
            cache.setAccount(OfflineCache::accountKey(there.client()->baseUrl(), QStringLiteral("DEMO"),
                                                      QStringLiteral("demo"), {}));
            Category category;
            category.id = QStringLiteral("C1");
            category.name = QStringLiteral("Billing");
            QVERIFY(cache.saveCategories({category}));
        }
        dialog.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.workOfflineButton()->isVisible(), 15000);
        QVERIFY(dialog.errorText().contains(QStringLiteral("No CRM.COM server answered")));

        QTest::mouseClick(dialog.workOfflineButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.worksOffline());
        // The window that starts now signs in by itself once the server answers.
        QCOMPARE(connection.session()->credentials().username, QStringLiteral("demo"));
        QVERIFY(connection.session()->hasSecret());
        QVERIFY(!connection.session()->hasToken());
        // Not remembered: the secret goes once the server has taken it.
        connection.client()->setServer(m_sandbox->serverUrl().toString());
        Capture<Done> login;
        connection.session()->login(nullptr, login.handler());
        WAIT_VERIFY_WITH_TIMEOUT(login.done(), 15000);
        QVERIFY(login.ok());
        QVERIFY(!connection.session()->hasSecret());

        // A password refused by a server that answered is no reason to work offline.
        dialog.show();
        dialog.serverField()->setText(m_sandbox->serverUrl().toString());
        dialog.passwordField()->setText(QStringLiteral("wrong"));
        dialog.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
        QVERIFY(!dialog.workOfflineButton()->isVisible());
    }
};

QTEST_MAIN(TestOfflineStart)
#include "tst_offlinestart.moc"
