// Server profiles and their secrets: profiles round-trip through the settings file without a
// secret in it, secrets go to the keychain backend only, and a system without a keychain says so.
#include "ProfileStore.h"
#include "SecretStore.h"
#include "Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

namespace {

const QString kPassword = QStringLiteral("Pw-4e1f0c77-never-on-disk");
const QString kApiKey = QStringLiteral("key-93ab1d55-never-on-disk");

ServerProfile sample(const QString &name)
{
    ServerProfile p;
    p.name = name;
    p.serverUrl = QStringLiteral("https://crm.example.com");
    p.organisation = QStringLiteral("ACME");
    p.unit = QStringLiteral("Head Office");
    p.username = QStringLiteral("eleni");
    p.rememberSecret = true;
    p.pinnedCertificates = {QStringLiteral("ab:cd:ef")};
    p.caBundlePath = QStringLiteral("/etc/acme/ca.pem");
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static SecretOutcome run(SecretStore &store, const std::function<void(SecretStore::Done)> &operation)
    {
        std::optional<SecretOutcome> outcome;
        operation([&](const SecretOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return {SecretOutcome::Status::Failed, {}, QStringLiteral("no answer")};
        Q_UNUSED(store);
        return *outcome;
    }

private Q_SLOTS:
    void profilesRoundTripWithoutSecrets()
    {
        const QString file = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        MemorySecretBackend *backend = nullptr;
        {
            Settings settings(file);
            ProfileStore profiles(&settings);
            ServerProfile office = sample(QStringLiteral("Office"));
            ServerProfile key = sample(QStringLiteral("Monitoring"));
            key.useApiKey = true;
            key.username.clear();
            profiles.save(office);
            profiles.save(key);
            office.unit = QStringLiteral("Limassol Branch");
            profiles.save(office); // replaces, keeps the order
            profiles.setLastUsed(QStringLiteral("Monitoring"));

            auto owned = std::make_unique<MemorySecretBackend>();
            backend = owned.get();
            SecretStore secrets(std::move(owned));
            QVERIFY(run(secrets, [&](auto done) { secrets.write(nullptr, office.secretKey(), kPassword, done); }).ok());
            QVERIFY(run(secrets, [&](auto done) { secrets.write(nullptr, key.secretKey(), kApiKey, done); }).ok());
            QCOMPARE(backend->entries().value(office.secretKey()), kPassword);
            QCOMPARE(backend->entries().value(key.secretKey()), kApiKey);
            QVERIFY(office.secretKey() != key.secretKey());
            settings.sync();
        }
        Settings settings(file);
        ProfileStore profiles(&settings);
        const QList<ServerProfile> all = profiles.profiles();
        QCOMPARE(all.size(), 2);
        ServerProfile expected = sample(QStringLiteral("Office"));
        expected.unit = QStringLiteral("Limassol Branch");
        QCOMPARE(all.at(0), expected);
        QCOMPARE(all.at(1).name, QStringLiteral("Monitoring"));
        QVERIFY(all.at(1).useApiKey);
        QCOMPARE(profiles.lastUsed(), QStringLiteral("Monitoring"));
        QVERIFY(profiles.find(QStringLiteral("Office")).has_value());
        QVERIFY(!profiles.find(QStringLiteral("Nope")).has_value());
        profiles.remove(QStringLiteral("Office"));
        QCOMPARE(profiles.profiles().size(), 1);
        settings.sync();

        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray text = stored.readAll();
        QVERIFY(text.contains("Monitoring"));
        QVERIFY(!text.contains(kPassword.toUtf8()));
        QVERIFY(!text.contains(kApiKey.toUtf8()));
        QVERIFY(!text.toLower().contains("password"));
    }

    void unavailableKeychainSaysWhy()
    {
        SecretStore secrets(std::make_unique<UnavailableSecretBackend>(QStringLiteral("no Secret Service")));
        QVERIFY(!secrets.isKnownUnavailable());
        const SecretOutcome write =
            run(secrets, [&](auto done) { secrets.write(nullptr, QStringLiteral("k"), kPassword, done); });
        QCOMPARE(write.status, SecretOutcome::Status::Unavailable);
        QVERIFY(secrets.isKnownUnavailable());
        QCOMPARE(secrets.unavailableReason(), QStringLiteral("no Secret Service"));
        const QString text = SecretStore::notRememberedText(write);
        QVERIFY2(text.contains(QStringLiteral("no keychain")) && text.contains(QStringLiteral("no Secret Service")),
                 qPrintable(text));
        const SecretOutcome read = run(secrets, [&](auto done) { secrets.read(nullptr, QStringLiteral("k"), done); });
        QCOMPARE(read.status, SecretOutcome::Status::Unavailable);
        QVERIFY(read.secret.isEmpty());
    }

    void handlerDoesNotRunAfterItsOwnerDied()
    {
        auto *owner = new QObject;
        bool ran = false;
        // The memory backend answers at once, so delete the owner inside a backend that defers.
        struct Deferred : MemorySecretBackend
        {
            QObject *toDelete = nullptr;
            void read(const QString &key, Done done) override
            {
                delete toDelete;
                MemorySecretBackend::read(key, std::move(done));
            }
        };
        auto deferred = std::make_unique<Deferred>();
        deferred->toDelete = owner;
        SecretStore guarded(std::move(deferred));
        guarded.read(owner, QStringLiteral("k"), [&](const SecretOutcome &) { ran = true; });
        QVERIFY(!ran);
    }

    // On this system, the real OS keychain either works or reports itself unavailable, and never
    // falls back to a plain file.
    void osKeychainNeverFallsBackToAFile()
    {
        SecretStore secrets;
        const QString key = QStringLiteral("commdesk-test|%1").arg(QCoreApplication::applicationPid());
        const SecretOutcome write = run(secrets, [&](auto done) { secrets.write(nullptr, key, kPassword, done); });
        if (write.ok()) {
            const SecretOutcome read = run(secrets, [&](auto done) { secrets.read(nullptr, key, done); });
            QCOMPARE(read.secret, kPassword);
            QVERIFY(run(secrets, [&](auto done) { secrets.remove(nullptr, key, done); }).ok());
            return;
        }
        QVERIFY2(write.status == SecretOutcome::Status::Unavailable || write.status == SecretOutcome::Status::Failed,
                 qPrintable(write.reason));
        QVERIFY(!write.reason.isEmpty());
        // QtKeychain's insecure fallback would have written an ini file next to the settings.
        const QSettings fallback(QCoreApplication::organizationName(), QCoreApplication::applicationName());
        QFile file(fallback.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(kPassword.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
