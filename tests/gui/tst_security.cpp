// Sign-in, sessions and security on real widgets against the in-process sandbox: the re-sign-in
// over the window keeps an open compose and retries what failed; after a session of use no secret
// is in the settings file or the diagnostic log; a system without a keychain says why nothing is
// remembered; plain http to a remote server warns; an untrusted certificate is shown and pinned.
#include "AccountMenu.h"
#include "CertificateDialog.h"
#include "CommunicationListModel.h"
#include "ComposeDialog.h"
#include "CrmConnection.h"
#include "DiagnosticLogDialog.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "Sandbox.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "TlsPolicy.h"
#include "Wait.h"
#include "WorkspaceTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

namespace {

const QString kUser = QStringLiteral("auditor");
const QString kPassword = QStringLiteral("Pw-a7c3e9d1-audit");
const QString kApiKey = QStringLiteral("key-5d1a88b0-audit");

// A keychain that is there for reading but refuses to keep anything.
struct RefusingBackend : MemorySecretBackend
{
    void write(const QString &, const QString &, Done done) override
    {
        done({SecretOutcome::Status::Unavailable, {}, QStringLiteral("the keychain is locked away")});
    }
};

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

    QString serverUrl() const { return m_sandbox->serverUrl().toString(); }

    static void fillPassword(SignInDialog &dialog, const QString &server, const QString &profile)
    {
        dialog.profileField()->setCurrentText(profile);
        dialog.serverField()->setText(server);
        dialog.useApiKeyBox()->setChecked(false);
        dialog.usernameField()->setText(kUser);
        dialog.passwordField()->setText(kPassword);
        dialog.organisationField()->setText(QStringLiteral("DEMO"));
    }

