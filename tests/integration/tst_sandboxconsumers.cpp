// The sandbox's simulated queue consumers (docs/api-contract.md "The communication queue": external systems poll the
// queue, deliver, then complete or reject each entry), and the sandbox on a thread of its own.
#include "ConfigurationApi.h"
#include "DemoTraffic.h"
#include "QueueApi.h"
#include "QueueConsumer.h"
#include "SandboxFixture.h"
#include "SandboxThread.h"
#include "Wait.h"

#include <QSet>

using namespace commdesk;
using namespace SandboxFormats;

class TestSandboxConsumers : public QObject
{
    Q_OBJECT

private:
    static QString createOutgoing(SandboxFixture &f, const QByteArray &members)
    {
        QJsonObject request = QJsonDocument::fromJson("{" + members + "}").object();
        request.insert(QStringLiteral("contact_information_identifier"),
                       QJsonObject {{QStringLiteral("number"), QStringLiteral("CI000002")}});
        request.insert(QStringLiteral("direction"), QStringLiteral("OUTGOING"));
        request.insert(QStringLiteral("subject"), QStringLiteral("Consumer test"));
        if (!request.contains(QStringLiteral("content")))
            request.insert(QStringLiteral("content"), QStringLiteral("Short message"));
        const SandboxAnswer created = f.post(QStringLiteral("communications/create"), request);
        return created.object().value(QStringLiteral("number")).toString();
    }

    // The state of the queue entry of a communication, looked up through a source.
    static QJsonObject entryOf(SandboxFixture &f, const QString &communication, const QByteArray &source)
    {
        const QJsonArray entries =
            f.get(QStringLiteral("communications/queue/list"),
                  source + "&contact_information_identifier=number=CI000002&number_of_results=1000")
                .array();
        for (const QJsonValue &item : entries) {
            if (item.toObject()
                    .value(QStringLiteral("communication"))
                    .toObject()
                    .value(QStringLiteral("number"))
                    .toString()
                == communication)
                return item.toObject();
        }
        return {};
    }

    static QString stateOf(SandboxFixture &f, const QString &communication, const QByteArray &source)
    {
        return entryOf(f, communication, source).value(QStringLiteral("life_cycle_state")).toString();
    }

private Q_SLOTS:
    void consumersOffLeaveEntriesPending()
    {
        SandboxFixture f; // consumers off
        QVERIFY(f.start());
        QVERIFY(f.sandbox.consumers().isEmpty());
        const QString number = createOutgoing(f, R"("media":"SMS","to":"+35799000009")");
        QCOMPARE(stateOf(f, number, "media=SMS"), QStringLiteral("PENDING"));
        // Nothing is there to move it: asked again after another round trip, it is still pending.
        createOutgoing(f, R"("media":"SMS","to":"+35799000010")");
        QCOMPARE(stateOf(f, number, "media=SMS"), QStringLiteral("PENDING"));
    }

    void consumersMoveEntries()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.consumers = true;
        config.consumerRatePerMinute = 6000; // one entry every 10 ms per consumer
        SandboxFixture f(config);
        QVERIFY(f.start());
        // One consumer per external system, and one each for EMAIL and SMS.
        QStringList names;
        for (const QueueConsumer *consumer : f.sandbox.consumers())
            names.append(consumer->profile().name);
        QCOMPARE(names,
                 QStringList({QStringLiteral("Nicosia SMS Gateway"), QStringLiteral("Mail Relay"),
                              QStringLiteral("Customer Portal"), QStringLiteral("EMAIL"), QStringLiteral("SMS")}));

