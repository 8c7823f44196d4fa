#include "QueueMonitorWidget.h"

#include "ActionJournalDialog.h"
#include "DisplayText.h"
#include "MessageBanner.h"
#include "PaletteIcon.h"
#include "PaneNavigation.h"
#include "QueueActionDialog.h"
#include "QueueAlertSettingsDialog.h"
#include "QueueAlerts.h"
#include "QueueChartsView.h"
#include "QueueEntryCommands.h"
#include "QueueEntryDetailView.h"
#include "QueueEntryFilterBar.h"
#include "QueueEntryFilterModel.h"
#include "QueueEntryModel.h"
#include "QueueEntrySelection.h"
#include "QueueEntryTable.h"
#include "QueueJournal.h"
#include "QueueMonitorHeader.h"
#include "QueueMonitoring.h"
#include "QueuePoller.h"
#include "QueueSummaryModel.h"
#include "QueueWorkspace.h"
#include "RejectionGroupActions.h"
#include "RejectionGroupModel.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    return label;
}

} // namespace

QueueMonitorWidget::QueueMonitorWidget(QueueWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_monitoring(workspace->monitoring())
    , m_commands(workspace->entryCommands(QueueWorkspace::View::Monitor))
    , m_settings(workspace->settings())
{
    setAccessibleName(tr("Queue monitor")); // also where its shortcuts work, in Help > Keyboard shortcuts
    createActions();
    createLayout();
    restoreState();

    connect(m_monitoring, &QueueMonitoring::updated, this, &QueueMonitorWidget::onUpdated);
    connect(m_monitoring, &QueueMonitoring::failed, this, &QueueMonitorWidget::onFailed);
    connect(m_monitoring, &QueueMonitoring::historyRead, m_charts, &QueueChartsView::setSamples);
    connect(m_monitoring->alerts(), &QueueAlerts::raised, this,
            [this](QueueAlerts::Kind kind, const QString &text) { raiseAlert(int(kind), text); });
    connect(m_monitoring->alerts(), &QueueAlerts::cleared, this,
            [this](QueueAlerts::Kind kind) { clearAlert(int(kind)); });
    connect(poller(), &QueuePoller::pollStarted, this, [this] { m_refresh->setEnabled(false); });
    connect(m_commands, &QueueEntryCommands::finished, this, &QueueMonitorWidget::onActionsFinished);
    connect(m_toolBar, &QueueEntryToolBar::openCommunicationRequested, this,
            &QueueMonitorWidget::openCommunicationRequested);
    connect(m_toolBar, &QueueEntryToolBar::actionDialogOpened, this, &QueueMonitorWidget::actionDialogOpened);
    connect(m_toolBar, &QueueEntryToolBar::composeOpened, this, &QueueMonitorWidget::composeOpened);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/commdesk.svg")), this);
        m_tray->setToolTip(tr("CommDesk queue monitor"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT attentionRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &QueueMonitorWidget::attentionRequested);
        m_tray->show();
    }
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &QueueMonitorWidget::updateAgeLabel);
    ticker->start(1000);
}

QueueMonitorWidget::~QueueMonitorWidget() = default;

QLabel *QueueMonitorWidget::updatedLabel() const
{
    return m_header->updatedLabel();
}

QAction *QueueMonitorWidget::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void QueueMonitorWidget::start()
{
    m_monitoring->start();
}

void QueueMonitorWidget::setComposeOpener(ComposeOpener opener)
{
    m_toolBar->setComposeOpener(std::move(opener));
}

QueuePoller *QueueMonitorWidget::poller() const
{
    return m_monitoring->poller();
}

QueueEntryModel *QueueMonitorWidget::entryModel() const
{
    return m_monitoring->entries();
}

QueueEntryFilterModel *QueueMonitorWidget::entryProxy() const
{
    return m_monitoring->filteredEntries();
}

QueueSummaryModel *QueueMonitorWidget::summaryModel() const
{
    return m_monitoring->summary();
}

RejectionGroupModel *QueueMonitorWidget::rejectionModel() const
{
    return m_monitoring->rejections();
}

QueueEntrySelection *QueueMonitorWidget::entrySelection() const
{
    return m_commands->selection();
}

QueueAlerts *QueueMonitorWidget::alerts() const
{
    return m_monitoring->alerts();
}

QueueJournal *QueueMonitorWidget::journal() const
{
    return m_workspace->journal();
}

bool QueueMonitorWidget::isStale() const
{
    return m_monitoring->isStale();
}

