#pragma once

#include "ApiError.h"
#include "QueueEntryToolBar.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QSystemTrayIcon;
class QSplitter;
class QTableView;

namespace commdesk {

class MessageBanner;
class QueueChartsView;
class QueueEntryDetailView;
class QueueEntryFilterBar;
class QueueEntryFilterModel;
class QueueEntryModel;
class QueueAlerts;
class QueueEntryCommands;
class RejectionGroupActions;
class QueueEntrySelection;
class QueueJournal;
class QueueMonitorHeader;
class QueueMonitoring;
class QueuePoller;
class QueueSummaryModel;
class QueueActionDialog;
class QueueWorkspace;
class RejectionGroupModel;
class Settings;

// The supervisors' view of the queue (QueueMonitoring): the summary per media and external system,
// rejections grouped by error code, charts from the local history, the entries with filters and a
// detail pane, the entry actions (QueueEntryToolBar), and alerts in a banner and the tray.
class QueueMonitorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QueueMonitorWidget(QueueWorkspace *workspace, QWidget *parent = nullptr);
    ~QueueMonitorWidget() override;

    void start();

    // Opens compose windows the way the main window does (autosave, outbox); without one, a plain window.
    using ComposeOpener = QueueEntryToolBar::ComposeOpener;
    void setComposeOpener(ComposeOpener opener);

    // For tests.
    QueueMonitoring *monitoring() const { return m_monitoring; }
    RejectionGroupActions *groupActions() const { return m_groupActions; }
    QueuePoller *poller() const;
    QueueEntryModel *entryModel() const;
    QueueEntryFilterModel *entryProxy() const;
    QTableView *entryView() const { return m_entryView; }
    QueueSummaryModel *summaryModel() const;
    RejectionGroupModel *rejectionModel() const;
    QueueEntryDetailView *detailView() const { return m_detail; }
    // The entries' pane and actions, where an entry opened by number shows.
    QueueEntrySelection *entrySelection() const;
    QueueChartsView *chartsView() const { return m_charts; }
    QueueAlerts *alerts() const;
    QueueJournal *journal() const;
    MessageBanner *alertBanner() const { return m_alertBanner; }
    MessageBanner *connectionBanner() const { return m_connectionBanner; }
    MessageBanner *journalBanner() const { return m_journalBanner; }
    QLabel *updatedLabel() const;
    QAction *action(const QString &objectName) const;
    bool isStale() const;

Q_SIGNALS:
    void openCommunicationRequested(const QString &communicationId);
    void actionDialogOpened(commdesk::QueueActionDialog *dialog);
    void composeOpened(QWidget *compose);
    void actionsFinished(int succeeded, int failed);
    // The tray icon or one of its alerts was clicked.
    void attentionRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createLayout();
    void followJournal();
    void restoreState();
    void onUpdated();
    void onFailed(const ApiError &error);
    void updateAgeLabel();
    void fitSummary();
    void onActionsFinished(int succeeded, int failed, const QStringList &errors);
    void raiseAlert(int kind, const QString &text);
    void clearAlert(int kind);
    // The alerts in force, one per line; hidden when none is.
    void showAlerts();

    QueueWorkspace *m_workspace;
    QueueMonitoring *m_monitoring;
    QueueEntryCommands *m_commands;
    Settings *m_settings;
    QueueEntryToolBar *m_toolBar = nullptr;
    RejectionGroupActions *m_groupActions = nullptr;
    QueueChartsView *m_charts = nullptr;
    QueueEntryDetailView *m_detail = nullptr;
    QTableView *m_entryView = nullptr;
    QTableView *m_summaryView = nullptr;
    QTableView *m_rejectionView = nullptr;
    MessageBanner *m_alertBanner = nullptr; // the alerts in force, until their episode ends
    MessageBanner *m_actionBanner = nullptr; // queue actions that failed
    QMap<int, QString> m_activeAlerts; // by QueueAlerts::Kind
    MessageBanner *m_connectionBanner = nullptr;
    MessageBanner *m_journalBanner = nullptr; // the action journal's file: damaged, missing or failing
    QueueMonitorHeader *m_header = nullptr;
    QSplitter *m_upperSplitter = nullptr; // the summary and the charts
    bool m_summaryFitByUser = false; // the handle was moved: fitSummary() leaves the split alone
    QueueEntryFilterBar *m_filters = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_journalAction = nullptr;
    QAction *m_alertSettings = nullptr;
};

} // namespace commdesk
