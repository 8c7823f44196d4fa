// Through a real proxy with basic authentication (tinyproxy, which scripts/deps.sh installs): GETs
// and POSTs reach the sandbox with the credentials, a create is carried out exactly once, and a
// proxy that wants credentials it was not given is a network error that says so, with nothing
// created. commdesk-cli takes the same proxy with --proxy.
#include "Capture.h"
#include "CliExitCode.h"
#include "CliProcess.h"
#include "CommunicationsApi.h"
#include "ConfigurationApi.h"
#include "SandboxFixture.h"
#include "Wait.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

namespace {

const QString kProxyUser = QStringLiteral("desk");
const QString kProxyPassword = QStringLiteral("pr0xy-s3cret");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_proxy;
    quint16 m_port = 0;

    ProxySettings proxySettings(bool withCredentials) const
    {
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Http;
        proxy.host = QStringLiteral("127.0.0.1");
        proxy.port = m_port;
        if (withCredentials) {
            proxy.user = kProxyUser;
            proxy.password = kProxyPassword;
        }
        return proxy;
    }

    static CommunicationInput outgoing(Media media, const QString &subject, const QString &content)
    {
        CommunicationInput input;
        input.direction = Direction::Outgoing;
        input.media = media;
        input.subject = subject;
        input.content = content;
        return input;
    }

    static int countBySubject(SandboxFixture &f, const QString &subject)
    {
        const SandboxAnswer answer =
            f.get(QStringLiteral("communications/list"),
                  "contact_information_identifier=number=CI000001&number_of_results=1000&fields_set=subject");
        int count = 0;
        for (const QJsonValue &item : answer.array())
            count += item.toObject().value(QStringLiteral("subject")).toString() == subject ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString tinyproxy = QStandardPaths::findExecutable(
            QStringLiteral("tinyproxy"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
        if (tinyproxy.isEmpty())
            QSKIP("tinyproxy is not installed (scripts/deps.sh installs it on Debian): no real proxy to test with.");
        m_port = freePort();
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\n"
                                    "LogFile \"%2\"\nLogLevel Connect\nAllow 127.0.0.1\n"
                                    "BasicAuth %3 %4\nConnectPort 0\n")
                         .arg(m_port)
                         .arg(m_dir.filePath(QStringLiteral("tinyproxy.log")), kProxyUser, kProxyPassword)
                         .toUtf8());
        config.close();
        m_proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proxy.start(tinyproxy, {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
        QVERIFY2(m_proxy.waitForStarted(5000), qPrintable(m_proxy.errorString()));
        WAIT_VERIFY_WITH_TIMEOUT(
            [this] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                return socket.waitForConnected(200);
            }(),
            10000);
    }

    void cleanupTestCase()
    {
        if (m_proxy.state() != QProcess::NotRunning) {
            m_proxy.terminate();
            if (!m_proxy.waitForFinished(5000))
                m_proxy.kill();
        }
    }

    void getThroughTheProxy()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.client.setProxy(proxySettings(true));
        ConfigurationApi configuration(&f.session);
        Capture<QList<Category>> categories;
        configuration.categories(nullptr, categories.handler());
        QVERIFY(SandboxFixture::wait(categories));
        QVERIFY2(categories.ok(),
                 qPrintable(categories.ok() ? QString() : SandboxFixture::describe(categories.error())));
        QVERIFY(!categories.value().isEmpty());
    }

    // The POST goes with the proxy's credentials and is carried out once.
    void createThroughTheProxyIsSentOnce()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        f.client.setProxy(proxySettings(true));
        CommunicationsApi api(&f.session);
        const CommunicationInput input =
            outgoing(Media::FaceToFace, QStringLiteral("Through the proxy"), QStringLiteral("Met at the front desk."));
        Capture<Communication> created;
        api.create(nullptr, Identifier::byNumber(QStringLiteral("CI000001")), input, created.handler());
        QVERIFY(SandboxFixture::wait(created));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : SandboxFixture::describe(created.error())));
        QCOMPARE(created.value().media, std::optional<WireValue<Media>>(Media::FaceToFace));
        QCOMPARE(countBySubject(f, QStringLiteral("Through the proxy")), 1);
    }

    // Without credentials the proxy refuses: a network error in words that say what to do, and the
    // server never saw the create. With them, the same create then goes through once.
    void proxyWantsCredentials()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        CommunicationsApi api(&f.session);
        const QString token = f.token(); // signed in directly, so that only the create meets the proxy
        f.session.setToken(token);
        f.client.setProxy(proxySettings(false));
        QSignalSpy asked(&f.client, &ApiClient::proxyCredentialsRequired);

        const CommunicationInput input =
            outgoing(Media::Letter, QStringLiteral("Refused by the proxy"), QStringLiteral("Posted by hand."));
        Capture<Communication> refused;
        api.create(nullptr, Identifier::byNumber(QStringLiteral("CI000001")), input, refused.handler());
        QVERIFY(SandboxFixture::wait(refused));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), ApiError::Kind::Network);
        QVERIFY(refused.error().isProxyCredentialsRequired());
        QVERIFY(!refused.error().isOutcomeUnknown());
        QCOMPARE(refused.error().userText(),
                 QStringLiteral("The proxy server wants a user name and password. Enter them in the proxy settings."));
        QCOMPARE(exitCodeFor(refused.error()), CliExitCode::Unreachable);
        QCOMPARE(refused.calls(), 1);
        QVERIFY(asked.count() >= 1); // the app is told to ask the user for the proxy's credentials
        QCOMPARE(countBySubject(f, QStringLiteral("Refused by the proxy")), 0);

        f.client.setProxy(proxySettings(true));
        Capture<Communication> sent;
        api.create(nullptr, Identifier::byNumber(QStringLiteral("CI000001")), input, sent.handler());
        QVERIFY(SandboxFixture::wait(sent));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : SandboxFixture::describe(sent.error())));
        QCOMPARE(countBySubject(f, QStringLiteral("Refused by the proxy")), 1);
    }

    void cliProxyOption()
    {
        SandboxFixture f;
        QVERIFY(f.start());
        auto run = [&](const QString &proxy) {
            QProcessEnvironment environment = CliProcess::cleanEnvironment();
            environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QStringLiteral("demo"));
            const CliProcess::Run cli = CliProcess::run(QStringLiteral(COMMDESK_CLI_PATH),
                                                        {QStringLiteral("categories"), QStringLiteral("--server"),
                                                         f.sandbox.serverUrl().toString(), QStringLiteral("--username"),
                                                         QStringLiteral("demo"), QStringLiteral("--organisation"),
                                                         QStringLiteral("DEMO"), QStringLiteral("--proxy"), proxy},
                                                        {}, environment);
            return std::pair {cli.exitCode, QString::fromUtf8(cli.err)};
        };
        const auto [okCode, okErr] =
            run(QStringLiteral("http://%1:%2@127.0.0.1:%3").arg(kProxyUser, kProxyPassword).arg(m_port));
        QVERIFY2(okCode == 0, qPrintable(okErr));
        const auto [refusedCode, refusedErr] = run(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        QCOMPARE(refusedCode, int(CliExitCode::Unreachable));
        QVERIFY2(refusedErr.contains(QStringLiteral("proxy server wants a user name and password")),
                 qPrintable(refusedErr));
        const auto [badCode, badErr] = run(QStringLiteral("ftp://somewhere"));
        QCOMPARE(badCode, int(CliExitCode::Usage));
        QVERIFY2(badErr.contains(QStringLiteral("is no proxy")), qPrintable(badErr));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
