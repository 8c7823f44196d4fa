// Proxies: the settings become the QNetworkAccessManager's proxy, calls really travel through a
// manual HTTP proxy, and a proxy that wants credentials is reported so the user can be asked.
#include "ApiClient.h"
#include "Capture.h"
#include "ScriptedPeer.h"
#include "Wait.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace commdesk;

class TestProxySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsBecomeTheManagersProxy()
    {
        ApiClient client;
        QCOMPARE(client.network()->proxy().type(), QNetworkProxy::DefaultProxy); // the system's, by default
        ProxySettings manual;
        manual.mode = ProxySettings::Mode::Socks5;
        manual.host = QStringLiteral("proxy.example.com");
        manual.port = 1080;
        manual.user = QStringLiteral("eleni");
        manual.password = QStringLiteral("pw");
        client.setProxy(manual);
        const QNetworkProxy proxy = client.network()->proxy();
        QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(proxy.port(), quint16(1080));
        QCOMPARE(proxy.user(), QStringLiteral("eleni"));
        QCOMPARE(proxy.password(), QStringLiteral("pw"));
        manual.mode = ProxySettings::Mode::None;
        client.setProxy(manual);
        QCOMPARE(client.network()->proxy().type(), QNetworkProxy::NoProxy);
        QCOMPARE(ProxySettings::modeFromName(QStringLiteral("HTTP")), ProxySettings::Mode::Http);
        QCOMPARE(ProxySettings::modeFromName(QStringLiteral("anything")), ProxySettings::Mode::System);
        QCOMPARE(ProxySettings::modeName(ProxySettings::Mode::Socks5), QStringLiteral("socks5"));
    }

    void callsGoThroughAnHttpProxyThatAsksForCredentials()
    {
        ScriptedPeer proxyPeer; // plays the proxy: plain-http requests arrive with an absolute URL
        proxyPeer.setResponder([](const ScriptedPeer::Request &request) {
            ScriptedPeer::Answer answer;
            if (!request.headers.contains("proxy-authorization")) {
                answer.status = 407;
                answer.headers = {{"Proxy-Authenticate", "Basic realm=\"corp\""}};
                answer.body = "proxy authentication required";
                return answer;
            }
            answer.body = ScriptedPeer::envelope("OK", "[]");
            return answer;
        });
        ApiClient client;
        client.setServer(QStringLiteral("http://crm.invalid"));
        ProxySettings proxy;
        proxy.mode = ProxySettings::Mode::Http;
        proxy.host = QStringLiteral("127.0.0.1");
        proxy.port = QUrl(proxyPeer.url()).port();
        client.setProxy(proxy);
        QSignalSpy asked(&client, &ApiClient::proxyCredentialsRequired);

        Capture<QJsonValue> refused;
        client.get(nullptr, QStringLiteral("communications/list"), Query(), refused.handler());
        WAIT_VERIFY_WITH_TIMEOUT(refused.done(), 10000);
        QVERIFY(!refused.ok());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(proxyPeer.requests().first().target.startsWith("http://crm.invalid/crmapi/rest/v2/"));

        proxy.user = QStringLiteral("eleni");
        proxy.password = QStringLiteral("corp-pw");
        client.setProxy(proxy);
        Capture<QJsonValue> accepted;
        client.get(nullptr, QStringLiteral("communications/list"), Query(), accepted.handler());
        WAIT_VERIFY_WITH_TIMEOUT(accepted.done(), 10000);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().detail()));
        QCOMPARE(proxyPeer.requests().last().headers.value("proxy-authorization"),
                 "Basic " + QByteArray("eleni:corp-pw").toBase64());
        QVERIFY(!client.diagnosticLog()->text().contains(QStringLiteral("corp-pw")));
    }
};

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"
