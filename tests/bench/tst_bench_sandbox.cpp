// The sandbox's speed targets: seeding 5,000 communications takes seconds, and a page of the
// communication list comes back quickly over loopback through the real client.
#include "Capture.h"
#include "CommunicationsApi.h"
#include "Sandbox.h"

#include <QTest>

using namespace commdesk;

class BenchSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedAndStart_data()
    {
        QTest::addColumn<int>("communications");
        QTest::newRow("1000") << 1000;
        QTest::newRow("5000") << 5000;
    }
    void seedAndStart()
    {
        QFETCH(int, communications);
        QBENCHMARK_ONCE
        {
            SandboxConfig config = SandboxConfig::forTests();
            config.communications = communications;
            Sandbox sandbox(config);
            QString error;
            QVERIFY2(sandbox.start(&error), qPrintable(error));
        }
    }

    void listPage_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("50") << 50;
        QTest::newRow("500") << 500;
    }
    void listPage()
    {
        QFETCH(int, pageSize);
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 5000;
        Sandbox sandbox(config);
        QVERIFY(sandbox.start());
        ApiClient client;
        client.setServer(sandbox.serverUrl().toString());
        Session session(&client);
        session.setCredentials({QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        CommunicationsApi api(&session);
        CommunicationsApi::ListFilter filter;
        filter.category = Identifier(QStringLiteral("code"), QStringLiteral("BILL"));
        filter.paging.numberOfResults = pageSize;
        QBENCHMARK
        {
            Capture<QList<Communication>> page;
            api.list(nullptr, filter, page.handler());
            QVERIFY(QTest::qWaitFor([&] { return page.done(); }, 10000));
            QVERIFY(page.ok());
        }
    }
};

QTEST_GUILESS_MAIN(BenchSandbox)
#include "tst_bench_sandbox.moc"
