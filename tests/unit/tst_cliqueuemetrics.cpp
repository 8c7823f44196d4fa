// What `commdesk-cli queue serve-metrics` serves (QueueMetrics): OpenMetrics text with the commdesk_queue_
// families, labelled by media and external system, counters that only count forward, label values
// escaped, the "# EOF" end; and the --listen option read or refused in words.
#include "CliParser.h"
#include "QueueMetrics.h"

#include <QTest>
#include <QTimeZone>

using namespace commdesk;

class TestCliQueueMetrics : public QObject
{
    Q_OBJECT

private:
    static QueueSourceFigures figures(const QString &key, const QString &label, qsizetype pending, qsizetype completed,
                                      qsizetype rejected, qsizetype removed)
    {
        QueueSourceFigures f;
        f.key = key;
        f.label = label;
        f.counts = {pending, completed, rejected, removed};
        if (pending > 0)
            f.oldestPendingSeconds = 90;
        return f;
    }

    static QStringList samples(const QByteArray &text)
    {
        QStringList lines;
        for (const QString &line : QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(u'#'))
                lines.append(line);
        }
        return lines;
    }

private Q_SLOTS:
    void seriesPerMediaAndSystem()
    {
        QueueMetrics::Scrape scrape;
        scrape.up = true;
        scrape.durationSeconds = 0.25;
        scrape.errors = 2;
        scrape.lastSuccess = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
        scrape.figures = {figures(QStringLiteral("media:SMS"), QStringLiteral("SMS"), 4, 10, 3, 2),
                          figures(QStringLiteral("system:AB12"), QStringLiteral("Gateway \"North\"\\1"), 1, 5, 0, 0),
                          figures(QStringLiteral("total"), QStringLiteral("All"), 5, 15, 3, 2)};
        const QByteArray text = QueueMetrics::text(scrape);
        const QStringList lines = samples(text);
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_pending{media=\"SMS\"} 4")));
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_oldest_pending_seconds{media=\"SMS\"} 90")));
        // Delivered counts COMPLETED and COMPLETED_AND_REMOVED: an entry removed after delivery
        // does not make the counter go back.
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_completed_total{media=\"SMS\"} 12")));
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_rejected_total{media=\"SMS\"} 3")));
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_removed_total{media=\"SMS\"} 2")));
        QVERIFY(
            lines.contains(QStringLiteral("commdesk_queue_pending{external_system=\"Gateway \\\"North\\\"\\\\1\"} 1")));
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_up 1")));
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_scrape_duration_seconds 0.25")));
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_scrape_errors_total 2")));
        QVERIFY(lines.contains(QStringLiteral("commdesk_queue_last_success_timestamp_seconds 1764000000")));
        // The total would count every entry twice in a sum over the series: it is left out.
        for (const QString &line : lines)
            QVERIFY2(line.contains(u'{') || !line.startsWith(u"commdesk_queue_pending"), qPrintable(line));
        QVERIFY(text.contains("# TYPE commdesk_queue_completed counter\n"));
        QVERIFY(text.contains("# UNIT commdesk_queue_oldest_pending_seconds seconds\n"));
        QVERIFY(text.endsWith("# EOF\n"));
    }

    void beforeTheFirstPoll()
    {
        const QStringList lines = samples(QueueMetrics::text({}));
        QCOMPARE(lines,
                 QStringList({QStringLiteral("commdesk_queue_up 0"),
                              QStringLiteral("commdesk_queue_scrape_duration_seconds 0"),
                              QStringLiteral("commdesk_queue_scrape_errors_total 0")}));
    }

    void listenOption()
    {
        const QStringList base {QStringLiteral("--server"), QStringLiteral("http://crm.example.com"),
                                QStringLiteral("queue"), QStringLiteral("serve-metrics")};
        ParseOutcome parsed =
            CliParser::parse(base + QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9464")});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.invocation.command, CliCommand::QueueServeMetrics);
        QCOMPARE(parsed.invocation.arguments.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(parsed.invocation.arguments.listenPort, quint16(9464));
        QCOMPARE(parsed.invocation.arguments.intervalSeconds, 15);

        parsed = CliParser::parse(base
                                  + QStringList {QStringLiteral("--listen"), QStringLiteral("[::1]:9000"),
                                                 QStringLiteral("--interval"), QStringLiteral("30")});
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.invocation.arguments.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(parsed.invocation.arguments.intervalSeconds, 30);

        parsed = CliParser::parse(base + QStringList {QStringLiteral("--listen"), QStringLiteral("nowhere")});
        QVERIFY(parsed.error.contains(QStringLiteral("HOST:PORT")));
        parsed = CliParser::parse(base);
        QVERIFY(parsed.error.contains(QStringLiteral("--listen")));
    }
};

QTEST_GUILESS_MAIN(TestCliQueueMetrics)
#include "tst_cliqueuemetrics.moc"