    // Ends the session on the server, as an expiry or an administrator would.
    void releaseOnTheWire(const QString &token)
    {
        QNetworkAccessManager network;
        QUrl url = m_sandbox->apiBaseUrl();
        url.setPath(url.path() + QStringLiteral("authentication/token/release"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply =
            network.post(request, QJsonDocument(QJsonObject {{QStringLiteral("token"), token}}).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(reply->readAll().contains("\"OK\""));
        reply->deleteLater();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<Sandbox>(SandboxConfig::forTests());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        // An account whose secrets are distinctive, so that a search for them means something.
        QSqlQuery insert(QSqlDatabase::database(m_sandbox->databaseConnectionName()));
        QVERIFY(insert.prepare(QStringLiteral(
            "INSERT INTO users (id, username, password, organisation, api_key) VALUES (?, ?, ?, ?, ?)")));
        insert.addBindValue(QStringLiteral("AUD17000000000000000000000000001"));
        insert.addBindValue(kUser);
        insert.addBindValue(kPassword);
        insert.addBindValue(QStringLiteral("DEMO"));
        insert.addBindValue(kApiKey);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_settings->setValue(setting::listPageSize, 10);
    }

    void reSignInKeepsAnOpenComposeAndRetries()
    {
        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        SignInDialog signIn(&connection, m_settings.get(), &secrets);
        fillPassword(signIn, serverUrl(), QStringLiteral("Audit"));
        signIn.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(signIn.result() == QDialog::Accepted, 10000);
        QVERIFY(!connection.session()->hasSecret()); // not remembered: kept nowhere, not even in memory

        const auto windowOwner = makeMainWindow(&connection, m_settings.get());
        MainWindow &window = *windowOwner;
        auto *account = window.findChild<AccountMenu *>();
        QVERIFY(account);
        account->setSecretStore(&secrets);
        window.resize(1100, 700);
        window.show();
        window.start();
        WAIT_VERIFY_WITH_TIMEOUT(window.listModel()->rowCount() > 0 && !window.listModel()->isLoading(), 10000);

        QPointer<ComposeDialog> compose;
        connect(&window, &MainWindow::composeOpened, this,
                [&compose](QWidget *opened) { compose = qobject_cast<ComposeDialog *>(opened); });
        window.action(QStringLiteral("newCommunication"))->trigger();
        WAIT_VERIFY(compose);
        auto *subject = compose->findChild<QLineEdit *>(QStringLiteral("subject"));
        auto *content = compose->findChild<QPlainTextEdit *>(QStringLiteral("content"));
        QTest::keyClicks(subject, QStringLiteral("Half-written reply"));
        content->setPlainText(QStringLiteral("Dear customer, about your invoice"));

        // The server ends the session; the next call is refused and there is no secret at hand.
        const QString oldToken = connection.session()->token();
        releaseOnTheWire(oldToken);
        QSignalSpy reset(window.listModel(), &QAbstractItemModel::modelReset);
        window.action(QStringLiteral("refresh"))->trigger();

        WAIT_VERIFY_WITH_TIMEOUT(account->signInDialog() && account->signInDialog()->isVisible(), 10000);
        SignInDialog *again = account->signInDialog();
        QVERIFY(again->isSessionExpired());
        QCOMPARE(again->parentWidget(), &window); // over the window
        QVERIFY(again->isModal());
        QCOMPARE(again->usernameField()->text(), kUser);
        QVERIFY(!again->serverField()->isEnabled());
        QVERIFY(compose && compose->isVisible()); // the compose stays open, as it was
        QCOMPARE(subject->text(), QStringLiteral("Half-written reply"));
        QVERIFY(connection.session()->waitingForSignIn() >= 1);

        again->passwordField()->setText(kPassword);
        again->signIn();
        WAIT_VERIFY_WITH_TIMEOUT(!account->signInDialog(), 10000);
        QVERIFY(connection.session()->token() != oldToken);
        // The refused list call went out again and the list is there.
        WAIT_VERIFY_WITH_TIMEOUT(window.listModel()->rowCount() > 0 && !window.listModel()->isLoading(), 10000);
        QCOMPARE(connection.session()->waitingForSignIn(), 0);
        QVERIFY(compose && compose->isVisible());
        QCOMPARE(subject->text(), QStringLiteral("Half-written reply"));
        QCOMPARE(content->toPlainText(), QStringLiteral("Dear customer, about your invoice"));
        const QString log = connection.client()->diagnosticLog()->text();
        QVERIFY2(log.contains(QStringLiteral("INVALID_TOKEN")), qPrintable(log));
        QVERIFY(log.lastIndexOf(QStringLiteral("communications/list"))
                > log.lastIndexOf(QStringLiteral("INVALID_TOKEN")));
        compose->close();
    }

    void noSecretInSettingsOrLogAfterASessionOfUse()
    {
        CrmConnection connection;
        auto backend = std::make_unique<MemorySecretBackend>();
        MemorySecretBackend *keychain = backend.get();
        SecretStore secrets(std::move(backend));
        QStringList tokens;
        connect(connection.session(), &Session::tokenChanged, this, [&] {
            if (connection.session()->hasToken())
                tokens.append(connection.session()->token());
        });

        // Sign in with a password, remembered in the keychain.
        {
            SignInDialog dialog(&connection, m_settings.get(), &secrets);
            fillPassword(dialog, serverUrl(), QStringLiteral("Audit"));
            dialog.rememberBox()->setChecked(true);
            dialog.signIn();
            WAIT_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 10000);
        }
        QVERIFY(connection.session()->hasSecret());
        QCOMPARE(keychain->entries().size(), 1);
        QCOMPARE(keychain->entries().begin().value(), kPassword);

        const auto windowOwner = makeMainWindow(&connection, m_settings.get());
        MainWindow &window = *windowOwner;
        auto *account = window.findChild<AccountMenu *>();
        account->setSecretStore(&secrets);
        window.show();
        window.start();
        WAIT_VERIFY_WITH_TIMEOUT(window.listModel()->rowCount() > 0 && !window.listModel()->isLoading(), 10000);
        window.action(QStringLiteral("refresh"))->trigger();
        WAIT_VERIFY_WITH_TIMEOUT(window.listModel()->rowCount() > 0 && !window.listModel()->isLoading(), 10000);

        // Switch to the web API key, not remembered.
        window.findChild<QAction *>(QStringLiteral("switchProfile"))->trigger();
        WAIT_VERIFY(account->signInDialog() && account->signInDialog()->isVisible());
        SignInDialog *dialog = account->signInDialog();
        QCOMPARE(dialog->profileField()->currentText(), QStringLiteral("Audit"));
        WAIT_COMPARE(dialog->passwordField()->text(), kPassword); // from the keychain
        dialog->profileField()->setCurrentText(QStringLiteral("Audit key"));
        dialog->useApiKeyBox()->setChecked(true);
        dialog->apiKeyField()->setText(kApiKey);
        dialog->rememberBox()->setChecked(false);
        dialog->signIn();
        WAIT_VERIFY_WITH_TIMEOUT(!account->signInDialog(), 10000);
        WAIT_VERIFY_WITH_TIMEOUT(window.listModel()->rowCount() > 0 && !window.listModel()->isLoading(), 10000);
        QVERIFY(!connection.session()->hasSecret());
        QCOMPARE(keychain->entries().size(), 1); // the key was not kept

        window.findChild<QAction *>(QStringLiteral("diagnosticLog"))->trigger();
        WAIT_VERIFY(account->diagnosticLogDialog() && account->diagnosticLogDialog()->isVisible());
        const QString shown = account->diagnosticLogDialog()->text();
        const QString log = connection.client()->diagnosticLog()->text();
        QVERIFY(log.contains(QStringLiteral("authentication/web_api_key/token")));
        QVERIFY(log.contains(QStringLiteral("communications/list")));
        QVERIFY(shown.contains(QStringLiteral("authentication/token")));
        QVERIFY(tokens.size() >= 2);

        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString stored = QString::fromUtf8(file.readAll());
        QVERIFY(stored.contains(QStringLiteral("Audit key")));
        QStringList secretsToFind {kPassword, kApiKey,
                                   QString::fromLatin1(QByteArray(kApiKey.toUtf8() + ':').toBase64())};
        secretsToFind += tokens;
        for (const QString &secret : std::as_const(secretsToFind)) {
            QVERIFY2(!stored.contains(secret), qPrintable(QStringLiteral("settings file holds ") + secret));
            QVERIFY2(!log.contains(secret), qPrintable(QStringLiteral("diagnostic log holds ") + secret));
            QVERIFY2(!shown.contains(secret), qPrintable(QStringLiteral("log dialog holds ") + secret));
        }
        account->diagnosticLogDialog()->close();
    }

    void withoutAKeychainNothingIsRememberedAndTheDialogSaysWhy()
    {
        CrmConnection connection;
        SecretStore none(std::make_unique<UnavailableSecretBackend>(QStringLiteral("no Secret Service on the bus")));
        SignInDialog dialog(&connection, m_settings.get(), &none);
        dialog.show();
        WAIT_VERIFY(!dialog.rememberBox()->isEnabled());
        QVERIFY(!dialog.rememberBox()->isChecked());
        QVERIFY2(dialog.rememberNotice().contains(QStringLiteral("no Secret Service on the bus")),
                 qPrintable(dialog.rememberNotice()));
        fillPassword(dialog, serverUrl(), QStringLiteral("No keychain"));
        dialog.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 10000);
        QVERIFY(!connection.session()->hasSecret());
        const auto profile = ProfileStore(m_settings.get()).find(QStringLiteral("No keychain"));
        QVERIFY(profile.has_value());
        QVERIFY(!profile->rememberSecret);

        // A keychain that refuses at the moment of keeping: signed in, told why, then continue.
        CrmConnection second;
        SecretStore refusing(std::make_unique<RefusingBackend>());
        SignInDialog remembering(&second, m_settings.get(), &refusing);
        remembering.show();
        fillPassword(remembering, serverUrl(), QStringLiteral("Refused"));
        remembering.rememberBox()->setChecked(true);
        remembering.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(remembering.rememberNotice().contains(QStringLiteral("Not remembered")), 10000);
        QVERIFY(remembering.rememberNotice().contains(QStringLiteral("locked away")));
        QVERIFY(remembering.isVisible()); // the user reads it first
        QVERIFY(second.session()->hasToken());
        QVERIFY(!second.session()->hasSecret());
        QVERIFY(!ProfileStore(m_settings.get()).find(QStringLiteral("Refused"))->rememberSecret);
        remembering.signIn(); // Continue
        QCOMPARE(remembering.result(), int(QDialog::Accepted));
    }

    void plainHttpToARemoteServerWarns()
    {
        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        SignInDialog dialog(&connection, m_settings.get(), &secrets);
        dialog.serverField()->setText(QStringLiteral("http://crm.example.com"));
        QVERIFY(dialog.securityWarning().contains(QStringLiteral("unencrypted")));
        dialog.serverField()->setText(QStringLiteral("https://crm.example.com"));
        QVERIFY(dialog.securityWarning().isEmpty());
        dialog.serverField()->setText(QStringLiteral("http://127.0.0.1:8580"));
        QVERIFY(dialog.securityWarning().isEmpty());
        dialog.serverField()->setText(QStringLiteral("http://localhost:8580"));
        QVERIFY(dialog.securityWarning().isEmpty());
    }

    void untrustedCertificateIsShownAndPinned()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.tlsCertificatePath = QStringLiteral(COMMDESK_TLS_FIXTURES "/server-a.pem");
        config.tlsKeyPath = QStringLiteral(COMMDESK_TLS_FIXTURES "/server-a.key");
        Sandbox https(config);
        QString error;
        QVERIFY2(https.start(&error), qPrintable(error));

        CrmConnection connection;
        SecretStore secrets(std::make_unique<MemorySecretBackend>());
        SignInDialog dialog(&connection, m_settings.get(), &secrets);
        dialog.show();
        dialog.profileField()->setCurrentText(QStringLiteral("Secure"));
        dialog.serverField()->setText(https.serverUrl().toString());
        dialog.usernameField()->setText(QStringLiteral("demo"));
        dialog.passwordField()->setText(QStringLiteral("demo"));
        dialog.organisationField()->setText(QStringLiteral("DEMO"));
        dialog.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.findChild<CertificateDialog *>(), 10000);
        CertificateDialog *certificate = dialog.findChild<CertificateDialog *>();
        WAIT_VERIFY(certificate->isVisible());
        const QString details = certificate->detailsText();
        QVERIFY2(details.contains(certificate->fingerprint()) && details.contains(QStringLiteral("self-signed"))
                     && details.contains(QStringLiteral("CommDesk test server a")) && details.contains(u"2126"),
                 qPrintable(details));
        QVERIFY(!connection.session()->hasToken());
        const QString fingerprint = certificate->fingerprint();
        certificate->trustButton()->click();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 10000);
        QVERIFY(connection.session()->hasToken());
        const auto profile = ProfileStore(m_settings.get()).find(QStringLiteral("Secure"));
        QVERIFY(profile.has_value());
        QCOMPARE(profile->pinnedCertificates, QStringList {fingerprint});
        QCOMPARE(connection.client()->tlsPolicy().pinnedFingerprints(), QStringList {fingerprint});
    }
};

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"
