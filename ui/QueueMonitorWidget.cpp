#include "QueueMonitorWidget.h"

#include "ActionJournalDialog.h"
#include "DisplayText.h"
#include "MessageBanner.h"
#include "QueueActionDialog.h"
#include "QueueAlertSettingsDialog.h"
#include "QueueChartsView.h"
#include "QueueEntryDetailView.h"
#include "QueueEntryFilterBar.h"
#include "QueueEntryFilterModel.h"
#include "QueueEntryModel.h"
#include "QueueEntrySelection.h"
#include "QueueEntryTable.h"
#include "QueueMonitorHeader.h"
#include "QueuePoller.h"
#include "QueueSummaryModel.h"
#include "RejectionGroupModel.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
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

QueueMonitorWidget::QueueMonitorWidget(CrmConnection *connection, Settings *settings, const QString &dataFolder,
                                       QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_poller(new QueuePoller(connection->queue(), connection->configuration(), this))
    , m_entries(new QueueEntryModel(this))
    , m_proxy(new QueueEntryFilterModel(this))
    , m_summary(new QueueSummaryModel(this))
    , m_rejections(new RejectionGroupModel(this))
    , m_alerts(new QueueAlerts({}, this))
{
    if (!m_history.open(QDir(dataFolder).filePath(QStringLiteral("queue-history.sqlite"))))
        qWarning("queue history unavailable: %s", qPrintable(m_history.errorText()));
    if (!m_journal.open(QDir(dataFolder).filePath(QStringLiteral("action-journal.sqlite"))))
        qWarning("action journal unavailable: %s", qPrintable(m_journal.errorText()));
    m_proxy->setSourceModel(m_entries);
    m_poller->setIntervalSeconds(settings->value(setting::queueRefreshSeconds));
    createActions();
    createLayout();
    restoreState();
    applyThresholds(QueueThresholds {
        settings->value(setting::queueMaxPending) > 0 ? std::optional<qint64>(settings->value(setting::queueMaxPending))
                                                      : std::nullopt,
        settings->value(setting::queueMaxOldestPendingMinutes) > 0
            ? std::optional<qint64>(qint64(settings->value(setting::queueMaxOldestPendingMinutes)) * 60)
            : std::nullopt,
        settings->value(setting::queueMaxRejectPercent) > 0
            ? std::optional<double>(settings->value(setting::queueMaxRejectPercent) / 100.0)
            : std::nullopt});

    connect(m_poller, &QueuePoller::polled, this, &QueueMonitorWidget::onPolled);
    connect(m_poller, &QueuePoller::pollFailed, this, &QueueMonitorWidget::onPollFailed);
    connect(m_poller, &QueuePoller::pollStarted, this, [this] { m_refresh->setEnabled(false); });
    connect(m_entryActions, &QueueEntryActions::entryUpdated, m_entries, &QueueEntryModel::updateEntry);
    connect(m_entryActions, &QueueEntryActions::entryUpdated, m_selection, &QueueEntrySelection::updateEntry);
    connect(m_entryActions, &QueueEntryActions::actionsFinished, this, &QueueMonitorWidget::onActionsFinished);
    connect(m_entryActions, &QueueEntryActions::resent, m_poller, &QueuePoller::refresh);
    connect(m_entryActions, &QueueEntryActions::openCommunicationRequested, this,
            &QueueMonitorWidget::openCommunicationRequested);
    connect(m_entryActions, &QueueEntryActions::actionDialogOpened, this, &QueueMonitorWidget::actionDialogOpened);
    connect(m_entryActions, &QueueEntryActions::composeOpened, this, &QueueMonitorWidget::composeOpened);
    connect(m_alerts, &QueueAlerts::raised, this, [this](QueueAlerts::Kind, const QString &text) { raiseAlert(text); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/commdesk.svg")), this);
        m_tray->setToolTip(tr("CommDesk queue monitor"));
        m_tray->show();
    }
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &QueueMonitorWidget::updateAgeLabel);
    ticker->start(1000);
    m_entryActions->update();
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
    m_poller->start();
}

void QueueMonitorWidget::setComposeOpener(ComposeOpener opener)
{
    m_entryActions->setComposeOpener(std::move(opener));
}

void QueueMonitorWidget::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QString &icon, const QKeySequence &shortcut,
                       const std::function<void()> &handler) {
        auto *action =
            new QAction(icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, handler);
        addAction(action);
        return action;
    };
    m_refresh = make(QStringLiteral("queueRefresh"), tr("&Refresh"), QStringLiteral("refresh"), QKeySequence::Refresh,
                     [this] { m_poller->refresh(); });
    m_pause = make(QStringLiteral("queuePause"), tr("&Pause"), QString(), QKeySequence(Qt::Key_Pause),
                   [this] { m_poller->setPaused(!m_poller->isPaused()); });
    m_pause->setCheckable(true);
    m_journalAction = make(QStringLiteral("queueJournal"), tr("Action &journal"), QStringLiteral("copy"), {}, [this] {
        auto *dialog = new ActionJournalDialog(&m_journal, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_alertSettings = make(QStringLiteral("queueAlertSettings"), tr("&Alerts…"), QStringLiteral("viewed"), {}, [this] {
        auto *dialog = new QueueAlertSettingsDialog(m_alerts->thresholds(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { applyThresholds(dialog->thresholds()); });
        dialog->open();
    });
    connect(m_poller, &QueuePoller::pausedChanged, this, [this](bool paused) {
        m_pause->setChecked(paused);
        m_pause->setText(paused ? tr("Resume") : tr("&Pause"));
        updateAgeLabel();
    });
}

void QueueMonitorWidget::createLayout()
{
    m_alertBanner = new MessageBanner(this);
    m_connectionBanner = new MessageBanner(this);
    m_header =
        new QueueMonitorHeader(m_poller, m_settings, {m_pause, m_refresh, m_alertSettings, m_journalAction}, this);

    m_summaryView = makeQueueTable(this, m_summary, tr("Queue summary"));
    m_summaryView->setSelectionMode(QAbstractItemView::NoSelection);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryView->horizontalHeader()->setStretchLastSection(true);
    m_summaryView->setMinimumHeight(m_summaryView->verticalHeader()->defaultSectionSize() * 10 + 4);
    m_charts = new QueueChartsView(this);
    m_charts->setRange(m_settings->value(setting::queueChartRange) == 1 ? QueueChartsView::Range::Day
                                                                        : QueueChartsView::Range::Hour);
    connect(m_charts, &QueueChartsView::rangeChanged, this, [this](QueueChartsView::Range range) {
        m_settings->setValue(setting::queueChartRange, range == QueueChartsView::Range::Day ? 1 : 0);
        refreshCharts();
    });

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

    // Entries with their filters.
    m_filters = new QueueEntryFilterBar(m_proxy, this);
    m_entryView = makeQueueTable(this, m_proxy, tr("Queue entries"));
    m_entryView->setSortingEnabled(true);
    m_entryView->sortByColumn(QueueEntryModel::Created, Qt::DescendingOrder);
    m_entryView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpQueueEntryColumns(m_entryView);
    auto *entryPane = new QWidget(this);
    auto *entryLayout = new QVBoxLayout(entryPane);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(m_filters);
    entryLayout->addWidget(m_entryView, 1);

    m_rejectionView = makeQueueTable(this, m_rejections, tr("Rejections by error code"));
    m_rejectionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rejectionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejectionView->horizontalHeader()->setSectionResizeMode(RejectionGroupModel::LatestDescription,
                                                              QHeaderView::Stretch);
    connect(m_rejectionView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_filters->showRejections(index.data(RejectionGroupModel::ErrorCodeRole).toString());
    });
    m_detail = new QueueEntryDetailView(m_connection->communications(), this);
    m_selection = new QueueEntrySelection(m_entryView, m_entries, m_detail, this);
    m_entryActions = new QueueEntryActions(
        m_connection, m_settings, &m_journal, m_detail, [this] { return m_selection->selectedEntries(); }, this);
    m_selection->setActions(m_entryActions);
    m_detail->setActions(m_entryActions->actions());
    auto *rejectionPane = new QWidget(this);
    auto *rejectionLayout = new QVBoxLayout(rejectionPane);
    rejectionLayout->setContentsMargins(0, 0, 0, 0);
    rejectionLayout->addWidget(heading(tr("Rejections by error code"), this));
    rejectionLayout->addWidget(m_rejectionView);
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
    layout->addWidget(main, 1);

    connect(m_connectionBanner, &MessageBanner::actionTriggered, m_poller, &QueuePoller::refresh);
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

void QueueMonitorWidget::onPolled(const QList<QueueEntry> &entries, const QDateTime &at)
{
    m_refresh->setEnabled(true);
    m_lastUpdate = at;
    if (m_stale) {
        m_stale = false;
        m_connectionBanner->hide();
    }
    m_filters->addExternalSystems(m_poller->externalSystems());
    m_entries->setEntries(entries);
    m_rejections->setEntries(entries);
    QList<QueueSourceFigures> figures =
        QueueSummary::compute(entries, m_poller->externalSystems(), at, m_summaryOptions);
    const QueueSourceFigures total = QueueSummary::total(entries, at, m_summaryOptions);
    figures.append(total);
    m_summary->setFigures(figures);

    QStringList stuck;
    for (const QueueSourceFigures &f : figures) {
        if (f.stuck && f.key != QLatin1StringView("total"))
            stuck.append(f.label);
    }
    const qsizetype pending = total.count(QueueState::Pending);
    m_header->showPending(pending, stuck);

    m_history.append(QueueHistorySample {at, pending, total.count(QueueState::Completed),
                                         total.count(QueueState::Rejected),
                                         total.count(QueueState::CompletedAndRemoved)});
    refreshCharts();
    m_alerts->evaluate(QueueMeasure {pending, total.tally.oldestPendingCreated(), total.windowRejectRatio});
    m_selection->showCurrent();
    updateAgeLabel();
}

void QueueMonitorWidget::onPollFailed(const ApiError &error)
{
    m_refresh->setEnabled(true);
    m_stale = true;
    const QString when = m_lastUpdate.isValid()
        ? tr("The figures below are from %1 and may be out of date.").arg(DisplayText::dateTime(m_lastUpdate))
        : tr("No figures yet.");
    m_connectionBanner->showMessage(MessageBanner::Kind::Warning,
                                    tr("The queue could not be read: %1 %2").arg(error.userText(), when), tr("Retry"));
    updateAgeLabel();
}

void QueueMonitorWidget::updateAgeLabel()
{
    m_header->showAge(m_lastUpdate, m_stale);
}

void QueueMonitorWidget::refreshCharts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_charts->setSamples(m_history.samplesSince(now.addSecs(-QueueChartsView::spanSeconds(m_charts->range()) - 60)),
                         now);
}

void QueueMonitorWidget::onActionsFinished(int succeeded, int failed, const QStringList &errors)
{
    if (failed > 0)
        m_alertBanner->showMessage(MessageBanner::Kind::Error,
                                   tr("%n actions failed: %1", nullptr, failed).arg(errors.join(QStringLiteral("; "))));
    m_selection->showCurrent();
    m_poller->refresh();
    Q_EMIT actionsFinished(succeeded, failed);
}

void QueueMonitorWidget::applyThresholds(const QueueThresholds &t)
{
    m_alerts->setThresholds(t);
    m_settings->setValue(setting::queueMaxPending, int(t.maxPending.value_or(0)));
    m_settings->setValue(setting::queueMaxOldestPendingMinutes, int(t.maxOldestPendingSeconds.value_or(0) / 60));
    m_settings->setValue(setting::queueMaxRejectPercent, int(t.maxRejectRatio.value_or(0) * 100.0 + 0.5));
}

void QueueMonitorWidget::raiseAlert(const QString &text)
{
    m_alertBanner->showMessage(MessageBanner::Kind::Warning, text);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("CommDesk queue alert"), text, QSystemTrayIcon::Warning);
}

} // namespace commdesk
