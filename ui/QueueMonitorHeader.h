#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;

namespace commdesk {

class ElidedLabel;

class QueuePoller;
class Settings;

// The queue monitor's top line: how many entries are pending and which sources are stuck, how old
// the figures are, the refresh interval (remembered in the settings) and the monitor's tools.
class QueueMonitorHeader : public QWidget
{
    Q_OBJECT

public:
    QueueMonitorHeader(QueuePoller *poller, Settings *settings, const QList<QAction *> &tools,
                       QWidget *parent = nullptr);

    void showPending(qsizetype pending, const QStringList &stuck);
    // The figures are from `lastUpdate` (invalid: none yet); stale when the last poll failed.
    void showAge(const QDateTime &lastUpdate, bool stale);
    QLabel *updatedLabel() const { return m_updated; }

private:
    QueuePoller *m_poller;
    ElidedLabel *m_headline;
    QLabel *m_updated;
    QComboBox *m_interval;
};

} // namespace commdesk
