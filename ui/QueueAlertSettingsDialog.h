#pragma once

#include "QueueAlerts.h"

#include <QDialog>

class QSpinBox;

namespace commdesk {

// The three alert thresholds; 0 turns one off.
class QueueAlertSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    QueueAlertSettingsDialog(const QueueThresholds &thresholds, QWidget *parent = nullptr);
    QueueThresholds thresholds() const;

private:
    QSpinBox *m_pending;
    QSpinBox *m_oldestMinutes;
    QSpinBox *m_rejectPercent;
    QSpinBox *m_stuckMinutes;
};

} // namespace commdesk
