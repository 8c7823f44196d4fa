#include "QueueAlertSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace commdesk {

QueueAlertSettingsDialog::QueueAlertSettingsDialog(const QueueThresholds &t, QWidget *parent)
    : QDialog(parent)
    , m_pending(new QSpinBox(this))
    , m_oldestMinutes(new QSpinBox(this))
    , m_rejectPercent(new QSpinBox(this))
    , m_stuckMinutes(new QSpinBox(this))
{
    setWindowTitle(tr("Queue alerts"));
    for (QSpinBox *box : {m_pending, m_oldestMinutes, m_rejectPercent, m_stuckMinutes})
        box->setSpecialValueText(tr("Off"));
    m_pending->setRange(0, 1000000);
    m_pending->setValue(int(t.maxPending.value_or(0)));
    m_pending->setAccessibleName(tr("Pending backlog limit"));
    m_oldestMinutes->setRange(0, 60 * 24 * 30);
    m_oldestMinutes->setSuffix(tr(" min"));
    m_oldestMinutes->setValue(int(t.maxOldestPendingSeconds.value_or(0) / 60));
    m_oldestMinutes->setAccessibleName(tr("Oldest pending age limit"));
    m_rejectPercent->setRange(0, 100);
    m_rejectPercent->setSuffix(QStringLiteral(" %"));
    m_rejectPercent->setValue(int(t.maxRejectRatio.value_or(0) * 100.0 + 0.5));
    m_rejectPercent->setAccessibleName(tr("Reject ratio limit"));
    m_stuckMinutes->setRange(0, 60 * 24);
    m_stuckMinutes->setSuffix(tr(" min"));
    m_stuckMinutes->setValue(int(t.stuckAfterSeconds.value_or(0) / 60));
    m_stuckMinutes->setAccessibleName(tr("Stuck source limit"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An alert (a banner and a desktop notification) is raised once when a measure "
                                "goes above its limit, and again only after it has been back below for a while."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("More than this many &pending entries:"), m_pending);
    form->addRow(tr("&Oldest pending entry waiting longer than:"), m_oldestMinutes);
    form->addRow(tr("&Reject ratio (recent) above:"), m_rejectPercent);
    form->addRow(tr("A source with waiting entries &sends nothing for:"), m_stuckMinutes);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QueueThresholds QueueAlertSettingsDialog::thresholds() const
{
    QueueThresholds t;
    if (m_pending->value() > 0)
        t.maxPending = m_pending->value();
    if (m_oldestMinutes->value() > 0)
        t.maxOldestPendingSeconds = qint64(m_oldestMinutes->value()) * 60;
    if (m_rejectPercent->value() > 0)
        t.maxRejectRatio = m_rejectPercent->value() / 100.0;
    if (m_stuckMinutes->value() > 0)
        t.stuckAfterSeconds = qint64(m_stuckMinutes->value()) * 60;
    return t;
}

} // namespace commdesk
