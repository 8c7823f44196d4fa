#include "QueueCheck.h"

#include "JsonText.h"
#include "QueueStatsReport.h"

namespace commdesk {

namespace {

QString limitText(std::optional<double> limit, bool isRatio)
{
    if (!limit)
        return {};
    return isRatio ? QueueStatsReport::ratioText(*limit) : JsonText::number(*limit);
}

QJsonValue limitJson(std::optional<double> limit)
{
    return limit ? QJsonValue(*limit) : QJsonValue(QJsonValue::Null);
}

QJsonObject thresholdJson(const Threshold &threshold)
{
    return {{QStringLiteral("warning"), limitJson(threshold.warning)},
            {QStringLiteral("critical"), limitJson(threshold.critical)}};
}

} // namespace

MonitoringStatus QueueCheck::statusOf(double value, const Threshold &threshold)
{
    // Nagios range semantics for a plain limit N: alert when the value is above N.
    if (threshold.critical && value > *threshold.critical)
        return MonitoringStatus::Critical;
    if (threshold.warning && value > *threshold.warning)
        return MonitoringStatus::Warning;
    return MonitoringStatus::Ok;
}

QString QueueCheck::statusName(MonitoringStatus status)
{
    switch (status) {
    case MonitoringStatus::Ok:
        return QStringLiteral("OK");
    case MonitoringStatus::Warning:
        return QStringLiteral("WARNING");
    case MonitoringStatus::Critical:
        return QStringLiteral("CRITICAL");
    case MonitoringStatus::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString QueueCheck::perfdata(const QString &label, const QString &value, const QString &unit,
                             const Threshold &threshold, bool isRatio)
{
    return label + u'=' + value + unit + u';' + limitText(threshold.warning, isRatio) + u';'
        + limitText(threshold.critical, isRatio);
}

QueueCheckResult QueueCheck::evaluate(const QueueTally &total, const QueueCheckThresholds &thresholds,
                                      const QDateTime &now)
{
    const qint64 pending = total.count(QueueState::Pending);
    const qint64 oldest = total.oldestPendingAge(now).value_or(0);
    const std::optional<int> window = thresholds.rejectWindowMinutes;
    const double ratio = total.rejectRatio(window ? std::optional(now.addSecs(-60LL * *window)) : std::nullopt);
    const QString ratioText = window
        ? tr("reject ratio %1 over %n minutes", nullptr, *window).arg(QueueStatsReport::ratioText(ratio))
        : tr("reject ratio %1").arg(QueueStatsReport::ratioText(ratio));

    QueueCheckResult result;
    result.status = MonitoringStatus::Ok;
    // Each metric says which limit it passed, so the alert explains itself.
    auto judged = [&result](const QString &text, double value, const Threshold &threshold, const QString &limit) {
        const MonitoringStatus status = statusOf(value, threshold);
        result.status = std::max(result.status, status);
        if (status == MonitoringStatus::Critical)
            return tr("%1 (critical above %2)").arg(text, limit);
        if (status == MonitoringStatus::Warning)
            return tr("%1 (warning above %2)").arg(text, limit);
        return text;
    };
    auto limitOf = [](const Threshold &threshold, double value, bool isRatio) {
        const MonitoringStatus status = statusOf(value, threshold);
        return limitText(status == MonitoringStatus::Critical ? threshold.critical : threshold.warning, isRatio);
    };
    const QStringList parts = {
        judged(tr("%1 pending").arg(pending), double(pending), thresholds.pending,
               limitOf(thresholds.pending, double(pending), false)),
        judged(tr("oldest %1").arg(QueueStatsReport::ageText(oldest)), double(oldest), thresholds.oldestPending,
               limitOf(thresholds.oldestPending, double(oldest), false) + u's'),
        judged(ratioText, ratio, thresholds.rejectRatio, limitOf(thresholds.rejectRatio, ratio, true)),
    };
    const QStringList perf = {
        perfdata(QStringLiteral("pending"), QString::number(pending), {}, thresholds.pending, false),
        perfdata(QStringLiteral("oldest_pending"), QString::number(oldest), QStringLiteral("s"),
                 thresholds.oldestPending, false),
        perfdata(QStringLiteral("reject_ratio"), QueueStatsReport::ratioText(ratio), {}, thresholds.rejectRatio, true),
    };
    const QString summary = parts.join(QLatin1StringView(", "));
    result.line = QStringLiteral("QUEUE ") + statusName(result.status) + QStringLiteral(" - ") + summary
        + QStringLiteral(" | ") + perf.join(u' ');
    QJsonObject queue = total.toJson(now);
    if (window) {
        queue.insert(QLatin1StringView("reject_ratio"), ratio);
        queue.insert(QLatin1StringView("reject_ratio_window_minutes"), *window);
    }
    result.json = QJsonObject {
        {QStringLiteral("status"), statusName(result.status)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("measured_at"), ApiDate(now).toIsoUtc()},
        {QStringLiteral("queue"), queue},
        {QStringLiteral("thresholds"),
         QJsonObject {{QStringLiteral("pending"), thresholdJson(thresholds.pending)},
                      {QStringLiteral("oldest_pending_seconds"), thresholdJson(thresholds.oldestPending)},
                      {QStringLiteral("reject_ratio"), thresholdJson(thresholds.rejectRatio)}}},
    };
    return result;
}

QueueCheckResult QueueCheck::unknown(const QString &reason)
{
    QueueCheckResult result;
    result.status = MonitoringStatus::Unknown;
    result.line = QStringLiteral("QUEUE UNKNOWN - ") + reason;
    result.json = QJsonObject {{QStringLiteral("status"), statusName(MonitoringStatus::Unknown)},
                               {QStringLiteral("summary"), reason}};
    return result;
}

} // namespace commdesk
