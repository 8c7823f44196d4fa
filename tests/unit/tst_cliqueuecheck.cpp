// queue stats and queue check without a network: counting by state and id, the reject ratio, the
// oldest PENDING age, the monitoring status with its limits, the status line and its perfdata.
#include "QueueCheck.h"
#include "QueueStatsReport.h"
#include "QueueStatsRunner.h"

#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

namespace {

const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);

QueueEntry entry(const QString &id, std::optional<QueueState> state, std::optional<qint64> ageSeconds = {})
{
    QueueEntry e;
    e.id = id;
    e.lifeCycleState = state;
    if (ageSeconds) {
        LogInformation log;
        log.createdDate = ApiDate(kNow.addSecs(-*ageSeconds));
        e.logInformation = log;
    }
    return e;
}

QList<QueueEntry> entries(const QString &prefix, int count, QueueState state, qint64 oldestAge = 0)
{
    QList<QueueEntry> list;
    for (int i = 0; i < count; ++i)
        list.append(entry(prefix + QString::number(i), state, i == count - 1 ? oldestAge : 1));
    return list;
}

// 12 pending (the oldest 45 s old), 49 completed and 1 rejected: the example of docs/cli.md.
QueueTally exampleTally(int pending = 12, qint64 oldest = 45, int rejected = 1, int completed = 49)
{
    QueueTally tally;
    tally.add(QueueState::Pending, entries(QStringLiteral("P"), pending, QueueState::Pending, oldest));
    tally.add(QueueState::Completed, entries(QStringLiteral("C"), completed, QueueState::Completed));
    tally.add(QueueState::Rejected, entries(QStringLiteral("R"), rejected, QueueState::Rejected));
    return tally;
}

QueueCheckThresholds exampleLimits()
{
    QueueCheckThresholds limits;
    limits.pending = {100.0, 200.0};
    limits.oldestPending = {600.0, 1200.0};
    limits.rejectRatio = {0.1, 0.2};
    return limits;
}

} // namespace

class TestCliQueueCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Years of completions do not hide a gateway that has failed for the last hour.
    void rejectRatioOverAWindow()
    {
        const auto finished = [](const QString &id, QueueState state, qint64 minutesAgo) {
            QueueEntry e = entry(id, state);
            LogInformation log;
            log.updatedDate = ApiDate(kNow.addSecs(-60 * minutesAgo));
            e.logInformation = log;
            return e;
        };
        QueueTally tally;
        QList<QueueEntry> completed;
        for (int i = 0; i < 98; ++i)
            completed.append(finished(QStringLiteral("C%1").arg(i), QueueState::Completed, 60 * 24 * (i + 1)));
        completed.append(finished(QStringLiteral("C-recent"), QueueState::Completed, 10));
        tally.add(QueueState::Completed, completed);
        tally.add(QueueState::Rejected,
                  {finished(QStringLiteral("R1"), QueueState::Rejected, 5),
                   finished(QStringLiteral("R2"), QueueState::Rejected, 30),
                   entry(QStringLiteral("R3"), QueueState::Rejected)}); // no date: left out
        QVERIFY(tally.rejectRatio() < 0.05); // 3 of 102
        QCOMPARE(tally.rejectRatio(kNow.addSecs(-3600)), 2.0 / 3.0);
        QCOMPARE(tally.rejectRatio(kNow.addSecs(-60)), 0.0); // nothing finished in the last minute

        QueueCheckThresholds limits = exampleLimits();
        QCOMPARE(QueueCheck::evaluate(tally, limits, kNow).status, MonitoringStatus::Ok);
        limits.rejectWindowMinutes = 60;
        const QueueCheckResult result = QueueCheck::evaluate(tally, limits, kNow);
        QCOMPARE(result.status, MonitoringStatus::Critical);
        QVERIFY2(result.line.contains(QStringLiteral("over 60 minutes")), qPrintable(result.line));
        QVERIFY2(result.line.contains(QStringLiteral("reject_ratio=0.6667")), qPrintable(result.line));
        const QJsonObject queue = result.json.value(QStringLiteral("queue")).toObject();
        QCOMPARE(queue.value(QStringLiteral("reject_ratio_window_minutes")).toInt(), 60);
        QCOMPARE(queue.value(QStringLiteral("reject_ratio")).toDouble(), 2.0 / 3.0);
    }

    void tallyCountsByStateAndId()
    {
        QueueTally tally;
        QCOMPARE(tally.add(QueueState::Pending,
                           {entry(QStringLiteral("A"), QueueState::Pending, 10),
                            entry(QStringLiteral("A"), QueueState::Pending, 10),
                            entry(QStringLiteral("B"), std::nullopt, 30),
                            entry(QStringLiteral("C"), QueueState::Completed, 99)}),
                 qsizetype(2)); // A once, B (no state: trusts the filter), not C (another state)
        QCOMPARE(tally.count(QueueState::Pending), qsizetype(2));
        QCOMPARE(tally.count(QueueState::Completed), qsizetype(0));
        QCOMPARE(tally.oldestPendingAge(kNow), std::optional<qint64>(30));
        QCOMPARE(tally.rejectRatio(), 0.0);
    }

    void entriesWithoutIdStillCountOnce()
    {
        QueueEntry byNumber;
        byNumber.number = QStringLiteral("CQ1");
        QueueTally tally;
        tally.add(QueueState::Rejected, {byNumber, byNumber, QueueEntry(), QueueEntry()});
        QCOMPARE(tally.count(QueueState::Rejected), qsizetype(3));
        QVERIFY(!tally.oldestPendingAge(kNow));
    }

    void mergeCountsSharedEntriesOnce()
    {
        QueueTally email;
        email.add(
            QueueState::Pending,
            {entry(QStringLiteral("A"), QueueState::Pending, 100), entry(QStringLiteral("B"), QueueState::Pending, 5)});
        QueueTally gateway;
        gateway.add(
            QueueState::Pending,
            {entry(QStringLiteral("B"), QueueState::Pending, 5), entry(QStringLiteral("C"), QueueState::Pending, 700)});
        gateway.add(QueueState::Rejected, {entry(QStringLiteral("D"), QueueState::Rejected)});
        QueueStatsReport report;
        report.measuredAt = kNow;
        report.rows = {{QueueSource::ofMedia(Media::Email), email},
                       {QueueSource::ofExternalSystem(Identifier::byName(QStringLiteral("GW"))), gateway}};
        const QueueTally total = report.total();
        QCOMPARE(total.count(QueueState::Pending), qsizetype(3));
        QCOMPARE(total.count(QueueState::Rejected), qsizetype(1));
        QCOMPARE(total.oldestPendingAge(kNow), std::optional<qint64>(700));
        QCOMPARE(total.rejectRatio(), 1.0);
    }

    void rejectRatioIsAmongFinishedEntries()
    {
        QueueTally tally = exampleTally();
        QCOMPARE(tally.finished(), qsizetype(50));
        QCOMPARE(tally.rejectRatio(), 0.02);
        tally.add(QueueState::CompletedAndRemoved, entries(QStringLiteral("X"), 50, QueueState::CompletedAndRemoved));
        QCOMPARE(tally.rejectRatio(), 0.01);
    }

    void okLineWithPerfdata()
    {
        const QueueCheckResult result = QueueCheck::evaluate(exampleTally(), exampleLimits(), kNow);
        QCOMPARE(result.status, MonitoringStatus::Ok);
        QCOMPARE(result.line,
                 QStringLiteral("QUEUE OK - 12 pending, oldest 45s, reject ratio 0.02 | "
                                "pending=12;100;200 oldest_pending=45s;600;1200 "
                                "reject_ratio=0.02;0.1;0.2"));
        QCOMPARE(result.json.value(QLatin1StringView("status")).toString(), QStringLiteral("OK"));
        QCOMPARE(result.json.value(QLatin1StringView("queue")).toObject().value(QLatin1StringView("pending")).toInt(),
                 12);
    }

    void warningNamesTheLimit()
    {
        const QueueCheckResult result = QueueCheck::evaluate(exampleTally(150, 45), exampleLimits(), kNow);
        QCOMPARE(result.status, MonitoringStatus::Warning);
        QCOMPARE(result.line,
                 QStringLiteral("QUEUE WARNING - 150 pending (warning above 100), oldest 45s, reject "
                                "ratio 0.02 | pending=150;100;200 oldest_pending=45s;600;1200 "
                                "reject_ratio=0.02;0.1;0.2"));
    }

    void worstMetricDecides()
    {
        const QueueCheckResult result = QueueCheck::evaluate(exampleTally(150, 1500, 20, 30), exampleLimits(), kNow);
        QCOMPARE(result.status, MonitoringStatus::Critical);
        QVERIFY2(result.line.startsWith(QStringLiteral("QUEUE CRITICAL - 150 pending (warning above 100), oldest "
                                                       "1500s (critical above 1200s), reject ratio 0.4 (critical "
                                                       "above 0.2) | ")),
                 qPrintable(result.line));
    }

    void limitItselfIsStillFine()
    {
        QCOMPARE(QueueCheck::statusOf(200, {100.0, 200.0}), MonitoringStatus::Warning);
        QCOMPARE(QueueCheck::statusOf(100, {100.0, 200.0}), MonitoringStatus::Ok);
        QCOMPARE(QueueCheck::statusOf(201, {100.0, 200.0}), MonitoringStatus::Critical);
        QCOMPARE(QueueCheck::statusOf(1e9, {}), MonitoringStatus::Ok);
        QCOMPARE(QueueCheck::statusOf(5, {std::nullopt, 4.0}), MonitoringStatus::Critical);
    }

    void withoutLimitsNothingAlarms()
    {
        const QueueCheckResult result = QueueCheck::evaluate(QueueTally(), {}, kNow);
        QCOMPARE(result.status, MonitoringStatus::Ok);
        QCOMPARE(result.line,
                 QStringLiteral("QUEUE OK - 0 pending, oldest 0s, reject ratio 0 | pending=0;; "
                                "oldest_pending=0s;; reject_ratio=0;;"));
    }

    void unknownCarriesTheReason()
    {
        const QueueCheckResult result = QueueCheck::unknown(QStringLiteral("The server took too long to answer."));
        QCOMPARE(result.status, MonitoringStatus::Unknown);
        QCOMPARE(result.line, QStringLiteral("QUEUE UNKNOWN - The server took too long to answer."));
        QCOMPARE(toInt(result.status), 3);
    }

    void checkOutcomeForMonitoringAndJson()
    {
        QueueStatsReport report;
        report.measuredAt = kNow;
        report.rows = {{QueueSource::ofMedia(Media::Email), exampleTally(250)}};
        const CommandOutcome text = QueueStatsRunner::checkOutcome(report, exampleLimits(), false);
        QCOMPARE(text.exitCode, 2);
        QVERIFY(text.out.startsWith(QStringLiteral("QUEUE CRITICAL - 250 pending (critical above 200), ")));
        QVERIFY(text.out.endsWith(u'\n'));
        QVERIFY(text.error.isEmpty());

        const CommandOutcome json = QueueStatsRunner::checkOutcome(report, exampleLimits(), true);
        QCOMPARE(json.exitCode, 2);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QLatin1StringView("status")).toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(object.value(QLatin1StringView("queue")).toObject().value(QLatin1StringView("pending")).toInt(), 250);
        QCOMPARE(
            object.value(QLatin1StringView("thresholds")).toObject().value(QLatin1StringView("pending")).toObject(),
            (QJsonObject {{QStringLiteral("warning"), 100}, {QStringLiteral("critical"), 200}}));

        const ApiError timeout(ApiError::Kind::Timeout, QStringLiteral("overall deadline passed"));
        const CommandOutcome failed = QueueStatsRunner::checkFailure(timeout, false);
        QCOMPARE(failed.exitCode, 3);
        QCOMPARE(failed.out, QStringLiteral("QUEUE UNKNOWN - The server took too long to answer.\n"));
        QCOMPARE(failed.error, QStringLiteral("The server took too long to answer."));
    }

    void reportAsTableAndJson()
    {
        QueueStatsReport report;
        report.measuredAt = kNow;
        ExternalSystem gateway;
        gateway.id = QStringLiteral("S1");
        gateway.name = QStringLiteral("SMS Gateway");
        report.rows = {{QueueSource::ofMedia(Media::Sms), exampleTally()},
                       {QueueSource::ofExternalSystem(gateway), {}}};
        QCOMPARE(report.toText(),
                 QStringLiteral("SOURCE                       PENDING  COMPLETED  REJECTED  COMPLETED_AND_REMOVED"
                                "  OLDEST_PENDING  REJECT_RATIO\n"
                                "media SMS                         12         49         1                      0"
                                "             45s          0.02\n"
                                "external system SMS Gateway        0          0         0                      0"
                                "               -             0\n"
                                "total                             12         49         1                      0"
                                "             45s          0.02\n"));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QLatin1StringView("measured_at")).toString(), QStringLiteral("2024-03-01T12:00:00Z"));
        const QJsonArray sources = json.value(QLatin1StringView("sources")).toArray();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).toObject().value(QLatin1StringView("media")).toString(), QStringLiteral("SMS"));
        QCOMPARE(sources.at(0).toObject().value(QLatin1StringView("oldest_pending_seconds")).toInt(), 45);
        QCOMPARE(sources.at(0).toObject().value(QLatin1StringView("oldest_pending_created_date")).toString(),
                 QStringLiteral("2024-03-01T11:59:15Z"));
        QCOMPARE(sources.at(1).toObject().value(QLatin1StringView("external_system")).toObject(),
                 (QJsonObject {{QStringLiteral("id"), QStringLiteral("S1")},
                               {QStringLiteral("name"), QStringLiteral("SMS Gateway")}}));
        QVERIFY(sources.at(1).toObject().value(QLatin1StringView("oldest_pending_seconds")).isNull());
        QCOMPARE(json.value(QLatin1StringView("total")).toObject().value(QLatin1StringView("completed")).toInt(), 49);
    }
};

QTEST_GUILESS_MAIN(TestCliQueueCheck)
#include "tst_cliqueuecheck.moc"
