#include "OutboxPanel.h"

#include "DisplayText.h"
#include "LocalDrafts.h"
#include "Outbox.h"
#include "PaneNavigation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace commdesk {

OutboxPanel::OutboxPanel(LocalDrafts *drafts, Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_drafts(drafts)
    , m_outbox(outbox)
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_sendNow(new QPushButton(tr("Send &now"), this))
    , m_discard(new QPushButton(tr("Discard…"), this))
{
    setObjectName(QStringLiteral("outboxPanel"));
    m_list->setObjectName(QStringLiteral("outboxList"));
    m_list->setAccessibleName(tr("Not yet sent: recovered drafts and the outbox"));
    panes::leaveOnTab(m_list);
    m_list->setMaximumHeight(140);
    m_list->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("outboxOpen"));
    m_open->setAccessibleName(tr("Open or edit the selected item"));
    m_sendNow->setObjectName(QStringLiteral("outboxSendNow"));
    m_sendNow->setAccessibleName(tr("Try sending the outbox now"));
    m_discard->setObjectName(QStringLiteral("outboxDiscard"));
    m_discard->setAccessibleName(tr("Discard the selected item"));
    auto *label = new QLabel(tr("Not &yet sent"), this);
    label->setBuddy(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_sendNow);
    buttons->addWidget(m_discard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, &OutboxPanel::openCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &OutboxPanel::openCurrent);
    connect(m_sendNow, &QPushButton::clicked, m_outbox, &Outbox::retryNow);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::discardCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &OutboxPanel::updateButtons);
    connect(m_outbox, &Outbox::changed, this, &OutboxPanel::refresh);
    refresh();
}

void OutboxPanel::setRecoveredDrafts(const QList<LocalDraft> &drafts)
{
    m_recovered = drafts;
    refresh();
}

std::optional<LocalDraft> OutboxPanel::recoveredDraft(qint64 id) const
{
    for (const LocalDraft &draft : m_recovered)
        if (draft.id == id)
            return draft;
    return std::nullopt;
}

QString OutboxPanel::stateText(const OutboxItem &item)
{
    switch (item.state) {
    case OutboxItem::State::Sending:
        return item.outcomeUnknown ? tr("checking") : tr("sending");
    case OutboxItem::State::Held:
        return tr("being edited");
    case OutboxItem::State::Failed:
        return tr("failed");
    case OutboxItem::State::Waiting:
        break;
    }
    return item.outcomeUnknown ? tr("waiting (will check first)") : tr("waiting");
}

void OutboxPanel::refresh()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const LocalDraft &draft : std::as_const(m_recovered)) {
        auto *entry = new QListWidgetItem(tr("Recovered: %1").arg(draft.title), m_list);
        entry->setData(KindRole, RecoveredDraft);
        entry->setData(IdRole, draft.id);
        entry->setToolTip(tr("Typed before CommDesk closed, last kept %1").arg(DisplayText::dateTime(draft.updatedAt)));
    }
    for (const OutboxItem &item : m_outbox->items()) {
        QString text = tr("Outbox: %1 — %2").arg(item.title, stateText(item));
        if (item.attempts > 0)
            text += item.attempts == 1 ? tr(", 1 attempt") : tr(", %1 attempts").arg(item.attempts);
        auto *entry = new QListWidgetItem(text, m_list);
        entry->setData(KindRole, OutboxEntry);
        entry->setData(IdRole, item.id);
        entry->setToolTip(item.lastError.isEmpty() ? text : tr("Last error: %1").arg(item.lastError));
    }
    setVisible(m_list->count() > 0);
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    updateButtons();
}

void OutboxPanel::updateButtons()
{
    const QListWidgetItem *entry = m_list->currentItem();
    m_open->setEnabled(entry != nullptr);
    m_discard->setEnabled(entry != nullptr);
    m_sendNow->setEnabled(!m_outbox->items().isEmpty());
}

void OutboxPanel::openCurrent()
{
    const QListWidgetItem *entry = m_list->currentItem();
    if (!entry)
        return;
    const qint64 id = entry->data(IdRole).toLongLong();
    if (entry->data(KindRole).toInt() == RecoveredDraft) {
        if (const std::optional<LocalDraft> draft = recoveredDraft(id)) {
            m_recovered.removeIf([id](const LocalDraft &d) { return d.id == id; }); // its window keeps it now
            refresh();
            Q_EMIT openLocalDraft(*draft);
        }
        return;
    }
    if (const std::optional<OutboxItem> item = m_outbox->item(id))
        Q_EMIT editOutboxItem(*item);
}

void OutboxPanel::discardCurrent()
{
    const QListWidgetItem *entry = m_list->currentItem();
    if (!entry)
        return;
    const int kind = entry->data(KindRole).toInt();
    const qint64 id = entry->data(IdRole).toLongLong();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard"),
                                tr("Discard “%1”? What was typed will be lost.").arg(entry->text()),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardQuestion"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // No nested event loop (docs/architecture.md "Rules of the house"): the answer comes as a signal.
    connect(box, &QMessageBox::finished, this, [this, box, kind, id] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Discard)
            return;
        if (kind == RecoveredDraft) {
            m_drafts->remove(id);
            m_recovered.removeIf([id](const LocalDraft &d) { return d.id == id; });
            refresh();
        } else {
            m_outbox->discard(id);
        }
    });
    box->open();
}

} // namespace commdesk
