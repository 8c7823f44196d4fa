#include "QueueMonitorWidget.h"

#include "ActionJournalDialog.h"
#include "ComposeDialog.h"
#include "DisplayText.h"
#include "MessageBanner.h"
#include "QueueActionDialog.h"
#include "QueueAlertSettingsDialog.h"
#include "QueueChartsView.h"
#include "QueueEntryDetailView.h"
#include "QueueEntryFilterModel.h"
#include "QueueEntryModel.h"
#include "QueuePoller.h"
#include "QueueSummaryModel.h"
#include "RejectionGroupModel.h"
#include "Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform row heights
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAccessibleName(name);
    return view;
}

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
    , m_runner(new QueueActionRunner(connection->queue(), &m_journal, this))
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
    connect(m_runner, &QueueActionRunner::entryUpdated, m_entries, &QueueEntryModel::updateEntry);
    connect(m_runner, &QueueActionRunner::finished, this, [this](const QList<QueueActionRunner::Outcome> &outcomes) {
        int failed = 0;
        QStringList errors;
        for (const QueueActionRunner::Outcome &outcome : outcomes) {
            if (outcome.error) {
                ++failed;
                errors.append(outcome.entry.number + QStringLiteral(": ") + outcome.error->userText());
            }
        }
        const int succeeded = int(outcomes.size()) - failed;
        if (failed > 0)
            m_alertBanner->showMessage(
                MessageBanner::Kind::Error,
                tr("%n actions failed: %1", nullptr, failed).arg(errors.join(QStringLiteral("; "))));
        showCurrent();
        m_poller->refresh();
        Q_EMIT actionsFinished(succeeded, failed);
    });
    connect(m_alerts, &QueueAlerts::raised, this, [this](QueueAlerts::Kind, const QString &text) { raiseAlert(text); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/commdesk.svg")), this);
        m_tray->setToolTip(tr("CommDesk queue monitor"));
        m_tray->show();
    }
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &QueueMonitorWidget::updateAgeLabel);
    ticker->start(1000);
    updateActions();
}

QueueMonitorWidget::~QueueMonitorWidget() = default;

