// `commdesk-sandbox --tls-cert C --tls-key K` checks its certificate pair before it listens: a key
// that does not belong to the certificate, a missing file and a file without PEM each stop the
// program with one sentence on stderr and a non-zero exit; a matching pair starts (in-process and
// as the program). RSA pairs come from tests/support/tls, EC pairs are made by openssl here.
#include "CliProcess.h"
#include "SandboxFixture.h"
#include "TlsPair.h"
#include "Wait.h"

#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifndef COMMDESK_SANDBOX_PATH
#error "COMMDESK_SANDBOX_PATH must name the commdesk-sandbox program (tests/integration/CMakeLists.txt)"
#endif

using namespace commdesk;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(COMMDESK_TLS_FIXTURES "/") + name;
}

CliProcess::Run runSandbox(const QString &certificate, const QString &key)
{
    return CliProcess::run(QStringLiteral(COMMDESK_SANDBOX_PATH),
                           {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                            QStringLiteral(":memory:"), QStringLiteral("--consumers"), QStringLiteral("off"),
                            QStringLiteral("--tls-cert"), certificate, QStringLiteral("--tls-key"), key},
                           {}, CliProcess::cleanEnvironment(), 30000);
}

// One line on stderr, the program's name and then the sentence.
QString onlyLine(const CliProcess::Run &run)
{
    const QString err = QString::fromUtf8(run.err).trimmed();
    return err.contains(QLatin1Char('\n')) ? QStringLiteral("more than one line: ") + err : err;
}

} // namespace

