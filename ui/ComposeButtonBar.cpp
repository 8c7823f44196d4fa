#include "ComposeButtonBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace commdesk {

namespace {

QPushButton *button(const QString &text, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *push = new QPushButton(text, parent);
    push->setObjectName(objectName);
    push->setAccessibleName(accessibleName);
    // Enter in a field must never send: no button is the dialog's default.
    push->setAutoDefault(false);
    return push;
}

} // namespace

ComposeButtonBar::ComposeButtonBar(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_saveDraft(button(tr("Sa&ve as draft"), QStringLiteral("saveDraft"), tr("Save as draft"), this))
    , m_send(button(tr("Send"), QStringLiteral("send"), tr("Send"), this))
    , m_close(button(tr("Close"), QStringLiteral("close"), tr("Close"), this))
{
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Waiting for the server"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextFormat(Qt::PlainText);
    connect(m_send, &QPushButton::clicked, this, &ComposeButtonBar::sendClicked);
    connect(m_saveDraft, &QPushButton::clicked, this, &ComposeButtonBar::saveDraftClicked);
    connect(m_close, &QPushButton::clicked, this, &ComposeButtonBar::closeClicked);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_saveDraft);
    layout->addWidget(m_send);
    layout->addWidget(m_close);
}

void ComposeButtonBar::showShortcuts(const QKeySequence &send, const QKeySequence &saveDraft)
{
    const auto withKeys = [](const QString &text, const QKeySequence &keys) {
        return keys.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
    };
    m_send->setToolTip(withKeys(tr("Complete the communication"), send));
    m_saveDraft->setToolTip(withKeys(tr("Save as a draft to finish later"), saveDraft));
}

void ComposeButtonBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ComposeButtonBar::showProgress(const QString &status)
{
    m_progress->show();
    m_status->setText(status);
}

void ComposeButtonBar::hideProgress()
{
    m_progress->hide();
    m_status->clear();
}

void ComposeButtonBar::refresh(bool idle, std::optional<Media> media)
{
    m_send->setEnabled(idle);
    m_saveDraft->setEnabled(idle);
    m_close->setEnabled(idle);
    // Phone calls, letters and meetings are recorded, not sent.
    const bool delivered = !media || media == Media::Email || media == Media::Sms;
    m_send->setText(delivered ? tr("Send") : tr("Complete"));
    m_send->setAccessibleName(m_send->text());
}

} // namespace commdesk