QAction *QueueMonitorWidget::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void QueueMonitorWidget::start()
{
    m_poller->start();
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
    using A = QueueActionRunner::Action;
    m_refresh = make(QStringLiteral("queueRefresh"), tr("&Refresh"), QStringLiteral("refresh"), QKeySequence::Refresh,
                     [this] { m_poller->refresh(); });
    m_pause = make(QStringLiteral("queuePause"), tr("&Pause"), QString(), QKeySequence(Qt::Key_Pause),
                   [this] { m_poller->setPaused(!m_poller->isPaused()); });
    m_pause->setCheckable(true);
    m_complete = make(QStringLiteral("queueComplete"), tr("&Complete…"), QStringLiteral("complete"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { act(A::Complete); });
    m_reject = make(QStringLiteral("queueReject"), tr("Re&ject…"), QString(),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), [this] { act(A::Reject); });
    m_remove = make(QStringLiteral("queueRemove"), tr("Re&move…"), QString(), QKeySequence::Delete,
                    [this] { act(A::Remove); });
    m_resend = make(QStringLiteral("queueResend"), tr("Re&send…"), QStringLiteral("compose"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { resendCurrent(); });
    m_open = make(QStringLiteral("queueOpenCommunication"), tr("&Open communication"), QStringLiteral("outgoing"),
                  QKeySequence(Qt::CTRL | Qt::Key_O), [this] {
                      const std::optional<QueueEntry> entry = m_detail->entry();
                      if (entry && entry->communication)
                          Q_EMIT openCommunicationRequested(entry->communication->id);
                  });
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
    m_updated = new QLabel(this);
    m_updated->setAccessibleName(tr("Last update"));
    m_headline = new QLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_interval = new QComboBox(this);
    m_interval->setAccessibleName(tr("Refresh interval"));
    for (int seconds : {5, 15, 30, 60, 300})
        m_interval->addItem(seconds < 60 ? tr("Every %1 s").arg(seconds) : tr("Every %1 min").arg(seconds / 60),
                            seconds);
    m_interval->setCurrentIndex(std::max(0, m_interval->findData(m_poller->intervalSeconds())));
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        const int seconds = m_interval->currentData().toInt();
        m_poller->setIntervalSeconds(seconds);
        m_settings->setValue(setting::queueRefreshSeconds, seconds);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline);
    top->addStretch();
    top->addWidget(m_updated);
    top->addWidget(m_interval);
    for (QAction *action : {m_pause, m_refresh, m_alertSettings, m_journalAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        top->addWidget(button);
    }

    m_summaryView = makeTable(this, m_summary, tr("Queue summary"));
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
    m_sourceFilter = new QComboBox(this);
    m_sourceFilter->setAccessibleName(tr("Media or external system filter"));
    m_sourceFilter->addItem(tr("All sources"));
    for (Media media : allValues<Media>())
        m_sourceFilter->addItem(DisplayText::mediaIcon(media), DisplayText::media(media),
                                QueueSummary::mediaKey(media));
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setAccessibleName(tr("State filter"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (QueueState state : allValues<QueueState>())
        m_stateFilter->addItem(DisplayText::queueState(state), int(state));
    m_contactFilter = new QLineEdit(this);
    m_contactFilter->setPlaceholderText(tr("Contact"));
    m_contactFilter->setAccessibleName(tr("Contact filter"));
    m_contactFilter->setClearButtonEnabled(true);
    m_errorFilter = new QLineEdit(this);
    m_errorFilter->setPlaceholderText(tr("Error code"));
    m_errorFilter->setAccessibleName(tr("Error code filter"));
    m_errorFilter->setClearButtonEnabled(true);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_proxy->setState(state < 0 ? std::nullopt : std::optional<QueueState>(QueueState(state)));
    });
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_sourceFilter->currentData().toString();
        if (key.startsWith(QLatin1StringView("media:")))
            m_proxy->setMedia(fromWire<Media>(key.mid(6)));
        else if (key.startsWith(QLatin1StringView("system:")))
            m_proxy->setExternalSystemId(key.mid(7));
        else
            m_proxy->setMedia(std::nullopt);
    });
    connect(m_contactFilter, &QLineEdit::textChanged, m_proxy, &QueueEntryFilterModel::setContact);
    connect(m_errorFilter, &QLineEdit::textChanged, m_proxy, &QueueEntryFilterModel::setErrorCode);

    m_entryView = makeTable(this, m_proxy, tr("Queue entries"));
    m_entryView->setSortingEnabled(true);
    m_entryView->sortByColumn(QueueEntryModel::Created, Qt::DescendingOrder);
    m_entryView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entryView->horizontalHeader()->setSectionsMovable(true);
    m_entryView->horizontalHeader()->setSectionResizeMode(QueueEntryModel::Subject, QHeaderView::Stretch);
    const int widths[] = {90, 95, 80, 150, 160, 220, 150, 130, 130};
    for (int column = 0; column < QueueEntryModel::ColumnCount; ++column)
        m_entryView->horizontalHeader()->resizeSection(column, widths[column]);
    auto *filters = new QHBoxLayout;
    filters->addWidget(heading(tr("Entries"), this));
    filters->addWidget(m_sourceFilter);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_contactFilter, 1);
    filters->addWidget(m_errorFilter, 1);
    auto *entryPane = new QWidget(this);
    auto *entryLayout = new QVBoxLayout(entryPane);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addLayout(filters);
    entryLayout->addWidget(m_entryView, 1);

    m_rejectionView = makeTable(this, m_rejections, tr("Rejections by error code"));
    m_rejectionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rejectionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejectionView->horizontalHeader()->setSectionResizeMode(RejectionGroupModel::LatestDescription,
                                                              QHeaderView::Stretch);
    connect(m_rejectionView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_errorFilter->setText(index.data(RejectionGroupModel::ErrorCodeRole).toString());
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(int(QueueState::Rejected)));
    });
    m_detail = new QueueEntryDetailView(m_connection->communications(), this);
    m_detail->setActions({m_complete, m_reject, m_remove, m_resend, m_open});
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
    layout->addLayout(top);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_alertBanner);
    layout->addWidget(main, 1);

    connect(m_entryView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueMonitorWidget::showCurrent);
    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueueMonitorWidget::showCurrent);
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
    // The source filter learns the external systems once they are known.
    for (const ExternalSystem &system : m_poller->externalSystems()) {
        if (m_sourceFilter->findData(QueueSummary::systemKey(system.id)) < 0)
            m_sourceFilter->addItem(system.name, QueueSummary::systemKey(system.id));
    }
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
    m_headline->setText(
        stuck.isEmpty() ? tr("%n pending", nullptr, int(pending))
                        : tr("%n pending — stuck: %1", nullptr, int(pending)).arg(stuck.join(QStringLiteral(", "))));
    m_headline->setStyleSheet(stuck.isEmpty() ? QString() : QStringLiteral("color: #b02a2a;"));

    m_history.append(QueueHistorySample {at, pending, total.count(QueueState::Completed),
                                         total.count(QueueState::Rejected),
                                         total.count(QueueState::CompletedAndRemoved)});
    refreshCharts();
    m_alerts->evaluate(QueueMeasure {pending, total.tally.oldestPendingCreated(), total.windowRejectRatio});
    showCurrent();
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
    QString text;
    if (!m_lastUpdate.isValid())
        text = m_poller->isPolling() ? tr("Loading…") : tr("Not updated yet");
    else {
        const qint64 seconds = std::max<qint64>(0, m_lastUpdate.secsTo(QDateTime::currentDateTimeUtc()));
        text = seconds < 60 ? tr("Updated %n seconds ago", nullptr, int(seconds))
                            : tr("Updated %1 ago").arg(QueueSummaryModel::age(seconds));
    }
    if (m_stale)
        text += tr(" (stale)");
    if (m_poller->isPaused())
        text += tr(" — paused");
    m_updated->setText(text);
    m_updated->setStyleSheet(m_stale ? QStringLiteral("color: #b02a2a; font-weight: 600;") : QString());
}

