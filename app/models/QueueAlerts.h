#pragma once

#include <QDateTime>
#include <QObject>

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
};

// What one poll measured, in total.
struct QueueMeasure
{
    qint64 pending = 0;
    std::optional<QDateTime> oldestPendingCreated;
    double rejectRatio = 0;
};

// Raises an alert when a measure crosses its threshold, once per episode: not again on the next
// poll while it stays above, and not again when it dips below for a moment. An episode ends when
// the measure has stayed at or below the threshold for `quietSeconds` on the clock (docs/architecture.md
// "Clock": a FakeClock in tests).
class QueueAlerts : public QObject
{
    Q_OBJECT

public:
    enum class Kind { PendingBacklog, OldestPending, RejectRatio };
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
    std::array<Episode, 3> m_episodes;
};

} // namespace commdesk
