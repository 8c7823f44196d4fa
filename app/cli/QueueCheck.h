#pragma once

#include "CliExitCode.h"
#include "CliInvocation.h"
#include "QueueTally.h"

#include <QCoreApplication>

namespace commdesk {

struct QueueCheckResult
{
    MonitoringStatus status = MonitoringStatus::Unknown;
    QString line; // `QUEUE OK - 12 pending, ... | pending=12;160;200 ...`
    QJsonObject json; // the same for --json
};

// `queue check`: the queue's health as a monitoring plugin reports it (docs/cli.md). A value above
// the CRITICAL limit (--max-*) is CRITICAL, above the WARNING limit (--warn-*, by default 80% of
// the CRITICAL one) WARNING; a metric without limits is reported but never alarms.
class QueueCheck
{
    Q_DECLARE_TR_FUNCTIONS(QueueCheck)

public:
    static QueueCheckResult evaluate(const QueueTally &total, const QueueCheckThresholds &thresholds,
                                     const QDateTime &now);
    // The check could not measure: the server was unreachable, refused the login, or answered nonsense.
    static QueueCheckResult unknown(const QString &reason);

    static MonitoringStatus statusOf(double value, const Threshold &threshold);
    static QString statusName(MonitoringStatus status); // OK, WARNING, CRITICAL, UNKNOWN
    // One perfdata item: `label=value[unit];warn;crit`, empty limits left empty.
    static QString perfdata(const QString &label, const QString &value, const QString &unit, const Threshold &threshold,
                            bool isRatio);
};

} // namespace commdesk
