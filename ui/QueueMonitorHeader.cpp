#include "QueueMonitorHeader.h"

#include "Accessibility.h"
#include "ElidedLabel.h"
#include "QueuePoller.h"
#include "QueueSummaryModel.h"
#include "Settings.h"
#include "Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace commdesk {

QueueMonitorHeader::QueueMonitorHeader(QueuePoller *poller, Settings *settings, const QList<QAction *> &tools,
                                       QWidget *parent)
    : QWidget(parent)
    , m_poller(poller)
    , m_headline(new ElidedLabel(this))
    , m_updated(new QLabel(this))
    , m_interval(new QComboBox(this))
{
    m_updated->setAccessibleName(tr("Last update"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    // A long list of stuck sources is cut short (whole in the tooltip and the alert banner) rather than making the
    // window wider than the screen.
    m_interval->setAccessibleName(tr("Refresh interval"));
    accessibility::labelComboBox(m_interval);
    for (int seconds : {5, 15, 30, 60, 300})
        m_interval->addItem(seconds < 60 ? tr("Every %1 s").arg(seconds) : tr("Every %1 min").arg(seconds / 60),
                            seconds);
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(m_poller->intervalSeconds())));
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this, settings] {
        const int seconds = m_interval->currentData().toInt();
        m_poller->setIntervalSeconds(seconds);
        settings->setValue(setting::queueRefreshSeconds, seconds);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline, 1);
    layout->addWidget(m_updated);
    layout->addWidget(m_interval);
    for (QAction *action : tools) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
}

void QueueMonitorHeader::showPending(qsizetype pending, const QStringList &stuck)
{
    m_headline->setText(
        stuck.isEmpty() ? tr("%n pending", nullptr, int(pending))
                        : tr("%n pending — stuck: %1", nullptr, int(pending)).arg(stuck.join(QStringLiteral(", "))));
    theme::setTextTone(m_headline, stuck.isEmpty() ? std::nullopt : std::optional(tones::Tone::Error));
}

void QueueMonitorHeader::showAge(const QDateTime &lastUpdate, bool stale)
{
    QString text;
    if (!lastUpdate.isValid())
        text = m_poller->isPolling() ? tr("Loading…") : tr("Not updated yet");
    else {
        const qint64 seconds = std::max<qint64>(0, lastUpdate.secsTo(QDateTime::currentDateTimeUtc()));
        text = seconds < 60 ? tr("Updated %n seconds ago", nullptr, int(seconds))
                            : tr("Updated %1 ago").arg(QueueSummaryModel::age(seconds));
    }
    if (stale)
        text += tr(" (stale)");
    if (m_poller->isPaused())
        text += tr(" — paused");
    m_updated->setText(text);
    theme::setTextTone(m_updated, stale ? std::optional(tones::Tone::Error) : std::nullopt);
    QFont font = m_updated->font();
    font.setBold(stale);
    m_updated->setFont(font);
}

} // namespace commdesk