        QList<QPair<QString, QByteArray>> created;
        for (int i = 0; i < 4; ++i) {
            created.append({createOutgoing(f, R"("media":"SMS","to":"+35799000010")"), "media=SMS"});
            created.append({createOutgoing(f, R"("media":"EMAIL","to":"x@example.com")"), "media=EMAIL"});
            created.append(
                {createOutgoing(
                     f,
                     R"("media":"LETTER","communication_queue_external_system_identifier":{"alternative_code":"PORTAL"})"),
                 "communication_queue_external_system_identifier=alternative_code=PORTAL"});
        }
        for (const auto &[number, source] : std::as_const(created))
            QVERIFY(!number.isEmpty());
        // Every one of them leaves PENDING, completed or rejected with a reason. One list per source
        // and poll: the entries of all twelve.
        const auto entries = [&f, &created] {
            QHash<QByteArray, QJsonArray> bySource;
            QHash<QString, QJsonObject> byNumber;
            for (const auto &[number, source] : std::as_const(created)) {
                if (!bySource.contains(source))
                    bySource.insert(source,
                                    f.get(QStringLiteral("communications/queue/list"),
                                          source
                                              + "&contact_information_identifier=number=CI000002"
                                                "&number_of_results=1000")
                                        .array());
                for (const QJsonValue &item : bySource.value(source)) {
                    const QJsonObject entry = item.toObject();
                    if (entry.value(QStringLiteral("communication")).toObject().value(QStringLiteral("number"))
                        == number)
                        byNumber.insert(number, entry);
                }
            }
            return byNumber;
        };
        const auto noneLeftPending = [&] {
            const QHash<QString, QJsonObject> now = entries();
            return std::all_of(created.cbegin(), created.cend(), [&now](const auto &c) {
                return now.contains(c.first)
                    && now.value(c.first).value(QStringLiteral("life_cycle_state")) != QStringLiteral("PENDING");
            });
        };
        WAIT_VERIFY_WITH_TIMEOUT(noneLeftPending(), 20000);
        const QHash<QString, QJsonObject> finalEntries = entries();
        for (const auto &[number, source] : std::as_const(created)) {
            const QJsonObject entry = finalEntries.value(number);
            const QString state = entry.value(QStringLiteral("life_cycle_state")).toString();
            QVERIFY2(state == QStringLiteral("COMPLETED") || state == QStringLiteral("REJECTED"), qPrintable(state));
            if (state == QStringLiteral("REJECTED")) {
                QVERIFY(!entry.value(QStringLiteral("error_code")).toString().isEmpty());
                QVERIFY(!entry.value(QStringLiteral("error_description")).toString().isEmpty());
            }
            QVERIFY(isJavaDate(entry.value(QStringLiteral("log_information"))
                                   .toObject()
                                   .value(QStringLiteral("updated_date"))
                                   .toString()));
        }
    }

    void gatewayRejectsLongMessages()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.consumers = true;
        config.consumerRatePerMinute = 6000;
        SandboxFixture f(config);
        QVERIFY(f.start());
        const QString number = createOutgoing(
            f,
            R"("media":"SMS","communication_queue_external_system_identifier":{"alternative_code":"SMSGW"},)"
                + QByteArray("\"content\":\"") + QByteArray(161, 'x') + "\"");
        QVERIFY(!number.isEmpty());
        const QByteArray source = "communication_queue_external_system_identifier=alternative_code=SMSGW";
        WAIT_VERIFY_WITH_TIMEOUT(stateOf(f, number, source) != QStringLiteral("PENDING"), 20000);
        const QJsonObject entry = entryOf(f, number, source);
        QCOMPARE(entry.value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("REJECTED"));
        QCOMPARE(entry.value(QStringLiteral("error_code")).toString(), QStringLiteral("MESSAGE_TOO_LONG"));
        QVERIFY(entry.value(QStringLiteral("error_description")).toString().contains(QStringLiteral("160")));
    }

    // The demo's staff send outgoing communications now and then: each is made from an outgoing template, completed,
    // addressed where its media needs it, and waits in the queue of its source as PENDING for a consumer.
    void demoTrafficFeedsTheQueue()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.consumers = true;
        config.consumerRatePerMinute = 1; // a tick a minute: no entry is taken while the test looks
        config.trafficPerMinute = 1;
        SandboxFixture f(config);
        QVERIFY(f.start());
        QVERIFY(f.sandbox.traffic());
        QSignalSpy sent(f.sandbox.traffic(), &DemoTraffic::sent);
        QStringList numbers;
        for (int i = 0; i < 8; ++i) {
            if (const std::optional<QString> number = f.sandbox.traffic()->send())
                numbers.append(*number);
        }
        QVERIFY2(numbers.size() >= 4, qPrintable(numbers.join(u' ')));
        QCOMPARE(sent.size(), numbers.size());

        QSet<QString> pending;
        for (const QByteArray &source :
             {QByteArray("media=EMAIL"), QByteArray("media=SMS"),
              QByteArray("communication_queue_external_system_identifier=alternative_code=SMSGW"),
              QByteArray("communication_queue_external_system_identifier=alternative_code=MAILRELAY"),
              QByteArray("communication_queue_external_system_identifier=alternative_code=PORTAL")}) {
            const QJsonArray entries = f.get(QStringLiteral("communications/queue/list"),
                                             source + "&life_cycle_state=PENDING&number_of_results=1000")
                                           .array();
            for (const QJsonValue &entry : entries)
                pending.insert(entry.toObject()
                                   .value(QStringLiteral("communication"))
                                   .toObject()
                                   .value(QStringLiteral("number"))
                                   .toString());
        }
        for (const QString &number : std::as_const(numbers)) {
            const QJsonObject communication =
                f.get(QStringLiteral("communications/show"), "communication_identifier=number=" + number.toLatin1())
                    .object();
            QCOMPARE(communication.value(QStringLiteral("direction")).toString(), QStringLiteral("OUTGOING"));
            QCOMPARE(communication.value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("COMPLETED"));
            QVERIFY(!communication.value(QStringLiteral("subject")).toString().isEmpty());
            QVERIFY(!communication.value(QStringLiteral("subject")).toString().contains(QStringLiteral("{{")));
            if (communication.value(QStringLiteral("media")).toString() == QStringLiteral("EMAIL"))
                QVERIFY(communication.value(QStringLiteral("to")).toString().contains(u'@'));
            QVERIFY2(pending.contains(number), qPrintable(number));
        }
    }

    void runsOnItsOwnThread()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 30;
        SandboxThread thread(config);
        QSignalSpy started(&thread, &SandboxThread::started);
        QSignalSpy served(&thread, &SandboxThread::requestServed);
        thread.start();
        QVERIFY(started.wait(15000));
        const QUrl url = started.first().first().toUrl();
        QCOMPARE(url, thread.serverUrl());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);

        ApiClient client;
        QVERIFY(client.setServer(url.toString()));
        Session session(&client);
        session.setCredentials(
            {QStringLiteral("supervisor"), QStringLiteral("supervisor"), QStringLiteral("DEMO"), {}, {}});
        Capture<QList<Category>> categories;
        ConfigurationApi(&session).categories(nullptr, categories.handler());
        QVERIFY(SandboxFixture::wait(categories));
        QVERIFY2(categories.ok(),
                 qPrintable(categories.ok() ? QString() : SandboxFixture::describe(categories.error())));
        QVERIFY(!categories.value().isEmpty());
        WAIT_VERIFY(served.size() >= 2); // the login and the list
        const QString line = served.last().first().toString();
        QCOMPARE(line, QStringLiteral("GET communications/configuration/categories/list -> OK"));
        QVERIFY(!line.contains(session.token()));

        thread.stop();
        QVERIFY(!thread.isRunning());
        Capture<QList<Category>> afterStop;
        ApiClientOptions options = client.options();
        options.maxGetAttempts = 1;
        client.setOptions(options);
        ConfigurationApi(&session).categories(nullptr, afterStop.handler());
        QVERIFY(SandboxFixture::wait(afterStop));
        QVERIFY(!afterStop.ok());
        QCOMPARE(afterStop.error().kind(), ApiError::Kind::Network);

        // It starts again.
        QSignalSpy again(&thread, &SandboxThread::started);
        thread.start();
        QVERIFY(again.wait(15000));
    }

    void threadReportsFailure()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.timeZone = "Nowhere/Land";
        SandboxThread thread(config);
        QSignalSpy failed(&thread, &SandboxThread::failed);
        thread.start();
        QVERIFY(failed.wait(15000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("time zone")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxConsumers)
#include "tst_sandboxconsumers.moc"