void QueueMonitorWidget::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                       const std::function<void()> &handler) {
        auto *action = new QAction(paletteIcon(icon), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, handler);
        addAction(action);
        return action;
    };
    m_refresh = make(QStringLiteral("queueRefresh"), tr("&Refresh"), QStringLiteral("refresh"), QKeySequence::Refresh,
                     [this] { poller()->refresh(); });
    m_pause = make(QStringLiteral("queuePause"), tr("&Pause"), QString(), QKeySequence(Qt::Key_Pause),
                   [this] { poller()->setPaused(!poller()->isPaused()); });
    m_pause->setCheckable(true);
    m_journalAction = make(QStringLiteral("queueJournal"), tr("Action &journal"), QStringLiteral("copy"),
                           QKeySequence(Qt::CTRL | Qt::Key_J), [this] {
                               auto *dialog = new ActionJournalDialog(m_workspace->journal(), this);
                               dialog->setAttribute(Qt::WA_DeleteOnClose);
                               dialog->open();
                           });
    m_alertSettings = make(QStringLiteral("queueAlertSettings"), tr("&Alerts…"), QStringLiteral("viewed"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] {
                               auto *dialog = new QueueAlertSettingsDialog(m_monitoring->thresholds(), this);
                               dialog->setAttribute(Qt::WA_DeleteOnClose);
                               connect(dialog, &QDialog::accepted, this,
                                       [this, dialog] { m_monitoring->setThresholds(dialog->thresholds()); });
                               dialog->open();
                           });
    connect(poller(), &QueuePoller::pausedChanged, this, [this](bool paused) {
        m_pause->setChecked(paused);
        m_pause->setText(paused ? tr("Resume") : tr("&Pause"));
        updateAgeLabel();
    });
}

void QueueMonitorWidget::createLayout()
{
    m_alertBanner = new MessageBanner(this);
    m_alertBanner->setObjectName(QStringLiteral("alertBanner"));
    m_actionBanner = new MessageBanner(this);
    m_actionBanner->setObjectName(QStringLiteral("actionBanner"));
    m_connectionBanner = new MessageBanner(this);
    m_journalBanner = new MessageBanner(this);
    m_journalBanner->setObjectName(QStringLiteral("journalBanner"));
    m_header =
        new QueueMonitorHeader(poller(), m_settings, {m_pause, m_refresh, m_alertSettings, m_journalAction}, this);

    m_summaryView = makeQueueTable(this, summaryModel(), tr("Queue summary"));
    m_summaryView->setSelectionMode(QAbstractItemView::NoSelection);
    // The figures at their width; the source's name takes what is left (elided, whole in its tooltip), so that
    // every column stays in sight without a horizontal scroll bar.
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QueueSummaryModel::Source, QHeaderView::Stretch);
    m_summaryView->horizontalHeader()->setStretchLastSection(false);
    m_summaryView->setTextElideMode(Qt::ElideMiddle);
    m_summaryView->setMinimumHeight(m_summaryView->verticalHeader()->defaultSectionSize() * 10 + 4);
    m_charts = new QueueChartsView(this);
    m_charts->setRange(m_settings->value(setting::queueChartRange) == 1 ? QueueChartsView::Range::Day
                                                                        : QueueChartsView::Range::Hour);
    connect(m_charts, &QueueChartsView::rangeChanged, this, [this](QueueChartsView::Range range) {
        m_settings->setValue(setting::queueChartRange, range == QueueChartsView::Range::Day ? 1 : 0);
        m_monitoring->setHistorySpan(QueueChartsView::spanSeconds(range));
    });
    m_monitoring->setHistorySpan(QueueChartsView::spanSeconds(m_charts->range()));

    auto *summaryPane = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summaryPane);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(heading(tr("By media and external system"), this));
    summaryLayout->addWidget(m_summaryView);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(summaryPane);
    upper->addWidget(m_charts);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 1);
    upper->setSizes({700, 700});
    m_upperSplitter = upper;
    m_charts->setMinimumWidth(QueueChartsView::minimumChartWidth);
    upper->installEventFilter(this);
    // Once the supervisor has moved the handle, the split is theirs.
    connect(upper, &QSplitter::splitterMoved, this, [this] { m_summaryFitByUser = true; });
    connect(m_summaryView->horizontalHeader(), &QHeaderView::sectionResized, this, &QueueMonitorWidget::fitSummary);

    // Entries with their filters.
    m_filters = new QueueEntryFilterBar(entryProxy(), this);
    m_entryView = makeQueueTable(this, entryProxy(), tr("Queue entries"));
    m_entryView->setSortingEnabled(true);
    m_entryView->sortByColumn(QueueEntryModel::Created, Qt::DescendingOrder);
    m_entryView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpQueueEntryColumns(m_entryView);
    auto *entryPane = new QWidget(this);
    auto *entryLayout = new QVBoxLayout(entryPane);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(m_filters);
    entryLayout->addWidget(m_entryView, 1);

    m_rejectionView = makeQueueTable(this, rejectionModel(), tr("Rejections by error code"));
    m_rejectionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rejectionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejectionView->horizontalHeader()->setSectionResizeMode(RejectionGroupModel::LatestDescription,
                                                              QHeaderView::Stretch);
    connect(m_rejectionView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = index.siblingAtColumn(RejectionGroupModel::Source);
        m_filters->showRejections(index.data(RejectionGroupModel::ErrorCodeRole).toString(),
                                  index.data(RejectionGroupModel::SourceKeyRole).toString(), source.data().toString());
    });
    entrySelection()->setSelectionModel(m_entryView->selectionModel());
    connect(entrySelection(), &QueueEntrySelection::rowOpened, m_entryView,
            [this](const QModelIndex &index) { m_entryView->scrollTo(index); });
    m_detail = new QueueEntryDetailView(entrySelection(), this);
    m_toolBar = new QueueEntryToolBar(m_workspace, m_commands, this);
    m_detail->setToolBar(m_toolBar);
    auto *rejectionPane = new QWidget(this);
    auto *rejectionLayout = new QVBoxLayout(rejectionPane);
    rejectionLayout->setContentsMargins(0, 0, 0, 0);
    rejectionLayout->addWidget(heading(tr("Rejections by error code"), this));
    rejectionLayout->addWidget(m_rejectionView);
    // F6 goes summary, entries, rejections, entry pane.
    panes::mark(m_summaryView, 0);
    panes::mark(m_entryView, 1);
    panes::mark(m_rejectionView, 2);
    panes::mark(m_detail, 3);
    m_groupActions = new RejectionGroupActions(m_monitoring, m_commands, m_rejectionView, this);
    connect(m_groupActions, &RejectionGroupActions::actionDialogOpened, this, &QueueMonitorWidget::actionDialogOpened);
    rejectionLayout->addWidget(m_groupActions);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(rejectionPane);
    side->addWidget(m_detail);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("queueLowerSplitter"));
    lower->addWidget(entryPane);
    lower->addWidget(side);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setSizes({760, 640});
    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("queueSplitter"));
    main->addWidget(upper);
    main->addWidget(lower);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    main->setSizes({330, 500});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_alertBanner);
    layout->addWidget(m_actionBanner);
    layout->addWidget(m_journalBanner);
    layout->addWidget(main, 1);

    connect(m_connectionBanner, &MessageBanner::actionTriggered, poller(), &QueuePoller::refresh);
    followJournal();
}

