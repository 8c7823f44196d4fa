#pragma once

#include "ActionJournal.h"
#include "CrmConnection.h"
#include "QueueAlerts.h"
#include "QueueEntryActions.h"
#include "QueueHistoryStore.h"
#include "QueueSummary.h"

#include <QWidget>

class QLabel;
class QSystemTrayIcon;
class QTableView;

namespace commdesk {

class MessageBanner;
class QueueChartsView;
class QueueEntryDetailView;
class QueueEntryFilterBar;
class QueueEntryFilterModel;
class QueueEntryModel;
class QueueEntrySelection;
class QueueMonitorHeader;
class QueuePoller;
class QueueSummaryModel;
class QueueActionDialog;
class RejectionGroupModel;
class Settings;

// The supervisors' tab: the whole queue polled and merged (QueuePoller), a summary per media and
// external system, rejections grouped by error code, charts from the local history, the entries
// with filters and a detail pane, actions with confirmation and journal (QueueEntryActions), and
// threshold alerts.
class QueueMonitorWidget : public QWidget
{
    Q_OBJECT

public:
    // `dataFolder` holds queue-history.sqlite and action-journal.sqlite.
    QueueMonitorWidget(CrmConnection *connection, Settings *settings, const QString &dataFolder,
                       QWidget *parent = nullptr);
    ~QueueMonitorWidget() override;

    void start();

    // Opens compose windows the way the main window does (autosave, outbox); without one, a plain window.
    using ComposeOpener = QueueEntryActions::ComposeOpener;
    void setComposeOpener(ComposeOpener opener);

    // For tests.
    QueuePoller *poller() const { return m_poller; }
    QueueEntryModel *entryModel() const { return m_entries; }
    QueueEntryFilterModel *entryProxy() const { return m_proxy; }
    QTableView *entryView() const { return m_entryView; }
    QueueSummaryModel *summaryModel() const { return m_summary; }
    RejectionGroupModel *rejectionModel() const { return m_rejections; }
    QueueEntryDetailView *detailView() const { return m_detail; }
    // The entries' pane and actions, where an entry opened by number shows.
    QueueEntrySelection *entrySelection() const { return m_selection; }
    QueueChartsView *chartsView() const { return m_charts; }
    QueueAlerts *alerts() const { return m_alerts; }
    ActionJournal *journal() { return &m_journal; }
    QueueHistoryStore *history() { return &m_history; }
    MessageBanner *alertBanner() const { return m_alertBanner; }
    MessageBanner *connectionBanner() const { return m_connectionBanner; }
    QLabel *updatedLabel() const;
    QAction *action(const QString &objectName) const;
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    void openCommunicationRequested(const QString &communicationId);
    void actionDialogOpened(commdesk::QueueActionDialog *dialog);
    void composeOpened(QWidget *compose);
    void actionsFinished(int succeeded, int failed);

private:
    void createActions();
    void createLayout();
    void restoreState();
    void onPolled(const QList<QueueEntry> &entries, const QDateTime &at);
    void onPollFailed(const ApiError &error);
    void updateAgeLabel();
    void onActionsFinished(int succeeded, int failed, const QStringList &errors);
    void refreshCharts();
    void applyThresholds(const QueueThresholds &thresholds);
    void raiseAlert(const QString &text);

    CrmConnection *m_connection;
    Settings *m_settings;
    QueueHistoryStore m_history;
    ActionJournal m_journal;
    QueuePoller *m_poller;
    QueueEntryModel *m_entries;
    QueueEntryFilterModel *m_proxy;
    QueueSummaryModel *m_summary;
    RejectionGroupModel *m_rejections;
    QueueAlerts *m_alerts;
    QueueEntryActions *m_entryActions = nullptr;
    QueueEntrySelection *m_selection = nullptr;
    QueueSummary::Options m_summaryOptions;
    QueueChartsView *m_charts = nullptr;
    QueueEntryDetailView *m_detail = nullptr;
    QTableView *m_entryView = nullptr;
    QTableView *m_summaryView = nullptr;
    QTableView *m_rejectionView = nullptr;
    MessageBanner *m_alertBanner = nullptr;
    MessageBanner *m_connectionBanner = nullptr;
    QueueMonitorHeader *m_header = nullptr;
    QueueEntryFilterBar *m_filters = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QDateTime m_lastUpdate;
    bool m_stale = false;
    QAction *m_refresh = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_journalAction = nullptr;
    QAction *m_alertSettings = nullptr;
};

} // namespace commdesk
