#pragma once

#include "QueueSummary.h"

#include <QDateTime>

namespace commdesk {

// The queue's figures as OpenMetrics text (what `commdesk-cli queue serve-metrics` serves at
// /metrics, docs/cli.md "Prometheus"): every series is named commdesk_queue_* and labelled by
// media (its wire name) or external_system (its name). Completed, rejected and removed entries are
// counters (an entry only ever moves forward); pending and the oldest pending entry's age are
// gauges. Without a poll yet there are no per-source series, only commdesk_queue_up 0.
class QueueMetrics
{
public:
    static constexpr const char *kContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    struct Scrape
    {
        QList<QueueSourceFigures> figures; // the last successful poll's (the total is left out)
        bool up = false; // the last poll succeeded
        double durationSeconds = 0; // how long the last poll took
        quint64 errors = 0; // polls that failed since the start
        std::optional<QDateTime> lastSuccess;
    };

    static QByteArray text(const Scrape &scrape);
    // A label value as OpenMetrics writes it: backslash, double quote and line feed escaped.
    static QString escaped(const QString &value);
};

} // namespace commdesk
