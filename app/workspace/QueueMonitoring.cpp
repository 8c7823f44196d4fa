#include "QueueMonitoring.h"

#include "Clock.h"
#include "CrmConnection.h"
#include "QueueEntryFilterModel.h"
#include "QueueEntryModel.h"
#include "QueuePoller.h"
#include "QueueSummaryModel.h"
#include "RejectionGroupModel.h"
#include "Settings.h"
#include "StoreThread.h"

#include <QDir>

namespace commdesk {

namespace {

// Old samples are drawn at the chart's left edge: read a little more than the span.
constexpr qint64 kHistoryMarginSeconds = 60;

std::optional<qint64> positive(int value)
{
    return value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

QueueMonitoring::QueueMonitoring(CrmConnection *connection, Settings *settings, StoreThread *stores,
                                 const QString &dataFolder, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_stores(stores)
    , m_clock(Clock::orSystem(clock))
    , m_history(stores->make<QueueHistoryStore>())
    , m_poller(new QueuePoller(connection->session(), this, m_clock))
    , m_entries(new QueueEntryModel(this))
    , m_filtered(new QueueEntryFilterModel(this))
    , m_summary(new QueueSummaryModel(this))
    , m_rejections(new RejectionGroupModel(this))
    , m_alerts(new QueueAlerts(m_clock, this))
{
    m_stores->post([history = m_history, path = QDir(dataFolder).filePath(QStringLiteral("queue-history.sqlite"))] {
        if (!history->open(path))
            qWarning("queue history unavailable: %s", qPrintable(history->errorText()));
    });
    m_filtered->setSourceModel(m_entries);
    m_poller->setIntervalSeconds(settings->value(setting::queueRefreshSeconds));
    const std::optional<qint64> oldestMinutes = positive(settings->value(setting::queueMaxOldestPendingMinutes));
    const int rejectPercent = settings->value(setting::queueMaxRejectPercent);
    const std::optional<qint64> stuckMinutes = positive(settings->value(setting::queueStuckMinutes));
    applyThresholds(QueueThresholds {positive(settings->value(setting::queueMaxPending)),
                                     oldestMinutes ? std::optional<qint64>(*oldestMinutes * 60) : std::nullopt,
                                     rejectPercent > 0 ? std::optional<double>(rejectPercent / 100.0) : std::nullopt,
                                     stuckMinutes ? std::optional<qint64>(*stuckMinutes * 60) : std::nullopt});

    connect(m_poller, &QueuePoller::polled, this, &QueueMonitoring::onPolled);
    connect(m_poller, &QueuePoller::pollFailed, this, &QueueMonitoring::onPollFailed);
    connect(m_alerts, &QueueAlerts::raised, this,
            [this](QueueAlerts::Kind, const QString &text) { Q_EMIT alertRaised(text); });
}

void QueueMonitoring::start()
{
    m_poller->start();
}

void QueueMonitoring::applyThresholds(const QueueThresholds &t)
{
    m_alerts->setThresholds(t);
    // "Stuck" in the summary and in the alert are the same judgement.
    if (t.stuckAfterSeconds)
        m_summaryOptions.stuckAfterSeconds = *t.stuckAfterSeconds;
    m_poller->setSummaryOptions(m_summaryOptions);
}

void QueueMonitoring::setThresholds(const QueueThresholds &t)
{
    applyThresholds(t);
    m_settings->setValue(setting::queueStuckMinutes, int(t.stuckAfterSeconds.value_or(0) / 60));
    m_settings->setValue(setting::queueMaxPending, int(t.maxPending.value_or(0)));
    m_settings->setValue(setting::queueMaxOldestPendingMinutes, int(t.maxOldestPendingSeconds.value_or(0) / 60));
    m_settings->setValue(setting::queueMaxRejectPercent, int(t.maxRejectRatio.value_or(0) * 100.0 + 0.5));
}

QueueThresholds QueueMonitoring::thresholds() const
{
    return m_alerts->thresholds();
}

void QueueMonitoring::setHistorySpan(qint64 seconds)
{
    m_historySpanSeconds = seconds;
    readHistory();
}

void QueueMonitoring::readHistory()
{
    const QDateTime now = m_clock->now();
    readHistorySince(now.addSecs(-m_historySpanSeconds - kHistoryMarginSeconds), this,
                     [this, now](const QList<QueueHistorySample> &samples) { Q_EMIT historyRead(samples, now); });
}

void QueueMonitoring::readHistorySince(const QDateTime &since, QObject *context,
                                       std::function<void(const QList<QueueHistorySample> &)> done)
{
    m_stores->call([history = m_history, since] { return history->samplesSince(since); }, context, std::move(done));
}

void QueueMonitoring::onPolled(const QueueUpdate &update)
{
    const QDateTime at = update.at;
    m_lastUpdate = at;
    m_stale = false;
    // The poller sent what changed (everything on its first poll) and summed the queue up on its
    // worker: here the models only take it in.
    int arrived = 0; // entries the last poll did not know (none on the first: everything is new then)
    if (update.complete) {
        m_entries->setEntries(update.changed);
    } else {
        arrived = int(std::count_if(update.changed.begin(), update.changed.end(),
                                    [this](const QueueEntry &entry) { return m_entries->rowOfId(entry.id) < 0; }));
        m_entries->applyChanges(update.changed, update.gone);
    }
    m_rejections->setGroups(update.rejectionGroups);
    const QList<QueueSourceFigures> &figures = update.figures;
    m_summary->setFigures(figures);

    m_stuck.clear();
    for (const QueueSourceFigures &f : figures) {
        if (f.stuck && f.key != QueueSummary::totalKey())
            m_stuck.append(f.label);
    }
    const QueueSourceFigures total = figures.isEmpty() ? QueueSourceFigures() : figures.last();
    m_pending = total.count(QueueState::Pending);
    m_measure = QueueMeasure {m_pending, total.oldestPendingCreated, total.windowRejectRatio, m_stuck};

    // Written, then read back behind it on the same queue of jobs: the charts include this poll.
    const QueueHistorySample sample {at, m_pending, total.count(QueueState::Completed),
                                     total.count(QueueState::Rejected), total.count(QueueState::CompletedAndRemoved)};
    m_stores->post([history = m_history, sample] {
        if (history->isOpen() && !history->append(sample))
            qWarning("queue history: a sample was not written: %s", qPrintable(history->errorText()));
    });
    readHistory();
    Q_EMIT updated(at);
    if (arrived > 0)
        Q_EMIT entriesArrived(arrived);
    m_alerts->evaluate(m_measure);
}

void QueueMonitoring::onPollFailed(const ApiError &error)
{
    m_stale = true;
    Q_EMIT failed(error);
}

} // namespace commdesk
