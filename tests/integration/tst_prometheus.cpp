// `commdesk-cli queue serve-metrics` in the monitoring stack operators run: a real Prometheus (the Debian
// package `prometheus`, which scripts/deps.sh installs) scrapes the real program polling the sandbox,
// loads packaging/monitoring/'s alert rules, and its query API finds the queue's series with the
// sandbox's own counts. Skipped, saying why, where Prometheus is not installed.
#include "CliProcess.h"
#include "SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace commdesk;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Stops a process at the end of a test, however it ends.
struct Running
{
    QProcess process;
    ~Running()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000))
                process.kill();
            process.waitForFinished(5000);
        }
    }
};

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;
    QNetworkAccessManager m_network;

    QJsonObject getJson(const QUrl &url)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    // The samples of an instant query: labels -> value.
    QList<std::pair<QJsonObject, double>> query(quint16 port, const QString &promql)
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(port));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), promql);
        url.setQuery(q);
        QList<std::pair<QJsonObject, double>> samples;
        const QJsonObject json = getJson(url);
        for (const QJsonValue &item :
             json.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray()) {
            const QJsonObject sample = item.toObject();
            samples.append({sample.value(QStringLiteral("metric")).toObject(),
                            sample.value(QStringLiteral("value")).toArray().at(1).toString().toDouble()});
        }
        return samples;
    }

    // How many entries of `media` in `state` the sandbox holds, read off the wire.
    int countOnTheWire(const char *media, const char *state)
    {
        const SandboxAnswer answer = f->get(QStringLiteral("communications/queue/list"),
                                            QByteArray("media=") + media + "&life_cycle_state=" + state
                                                + "&number_of_results=10000&fields_set=id");
        return int(answer.array().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    void prometheusScrapesTheQueue()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        if (prometheus.isEmpty())
            QSKIP("Prometheus is not installed (scripts/deps.sh installs the Debian package `prometheus`): no real "
                  "Prometheus to scrape the metrics with.");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // The exporter: the real program, polling the sandbox every second.
        const quint16 metricsPort = freePort();
        Running exporter;
        QProcessEnvironment environment = CliProcess::cleanEnvironment();
        environment.insert(QStringLiteral("COMMDESK_PASSWORD"), QStringLiteral("demo"));
        exporter.process.setProcessEnvironment(environment);
        exporter.process.start(QStringLiteral(COMMDESK_CLI_PATH),
                               {QStringLiteral("--server"), f->sandbox.serverUrl().toString(),
                                QStringLiteral("--username"), QStringLiteral("demo"), QStringLiteral("--organisation"),
                                QStringLiteral("DEMO"), QStringLiteral("queue"), QStringLiteral("serve-metrics"),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(metricsPort),
                                QStringLiteral("--interval"), QStringLiteral("1")});
        QVERIFY(exporter.process.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return exporter.process.canReadLine(); }, 20000));
        QVERIFY(exporter.process.readLine().startsWith("Serving the queue's metrics at http://127.0.0.1:"));

        // Prometheus, with the shipped alert rules.
        const QString rules = QStringLiteral(COMMDESK_SOURCE_DIR "/packaging/monitoring/commdesk-queue-alerts.yml");
        QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                    "rule_files:\n  - %1\n"
                                    "scrape_configs:\n  - job_name: commdesk\n    static_configs:\n"
                                    "      - targets: ['127.0.0.1:%2']\n")
                         .arg(rules)
                         .arg(metricsPort)
                         .toUtf8());
        config.close();
        const quint16 prometheusPort = freePort();
        Running server;
        server.process.setProcessChannelMode(QProcess::MergedChannels);
        server.process.start(prometheus,
                             {QStringLiteral("--config.file=") + config.fileName(),
                              QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
                              QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(prometheusPort)});
        QVERIFY(server.process.waitForStarted(10000));

        // The scrape found the exporter healthy...
        const bool up = QTest::qWaitFor(
            [&] {
                const auto samples = query(prometheusPort, QStringLiteral("commdesk_queue_up"));
                return samples.size() == 1 && samples.first().second == 1.0;
            },
            60000);
        QVERIFY2(up, server.process.readAll().right(2000).constData());
        // ... and the queue's series, with the sandbox's counts.
        const auto pending = query(prometheusPort, QStringLiteral("commdesk_queue_pending{media=\"EMAIL\"}"));
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().first.value(QStringLiteral("job")).toString(), QStringLiteral("commdesk"));
        QCOMPARE(int(pending.first().second), countOnTheWire("EMAIL", "PENDING"));
        const auto rejected = query(prometheusPort, QStringLiteral("commdesk_queue_rejected_total{media=\"SMS\"}"));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(int(rejected.first().second), countOnTheWire("SMS", "REJECTED"));
        const auto systems =
            query(prometheusPort, QStringLiteral("commdesk_queue_completed_total{external_system!=\"\"}"));
        QCOMPARE(systems.size(), 3); // the sandbox's three external systems
        QVERIFY(!query(prometheusPort, QStringLiteral("commdesk_queue_scrape_duration_seconds")).isEmpty());

        // The shipped rules loaded: their group is there, every rule healthy.
        const QJsonObject rulesAnswer =
            getJson(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/rules").arg(prometheusPort)));
        const QJsonArray groups =
            rulesAnswer.value(QStringLiteral("data")).toObject().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("commdesk-queue"));
        const QJsonArray ruleList = groups.first().toObject().value(QStringLiteral("rules")).toArray();
        QCOMPARE(ruleList.size(), 5);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray current =
                    getJson(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/rules").arg(prometheusPort)))
                        .value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("groups"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("rules"))
                        .toArray();
                for (const QJsonValue &rule : current) {
                    if (rule.toObject().value(QStringLiteral("health")).toString() != QStringLiteral("ok"))
                        return false;
                }
                return true;
            },
            20000));
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