class TestSandboxTlsPair : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }

    // An EC (P-256) self-signed certificate and key made now, as `which`.pem and `which`.key.
    bool makeEcPair(const char *which) const
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return false;
        const QString name = QString::fromLatin1(which);
        const CliProcess::Run made = CliProcess::run(
            openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
             QStringLiteral("-keyout"), m_dir.filePath(name + QStringLiteral(".key")), QStringLiteral("-out"),
             m_dir.filePath(name + QStringLiteral(".pem"))});
        return made.exitCode == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend");
        QVERIFY(m_dir.isValid());
        QFile notPem(path("not-pem.txt"));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("this is not a certificate\n");
    }

    void matchingPairsLoad_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::newRow("RSA a") << fixture(QStringLiteral("server-a.pem")) << fixture(QStringLiteral("server-a.key"));
        QTest::newRow("RSA b") << fixture(QStringLiteral("server-b.pem")) << fixture(QStringLiteral("server-b.key"));
    }

    void matchingPairsLoad()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QSslConfiguration tls;
        QString error;
        QVERIFY2(TlsPair::load(certificate, key, &tls, &error), qPrintable(error));
        QVERIFY(!tls.privateKey().isNull());
        QCOMPARE(tls.localCertificateChain().size(), 1);
    }

    void ecPairsAreCheckedToo()
    {
        if (!makeEcPair("ec-1") || !makeEcPair("ec-2"))
            QSKIP("openssl cannot make EC test certificates here");
        QSslConfiguration tls;
        QString error;
        QVERIFY2(TlsPair::load(path("ec-1.pem"), path("ec-1.key"), &tls, &error), qPrintable(error));
        QVERIFY(!TlsPair::load(path("ec-1.pem"), path("ec-2.key"), &tls, &error));
        QVERIFY2(error.contains(QStringLiteral("does not belong to the certificate")), qPrintable(error));
        // An RSA key with an EC certificate is no pair either.
        QVERIFY(!TlsPair::load(path("ec-1.pem"), fixture(QStringLiteral("server-a.key")), &tls, &error));
        QVERIFY2(error.contains(QStringLiteral("does not belong to the certificate")), qPrintable(error));
    }

    // A pair that matches but that TLS will not serve (RSA 1024 under Debian's security level 2) is
    // refused with a sentence of its own, not called a mismatch.
    void aWeakPairIsNotCalledAMismatch()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("no openssl to make a weak test certificate");
        const CliProcess::Run made =
            CliProcess::run(openssl,
                            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                             QStringLiteral("rsa:1024"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                             QStringLiteral("-keyout"), path("weak.key"), QStringLiteral("-out"), path("weak.pem")});
        QCOMPARE(made.exitCode, 0);
        QSslConfiguration tls;
        QString error;
        if (TlsPair::load(path("weak.pem"), path("weak.key"), &tls, &error))
            QSKIP("this system's TLS serves RSA 1024");
        QVERIFY2(error.startsWith(QStringLiteral("TLS refuses to serve the certificate")), qPrintable(error));
    }

    void matchingPairServesHttps()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.tlsCertificatePath = fixture(QStringLiteral("server-b.pem"));
        config.tlsKeyPath = fixture(QStringLiteral("server-b.key"));
        SandboxFixture f(config);
        QVERIFY(f.start());
        QCOMPARE(f.sandbox.serverUrl().scheme(), QStringLiteral("https"));
        // The check's own loopback connection left nothing behind: the sandbox still answers.
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), f.sandbox.port());
        WAIT_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
        QCOMPARE(socket.peerCertificate(), QSslCertificate::fromPath(config.tlsCertificatePath).value(0));
    }

    void theProgramStartsWithAMatchingPair()
    {
        QProcess sandbox;
        sandbox.setProcessEnvironment(CliProcess::cleanEnvironment());
        sandbox.start(QStringLiteral(COMMDESK_SANDBOX_PATH),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                       QStringLiteral(":memory:"), QStringLiteral("--communications"), QStringLiteral("5"),
                       QStringLiteral("--consumers"), QStringLiteral("off"), QStringLiteral("--tls-cert"),
                       fixture(QStringLiteral("server-a.pem")), QStringLiteral("--tls-key"),
                       fixture(QStringLiteral("server-a.key"))});
        QVERIFY(sandbox.waitForStarted());
        QByteArray out;
        WAIT_VERIFY_WITH_TIMEOUT((out += sandbox.readAllStandardOutput(), out.contains("listening on https://")),
                                 30000);
        QCOMPARE(sandbox.state(), QProcess::Running);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
    }

    void theProgramRefuses_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("sentence");
        const QString certificateA = fixture(QStringLiteral("server-a.pem"));
        const QString keyA = fixture(QStringLiteral("server-a.key"));
        const QString keyB = fixture(QStringLiteral("server-b.key"));
        QTest::newRow("another certificate's key")
            << certificateA << keyB
            << QStringLiteral("commdesk-sandbox: the TLS key %1 does not belong to the certificate %2")
                   .arg(keyB, certificateA);
        QTest::newRow("missing certificate")
            << path("missing.pem") << keyA
            << QStringLiteral("commdesk-sandbox: cannot read the TLS certificate file %1: ").arg(path("missing.pem"));
        QTest::newRow("missing key")
            << certificateA << path("missing.key")
            << QStringLiteral("commdesk-sandbox: cannot read the TLS key file %1: ").arg(path("missing.key"));
        QTest::newRow("certificate not PEM")
            << path("not-pem.txt") << keyA
            << QStringLiteral("commdesk-sandbox: the TLS certificate file %1 holds no PEM certificate")
                   .arg(path("not-pem.txt"));
        QTest::newRow("key not PEM") << certificateA << path("not-pem.txt")
                                     << QStringLiteral("commdesk-sandbox: the TLS key file %1 holds no unencrypted "
                                                       "PEM RSA or EC private key")
                                            .arg(path("not-pem.txt"));
        QTest::newRow("key and certificate swapped")
            << keyA << certificateA
            << QStringLiteral("commdesk-sandbox: the TLS certificate file %1 holds no PEM certificate").arg(keyA);
    }

    void theProgramRefuses()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, sentence);
        const CliProcess::Run run = runSandbox(certificate, key);
        QVERIFY2(run.exitCode > 0, qPrintable(QStringLiteral("exit %1").arg(run.exitCode)));
        QVERIFY2(onlyLine(run).startsWith(sentence), qPrintable(onlyLine(run)));
        QVERIFY(!run.out.contains("listening"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxTlsPair)
#include "tst_sandboxtlspair.moc"