// The journal is the supervisor's record of what was done to the queue: when it cannot keep it,
// the supervisor is told, and the actions themselves still run.
void QueueMonitorWidget::followJournal()
{
    QueueJournal *journal = m_workspace->journal();
    const auto showRecovered = [this](const LocalDatabase::Recovery &recovery) {
        m_journalBanner->showMessage(
            MessageBanner::Kind::Warning,
            tr("The action journal was damaged. It was put aside as %1 and a new one started with the records that "
               "could still be read (%n record(s)).",
               nullptr, recovery.rowsKept)
                .arg(QDir::toNativeSeparators(recovery.movedTo)));
    };
    const auto showUnavailable = [this](const QString &reason) {
        m_journalBanner->showMessage(
            MessageBanner::Kind::Error,
            tr("The action journal cannot be opened (%1). Queue actions still work, but they are not recorded.")
                .arg(reason));
    };
    m_journalBanner->hide();
    if (const auto recovery = journal->recovery())
        showRecovered(*recovery);
    if (!journal->unavailableReason().isEmpty())
        showUnavailable(journal->unavailableReason());
    connect(journal, &QueueJournal::recovered, this, showRecovered);
    connect(journal, &QueueJournal::unavailable, this, showUnavailable);
    connect(journal, &QueueJournal::appendFailed, this, [this](const JournalRecord &record, const QString &reason) {
        m_journalBanner->showMessage(MessageBanner::Kind::Error,
                                     tr("The action journal could not record “%1” on %2 (%3). The action "
                                        "itself was carried out; the journal may be incomplete.")
                                         .arg(DisplayText::queueAction(record.action), record.entryNumber, reason));
    });
}

