#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <array>
#include <optional>

namespace commdesk {

class Clock;

// The limits a supervisor sets; an absent one never alarms.
struct QueueThresholds
{
    std::optional<qint64> maxPending;
    std::optional<qint64> maxOldestPendingSeconds;
    std::optional<double> maxRejectRatio; // 0..1
    // A source with entries waiting and nothing finished for this long is stuck.
    std::optional<qint64> stuckAfterSeconds;
};

// What one poll measured, in total.
struct QueueMeasure
{
    qint64 pending = 0;
    std::optional<QDateTime> oldestPendingCreated;
    double rejectRatio = 0;
    QStringList stuckSources; // by name: waiting entries, no progress for stuckAfterSeconds
};

// Raises an alert when a measure crosses its threshold, once per episode: not again on the next
// poll while it stays above, and not again when it dips below for a moment. An episode ends when
// the measure has stayed at or below the threshold for `quietSeconds` on the clock (docs/architecture.md
// "Clock": a FakeClock in tests).
class QueueAlerts : public QObject
{
    Q_OBJECT

public:
    enum class Kind { PendingBacklog, OldestPending, RejectRatio, Stuck };
    Q_ENUM(Kind)
    // A null `clock` is the system's.
    explicit QueueAlerts(Clock *clock = nullptr, QObject *parent = nullptr);

    void setThresholds(const QueueThresholds &thresholds);
    const QueueThresholds &thresholds() const { return m_thresholds; }
    void setQuietSeconds(qint64 seconds) { m_quietSeconds = seconds; }

    void evaluate(const QueueMeasure &measure);
    bool isActive(Kind kind) const { return m_episodes[index(kind)].active; }

    // The sentence a notification and the banner show.
    static QString describe(Kind kind, const QueueMeasure &measure, const QueueThresholds &thresholds,
                            const QDateTime &now);

Q_SIGNALS:
    void raised(commdesk::QueueAlerts::Kind kind, const QString &text);
    void cleared(commdesk::QueueAlerts::Kind kind);

private:
    struct Episode
    {
        bool active = false;
        std::optional<QDateTime> belowSince;
    };
    static std::size_t index(Kind kind) { return static_cast<std::size_t>(kind); }
    void update(Kind kind, bool above, const QueueMeasure &measure, const QDateTime &now);

    Clock *m_clock;
    QueueThresholds m_thresholds;
    qint64 m_quietSeconds = 120;
    std::array<Episode, 4> m_episodes;
};

} // namespace commdesk