void QueueMonitorWidget::refreshCharts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_charts->setSamples(m_history.samplesSince(now.addSecs(-QueueChartsView::spanSeconds(m_charts->range()) - 60)),
                         now);
}

QList<QueueEntry> QueueMonitorWidget::selectedEntries() const
{
    QList<QueueEntry> selected;
    for (const QModelIndex &index : m_entryView->selectionModel()->selectedRows()) {
        if (const QueueEntry *entry = m_entries->entryAt(m_proxy->mapToSource(index).row()))
            selected.append(*entry);
    }
    return selected;
}

void QueueMonitorWidget::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_entryView->currentIndex());
    const QueueEntry *entry = m_entries->entryAt(current.row());
    if (entry)
        m_detail->showEntry(*entry);
    else
        m_detail->clear();
    updateActions();
}

void QueueMonitorWidget::updateActions()
{
    using A = QueueActionRunner::Action;
    const QList<QueueEntry> selected = selectedEntries();
    auto any = [&selected](A action) {
        return std::any_of(selected.begin(), selected.end(), [action](const QueueEntry &e) {
            return QueueActionRunner::allows(action, e.lifeCycleState);
        });
    };
    const bool idle = !m_runner->isRunning();
    m_complete->setEnabled(idle && any(A::Complete));
    m_reject->setEnabled(idle && any(A::Reject));
    m_remove->setEnabled(idle && any(A::Remove));
    const std::optional<QueueEntry> entry = m_detail->entry();
    m_resend->setEnabled(entry && entry->lifeCycleState == QueueState::Rejected && entry->communication);
    m_open->setEnabled(entry && entry->communication && !entry->communication->id.isEmpty());
}

void QueueMonitorWidget::act(QueueActionRunner::Action action)
{
    QList<QueueEntry> entries;
    for (const QueueEntry &entry : selectedEntries()) {
        if (QueueActionRunner::allows(action, entry.lifeCycleState))
            entries.append(entry);
    }
    if (entries.isEmpty() || m_runner->isRunning())
        return;
    auto *dialog = new QueueActionDialog(action, entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Credentials &credentials = m_connection->session()->credentials();
        m_runner->setUser(credentials.usesApiKey() ? tr("API key") : credentials.username);
        m_runner->run(dialog->request());
        updateActions();
    });
    dialog->open();
    Q_EMIT actionDialogOpened(dialog);
}

void QueueMonitorWidget::resendCurrent()
{
    const std::optional<Communication> original = m_detail->communication();
    const std::optional<QueueEntry> entry = m_detail->entry();
    if (!entry || entry->lifeCycleState != QueueState::Rejected || !original)
        return;
    ComposeDialog::Prefill prefill;
    if (original->contact)
        prefill.contact = Identifier::byNumber(original->contact->number);
    prefill.direction = Direction::Outgoing;
    prefill.media = original->media;
    if (original->category)
        prefill.category = Identifier::byId(original->category->id);
    prefill.subject = original->subject;
    prefill.content = original->content;
    prefill.to = original->to;
    prefill.referringTo = ReferringTo {ReferringEntity::Communications, original->id, original->number};
    auto *dialog = new ComposeDialog(m_connection, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComposeDialog::communicationSaved, this, [this, entry = *entry](const Communication &sent) {
        JournalRecord record;
        record.at = QDateTime::currentDateTimeUtc();
        record.user = m_connection->session()->credentials().username;
        record.action = QStringLiteral("resend");
        record.entryNumber = entry.number;
        record.entryId = entry.id;
        record.reason = entry.errorCode;
        record.detail = tr("resent as %1").arg(sent.number);
        record.succeeded = true;
        record.answer = sent.lifeCycleState ? wireName(*sent.lifeCycleState) : QString();
        m_journal.append(record);
        m_poller->refresh();
    });
    dialog->startNew(prefill);
    dialog->show();
    Q_EMIT composeOpened(dialog);
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
