#pragma once

#include "ApiError.h"
#include "QueueAlerts.h"
#include "QueueEntry.h"
#include "QueueHistoryStore.h"
#include "QueuePoller.h"
#include "QueueSummary.h"

#include <QObject>

#include <functional>
#include <memory>

namespace commdesk {

class Clock;
class CrmConnection;
class QueueEntryFilterModel;
class QueueEntryModel;
class QueuePoller;
class QueueSummaryModel;
class RejectionGroupModel;
class Settings;
class StoreThread;

// The queue monitor without its widgets: polls the whole queue (QueuePoller), sums each poll up per
// media, external system and in total (QueueSummary), groups the rejections, writes the history
// (queue-history.sqlite) and reads back what the charts show, both as jobs on the store thread, and
// raises alerts (QueueAlerts) on the clock. The last figures stay when a poll fails, marked stale.
class QueueMonitoring : public QObject
{
    Q_OBJECT

public:
    // `dataFolder` holds queue-history.sqlite; `clock` null is the system's.
    QueueMonitoring(CrmConnection *connection, Settings *settings, StoreThread *stores, const QString &dataFolder,
                    Clock *clock = nullptr, QObject *parent = nullptr);

    // Starts auto-refresh with a poll now.
    void start();

    QueuePoller *poller() const { return m_poller; }
    QueueEntryModel *entries() const { return m_entries; }
    QueueEntryFilterModel *filteredEntries() const { return m_filtered; }
    QueueSummaryModel *summary() const { return m_summary; }
    RejectionGroupModel *rejections() const { return m_rejections; }
    QueueAlerts *alerts() const { return m_alerts; }

    // When the figures shown were polled; invalid before the first poll.
    QDateTime lastUpdate() const { return m_lastUpdate; }
    // The last poll failed: the figures are the earlier ones.
    bool isStale() const { return m_stale; }
    qsizetype pending() const { return m_pending; }
    // The sources (by label) where entries wait and nothing moves.
    QStringList stuckSources() const { return m_stuck; }
    // The total of the last poll, as the alerts measured it.
    QueueMeasure measure() const { return m_measure; }

    // Applied at once and kept in the settings.
    void setThresholds(const QueueThresholds &thresholds);
    QueueThresholds thresholds() const;

    // How far back the history read after each poll goes (the charts' span); reads it again now.
    void setHistorySpan(qint64 seconds);
    void readHistory();
    // Samples from `since` (oldest first), read on the store thread; `done` runs on `context`'s thread.
    void readHistorySince(const QDateTime &since, QObject *context,
                          std::function<void(const QList<QueueHistorySample> &samples)> done);

Q_SIGNALS:
    // A poll was summed up: the models, pending(), stuckSources() and measure() are new.
    void updated(const QDateTime &at);
    // A poll failed; the figures of lastUpdate() stay.
    void failed(const commdesk::ApiError &error);
    // The history of the span, read back after it was written.
    void historyRead(const QList<commdesk::QueueHistorySample> &samples, const QDateTime &now);
    void alertRaised(const QString &text);
    // A poll brought `count` entries that were not in the queue before.
    void entriesArrived(int count);

private:
    void applyThresholds(const QueueThresholds &thresholds);
    void onPolled(const QueueUpdate &update);
    void onPollFailed(const ApiError &error);

    Settings *m_settings;
    StoreThread *m_stores;
    Clock *m_clock;
    std::shared_ptr<QueueHistoryStore> m_history;
    QueuePoller *m_poller;
    QueueEntryModel *m_entries;
    QueueEntryFilterModel *m_filtered;
    QueueSummaryModel *m_summary;
    RejectionGroupModel *m_rejections;
    QueueAlerts *m_alerts;
    QueueSummary::Options m_summaryOptions;
    qint64 m_historySpanSeconds = 3600;
    QDateTime m_lastUpdate;
    bool m_stale = false;
    qsizetype m_pending = 0;
    QStringList m_stuck;
    QueueMeasure m_measure;
};

} // namespace commdesk
