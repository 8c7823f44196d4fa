#include "QueueMetrics.h"

#include <functional>

namespace commdesk {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// `media="SMS"` or `external_system="Nicosia SMS Gateway"`; empty for the total.
QString labelsOf(const QueueSourceFigures &figures)
{
    if (figures.key.startsWith(u"media:"))
        return QStringLiteral("{media=\"%1\"}").arg(QueueMetrics::escaped(figures.key.mid(6)));
    if (figures.key.startsWith(u"system:"))
        return QStringLiteral("{external_system=\"%1\"}").arg(QueueMetrics::escaped(figures.label));
    return {};
}

} // namespace

QString QueueMetrics::escaped(const QString &value)
{
    QString text = value;
    text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return text;
}

QByteArray QueueMetrics::text(const Scrape &scrape)
{
    QString out;
    auto family = [&out](const char *name, const char *type, const char *unit, const char *help) {
        out += QStringLiteral("# TYPE %1 %2\n").arg(QLatin1StringView(name), QLatin1StringView(type));
        if (*unit)
            out += QStringLiteral("# UNIT %1 %2\n").arg(QLatin1StringView(name), QLatin1StringView(unit));
        out += QStringLiteral("# HELP %1 %2\n").arg(QLatin1StringView(name), QLatin1StringView(help));
    };
    QList<QueueSourceFigures> sources;
    for (const QueueSourceFigures &figures : scrape.figures) {
        if (!labelsOf(figures).isEmpty())
            sources.append(figures);
    }
    auto perSource = [&](const char *sample,
                         const std::function<std::optional<double>(const QueueSourceFigures &)> &value) {
        for (const QueueSourceFigures &figures : std::as_const(sources)) {
            if (const std::optional<double> v = value(figures))
                out += QLatin1StringView(sample) + labelsOf(figures) + u' ' + number(*v) + u'\n';
        }
    };

    family("commdesk_queue_pending", "gauge", "", "Queue entries waiting (PENDING), per media and external system.");
    perSource("commdesk_queue_pending",
              [](const QueueSourceFigures &f) { return double(f.count(QueueState::Pending)); });
    family("commdesk_queue_oldest_pending_seconds", "gauge", "seconds",
           "How long the oldest PENDING entry has waited; absent when none waits.");
    perSource("commdesk_queue_oldest_pending_seconds", [](const QueueSourceFigures &f) -> std::optional<double> {
        return f.oldestPendingSeconds ? std::optional<double>(double(*f.oldestPendingSeconds)) : std::nullopt;
    });
    family("commdesk_queue_completed", "counter", "",
           "Queue entries delivered (COMPLETED, and COMPLETED_AND_REMOVED after it).");
    perSource("commdesk_queue_completed_total", [](const QueueSourceFigures &f) {
        return double(f.count(QueueState::Completed) + f.count(QueueState::CompletedAndRemoved));
    });
    family("commdesk_queue_rejected", "counter", "", "Queue entries the external system rejected (REJECTED).");
    perSource("commdesk_queue_rejected_total",
              [](const QueueSourceFigures &f) { return double(f.count(QueueState::Rejected)); });
    family("commdesk_queue_removed", "counter", "", "Queue entries taken out of the queue (COMPLETED_AND_REMOVED).");
    perSource("commdesk_queue_removed_total",
              [](const QueueSourceFigures &f) { return double(f.count(QueueState::CompletedAndRemoved)); });
    family("commdesk_queue_stuck", "gauge", "",
           "1 when entries wait and nothing has moved for the stuck time (as the desktop app judges it).");
    perSource("commdesk_queue_stuck", [](const QueueSourceFigures &f) { return f.stuck ? 1.0 : 0.0; });

    family("commdesk_queue_up", "gauge", "", "1 when the last poll of the CRM.COM queue succeeded.");
    out += QStringLiteral("commdesk_queue_up %1\n").arg(scrape.up ? 1 : 0);
    family("commdesk_queue_scrape_duration_seconds", "gauge", "seconds", "How long the last poll of the queue took.");
    out += QStringLiteral("commdesk_queue_scrape_duration_seconds %1\n").arg(number(scrape.durationSeconds));
    family("commdesk_queue_scrape_errors", "counter", "", "Polls of the queue that failed.");
    out += QStringLiteral("commdesk_queue_scrape_errors_total %1\n").arg(scrape.errors);
    if (scrape.lastSuccess) {
        family("commdesk_queue_last_success_timestamp_seconds", "gauge", "seconds",
               "When the last successful poll ended (Unix time).");
        out += QStringLiteral("commdesk_queue_last_success_timestamp_seconds %1\n")
                   .arg(number(double(scrape.lastSuccess->toMSecsSinceEpoch()) / 1000.0));
    }
    out += QStringLiteral("# EOF\n");
    return out.toUtf8();
}

} // namespace commdesk
