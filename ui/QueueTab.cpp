#include "QueueTab.h"

#include "Accessibility.h"
#include "MessageBanner.h"
#include "QueueEntryLookup.h"
#include "QueueEntrySelection.h"
#include "QueueMonitorWidget.h"
#include "QueueMonitoring.h"
#include "QueuePoller.h"
#include "QueueWorkListView.h"
#include "QueueWorkspace.h"
#include "Settings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>

namespace commdesk {

QueueTab::QueueTab(QueueWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_settings(workspace->settings())
    , m_monitor(new QueueMonitorWidget(workspace, this))
    , m_nextToSend(new QueueWorkListView(workspace, QueueWorkList::Kind::NextToSend, this))
    , m_deliveredNotViewed(new QueueWorkListView(workspace, QueueWorkList::Kind::DeliveredNotViewed, this))
    , m_lookup(workspace->lookup())
    , m_viewBar(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_goToField(new QLineEdit(this))
    , m_goToButton(new QPushButton(tr("Go"), this))
    , m_goToBanner(new MessageBanner(this))
{
    setAccessibleName(tr("Queue"));
    m_viewBar->setAccessibleName(tr("Queue views"));
    m_viewBar->setDrawBase(false);
    m_viewBar->addTab(tr("&Monitor"));
    m_viewBar->addTab(tr("&Next to send"));
    m_viewBar->addTab(tr("&Delivered, not viewed"));
    m_viewBar->setTabToolTip(1, tr("What a gateway will take next: the pending entries, in the server's order"));
    m_viewBar->setTabToolTip(2, tr("Entries delivered whose communication has not been viewed"));
    m_stack->addWidget(m_monitor);
    m_stack->addWidget(m_nextToSend);
    m_stack->addWidget(m_deliveredNotViewed);

    m_goToField->setPlaceholderText(tr("CQ000123 or id"));
    m_goToField->setAccessibleName(tr("Queue entry number or id"));
    accessibility::enableClearButton(m_goToField);
    m_goToField->setMaximumWidth(m_goToField->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20);
    m_goToButton->setAccessibleName(tr("Go to queue entry"));
    auto *goToLabel = new QLabel(tr("&Go to entry:"), this);
    goToLabel->setBuddy(m_goToField);
    m_goTo = new QAction(tr("&Go to queue entry…"), this);
    m_goTo->setObjectName(QStringLiteral("queueGoToEntry"));
    m_goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_goTo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_goTo);
    m_goToField->setToolTip(
        tr("Open a queue entry by its number or id (%1)").arg(m_goTo->shortcut().toString(QKeySequence::NativeText)));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 0);
    top->addWidget(m_viewBar);
    top->addStretch(1);
    top->addWidget(goToLabel);
    top->addWidget(m_goToField);
    top->addWidget(m_goToButton);
    auto *banner = new QHBoxLayout;
    banner->setContentsMargins(8, 4, 8, 0);
    banner->addWidget(m_goToBanner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addLayout(banner);
    layout->addWidget(m_stack, 1);

    connect(m_goTo, &QAction::triggered, this, [this] {
        m_goToField->setFocus(Qt::ShortcutFocusReason);
        m_goToField->selectAll();
    });
    connect(m_goToField, &QLineEdit::returnPressed, this, [this] { goToEntry(m_goToField->text()); });
    connect(m_goToButton, &QPushButton::clicked, this, [this] { goToEntry(m_goToField->text()); });
    connect(m_lookup, &QueueEntryLookup::found, this, [this](const QueueEntry &entry) {
        m_goToBanner->hide();
        if (QueueEntrySelection *selection = currentSelection())
            selection->openEntry(entry);
    });
    connect(m_lookup, &QueueEntryLookup::notFound, this, [this](const QString &text) {
        m_goToBanner->showMessage(MessageBanner::Kind::Warning, tr("There is no queue entry %1.").arg(text));
    });
    connect(m_lookup, &QueueEntryLookup::failed, this, [this](const ApiError &error) {
        m_goToBanner->showMessage(MessageBanner::Kind::Error,
                                  tr("The queue entry could not be opened: %1").arg(error.userText()));
    });

    connect(m_viewBar, &QTabBar::currentChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_settings->setValue(setting::queueView, index);
    });
    connect(m_monitor, &QueueMonitorWidget::openCommunicationRequested, this, &QueueTab::openCommunicationRequested);
    connect(m_monitor, &QueueMonitorWidget::composeOpened, this, &QueueTab::composeOpened);
    connect(m_monitor, &QueueMonitorWidget::attentionRequested, this, &QueueTab::attentionRequested);
    forward(m_nextToSend);
    forward(m_deliveredNotViewed);
    // The work lists pick their external systems from the list the monitor's poller loads.
    connect(workspace->monitoring(), &QueueMonitoring::updated, this, [this] {
        m_nextToSend->addExternalSystems(m_monitor->poller()->externalSystems());
        m_deliveredNotViewed->addExternalSystems(m_monitor->poller()->externalSystems());
    });
    showView(View(std::clamp(m_settings->value(setting::queueView), 0, m_viewBar->count() - 1)));
}

void QueueTab::forward(QueueWorkListView *view)
{
    connect(view, &QueueWorkListView::openCommunicationRequested, this, &QueueTab::openCommunicationRequested);
    connect(view, &QueueWorkListView::composeOpened, this, &QueueTab::composeOpened);
}

void QueueTab::start()
{
    m_monitor->start();
}

void QueueTab::setComposeOpener(QueueEntryToolBar::ComposeOpener opener)
{
    m_monitor->setComposeOpener(opener);
    m_nextToSend->setComposeOpener(opener);
    m_deliveredNotViewed->setComposeOpener(std::move(opener));
}

void QueueTab::showView(View view)
{
    m_viewBar->setCurrentIndex(int(view));
    m_stack->setCurrentIndex(int(view));
}

QueueTab::View QueueTab::currentView() const
{
    return View(m_stack->currentIndex());
}

QueueEntrySelection *QueueTab::currentSelection() const
{
    switch (currentView()) {
    case View::Monitor:
        return m_monitor->entrySelection();
    case View::NextToSend:
        return m_nextToSend->entrySelection();
    case View::DeliveredNotViewed:
        return m_deliveredNotViewed->entrySelection();
    }
    return nullptr;
}

void QueueTab::goToEntry(const QString &text)
{
    m_goToBanner->hide();
    if (QueueEntryLookup::identifierFor(text).isValid())
        m_lookup->find(text);
}

} // namespace commdesk