void QueueMonitorWidget::restoreState()
{
    auto *main = findChild<QSplitter *>(QStringLiteral("queueSplitter"));
    auto *lower = findChild<QSplitter *>(QStringLiteral("queueLowerSplitter"));
    main->restoreState(m_settings->value(setting::queueSplitter));
    lower->restoreState(m_settings->value(setting::queueLowerSplitter));
    m_entryView->horizontalHeader()->restoreState(m_settings->value(setting::queueEntriesHeader));
    auto saveHeader = [this] {
        m_settings->setValue(setting::queueEntriesHeader, m_entryView->horizontalHeader()->saveState());
    };
    connect(m_entryView->horizontalHeader(), &QHeaderView::sectionMoved, this, saveHeader);
    connect(m_entryView->horizontalHeader(), &QHeaderView::sectionResized, this, saveHeader);
    connect(m_entryView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, saveHeader);
    connect(main, &QSplitter::splitterMoved, this,
            [this, main] { m_settings->setValue(setting::queueSplitter, main->saveState()); });
    connect(lower, &QSplitter::splitterMoved, this,
            [this, lower] { m_settings->setValue(setting::queueLowerSplitter, lower->saveState()); });
}

void QueueMonitorWidget::onUpdated()
{
    m_refresh->setEnabled(true);
    m_connectionBanner->hide();
    m_filters->addExternalSystems(poller()->externalSystems());
    m_header->showPending(m_monitoring->pending(), m_monitoring->stuckSources());
    updateAgeLabel();
}

void QueueMonitorWidget::onFailed(const ApiError &error)
{
    m_refresh->setEnabled(true);
    const QDateTime lastUpdate = m_monitoring->lastUpdate();
    const QString when = lastUpdate.isValid()
        ? tr("The figures below are from %1 and may be out of date.").arg(DisplayText::dateTime(lastUpdate))
        : tr("No figures yet.");
    m_connectionBanner->showMessage(MessageBanner::Kind::Warning,
                                    tr("The queue could not be read: %1 %2").arg(error.userText(), when), tr("Retry"));
    updateAgeLabel();
}

bool QueueMonitorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_upperSplitter && event->type() == QEvent::Resize)
        fitSummary();
    return QWidget::eventFilter(watched, event);
}

void QueueMonitorWidget::fitSummary()
{
    // Every column in sight: the summary gets the width of its figures and some of a source's name, the charts
    // beside it the rest. Through the splitter, not a minimum width, which would make the window wider than the
    // screen as the figures grow.
    QHeaderView *header = m_summaryView->horizontalHeader();
    int figures = 0;
    for (int column = QueueSummaryModel::Source + 1; column < header->count(); ++column)
        figures += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    const int wanted = figures + header->fontMetrics().averageCharWidth() * 14 // room for a source's name
        + 2 * m_summaryView->frameWidth() + m_summaryView->verticalScrollBar()->sizeHint().width() + 2;
    const int total = m_upperSplitter->width() - m_upperSplitter->handleWidth();
    if (total <= 0 || m_summaryFitByUser)
        return;
    const int summary = std::max(0, std::min(wanted, total - m_charts->minimumWidth()));
    if (m_upperSplitter->sizes().value(0) != summary)
        m_upperSplitter->setSizes({summary, total - summary});
}

void QueueMonitorWidget::updateAgeLabel()
{
    m_header->showAge(m_monitoring->lastUpdate(), m_monitoring->isStale());
}

void QueueMonitorWidget::onActionsFinished(int succeeded, int failed, const QStringList &errors)
{
    if (failed > 0)
        m_actionBanner->showMessage(
            MessageBanner::Kind::Error,
            tr("%n actions failed: %1", nullptr, failed).arg(errors.join(QStringLiteral("; "))));
    Q_EMIT actionsFinished(succeeded, failed);
}

void QueueMonitorWidget::raiseAlert(int kind, const QString &text)
{
    m_activeAlerts.insert(kind, text);
    showAlerts();
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("CommDesk queue alert"), text, QSystemTrayIcon::Warning);
}

void QueueMonitorWidget::clearAlert(int kind)
{
    // An alert the supervisor dismissed stays dismissed; one that ended leaves the others shown.
    if (m_activeAlerts.remove(kind) && m_alertBanner->isVisibleTo(this))
        showAlerts();
}

void QueueMonitorWidget::showAlerts()
{
    if (m_activeAlerts.isEmpty())
        m_alertBanner->hide();
    else
        m_alertBanner->showMessage(MessageBanner::Kind::Warning, m_activeAlerts.values().join(u'\n'));
}

} // namespace commdesk
