// HTTPS for real: the sandbox serves TLS with a self-signed certificate; the client refuses it and
// reports the certificate, accepts it once pinned by fingerprint, refuses again when the server's
// certificate changes, and accepts a certificate its custom CA bundle vouches for.
#include "SandboxFixture.h"
#include "TlsPolicy.h"

#include <QFile>
#include <QSslSocket>

using namespace commdesk;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(COMMDESK_TLS_FIXTURES "/") + QLatin1StringView(name);
}

SandboxConfig httpsConfig(const char *which, quint16 port = 0)
{
    SandboxConfig config = SandboxConfig::forTests();
    config.tlsCertificatePath = fixture(which) + QStringLiteral(".pem");
    config.tlsKeyPath = fixture(which) + QStringLiteral(".key");
    config.port = port;
    return config;
}

QString fingerprintOf(const char *which)
{
    QFile file(fixture(which) + QStringLiteral(".pem"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return TlsPolicy::fingerprint(QSslCertificate(file.readAll(), QSsl::Pem));
}

} // namespace

class TestSandboxTls : public QObject
{
    Q_OBJECT

private:
    static Capture<Done> login(Session &session)
    {
        Capture<Done> capture;
        session.login(nullptr, capture.handler());
        SandboxFixture::wait(capture);
        return capture;
    }

    static QString why(const Capture<Done> &capture)
    {
        if (!capture.done())
            return QStringLiteral("no answer");
        return capture.ok() ? QString() : capture.error().userText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("this Qt has no TLS backend");
    }

    void serverUrlIsHttps()
    {
        SandboxFixture f(httpsConfig("server-a"));
        QVERIFY(f.start());
        QCOMPARE(f.sandbox.serverUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(f.sandbox.apiBaseUrl().scheme(), QStringLiteral("https"));
    }

    void selfSignedRefusedThenPinnedThenRefusedWhenChanged()
    {
        auto first = std::make_unique<SandboxFixture>(httpsConfig("server-a"));
        QVERIFY(first->start());
        const quint16 port = first->sandbox.port();
        ApiClient client;
        client.setServer(first->sandbox.serverUrl().toString());
        Session session(&client);
        session.setCredentials({QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});

        // Refused, with the certificate and the reason for the user to judge.
        Capture<Done> refused = login(session);
        QVERIFY(refused.done() && !refused.ok());
        const ApiError error = refused.error();
        QCOMPARE(error.kind(), ApiError::Kind::Tls);
        QVERIFY(error.isUntrustedCertificate());
        QCOMPARE(TlsPolicy::fingerprint(error.certificate()), fingerprintOf("server-a"));
        QCOMPARE(error.certificate().subjectInfo(QSslCertificate::Organization).value(0),
                 QStringLiteral("CommDesk test server a"));
        QVERIFY2(error.certificateProblems().join(u' ').contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(error.certificateProblems().join(u' ')));
        QCOMPARE(error.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(!session.hasToken());
        QVERIFY(client.diagnosticLog()->text().contains(fingerprintOf("server-a")));

        // Pinned by fingerprint: accepted, and calls work.
        client.tlsPolicy().setPinnedFingerprints({fingerprintOf("server-a")});
        Capture<Done> pinned = login(session);
        QVERIFY2(pinned.ok(), qPrintable(why(pinned)));
        Capture<QJsonValue> categories;
        session.get(nullptr, QStringLiteral("communications/configuration/categories/list"), Query(),
                    categories.handler());
        QVERIFY(SandboxFixture::wait(categories));
        QVERIFY(categories.ok());

        // The same server now shows another certificate: asked again, not silently accepted.
        first.reset();
        SandboxFixture second(httpsConfig("server-b", port));
        QVERIFY(second.start());
        QCOMPARE(second.sandbox.port(), port);
        client.network()->clearConnectionCache();
        session.setToken({});
        Capture<Done> changed = login(session);
        QVERIFY(changed.done() && !changed.ok());
        QVERIFY(changed.error().isUntrustedCertificate());
        QCOMPARE(TlsPolicy::fingerprint(changed.error().certificate()), fingerprintOf("server-b"));
        QVERIFY(fingerprintOf("server-a") != fingerprintOf("server-b"));
    }

    void customCaBundleIsTrusted()
    {
        SandboxFixture f(httpsConfig("server-b"));
        QVERIFY(f.start());
        ApiClient client;
        client.setServer(f.sandbox.serverUrl().toString());
        QString problem;
        QVERIFY(!client.tlsPolicy().setCaBundle(fixture("missing.pem"), &problem));
        QVERIFY(problem.contains(QStringLiteral("missing.pem")));
        // Certificate b is its own CA: a bundle holding it vouches for the server, no pin needed.
        QVERIFY2(client.tlsPolicy().setCaBundle(fixture("server-b.pem"), &problem), qPrintable(problem));
        QVERIFY(client.tlsPolicy().pinnedFingerprints().isEmpty());
        Session session(&client);
        session.setCredentials({QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        Capture<Done> accepted = login(session);
        QVERIFY2(accepted.ok(), qPrintable(why(accepted)));

        // A bundle for another CA does not vouch for it.
        ApiClient other;
        other.setServer(f.sandbox.serverUrl().toString());
        QVERIFY(other.tlsPolicy().setCaBundle(fixture("server-a.pem")));
        Session otherSession(&other);
        otherSession.setCredentials(session.credentials());
        Capture<Done> refused = login(otherSession);
        QVERIFY(refused.done() && !refused.ok());
        QVERIFY(refused.error().isUntrustedCertificate());
    }

    void plainHttpClientCannotTalkToTheHttpsSandbox()
    {
        SandboxFixture f(httpsConfig("server-a"));
        QVERIFY(f.start());
        QUrl plain = f.sandbox.serverUrl();
        plain.setScheme(QStringLiteral("http"));
        ApiClient client;
        client.setServer(plain.toString());
        Session session(&client);
        session.setCredentials({QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        Capture<Done> result = login(session);
        QVERIFY(result.done() && !result.ok());
    }
};

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandboxtls.moc"
