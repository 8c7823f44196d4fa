#pragma once

#include "QueueEntryToolBar.h"
#include "QueueWorkList.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace commdesk {

class MessageBanner;
class QueueActionDialog;
class QueueEntryCommands;
class QueueEntryDetailView;
class QueueEntrySelection;
class QueueWorkspace;
class Settings;

// A view of the queue tab for one of the queue's work lists (QueueWorkList): pick a media or an
// external system and how many entries, see them in the server's order (the row numbers), refresh
// with F5; the selected entry shows in the entry pane with the entry actions (QueueEntryToolBar).
class QueueWorkListView : public QWidget
{
    Q_OBJECT

public:
    QueueWorkListView(QueueWorkspace *workspace, QueueWorkList::Kind kind, QWidget *parent = nullptr);

    void setComposeOpener(QueueEntryToolBar::ComposeOpener opener);
    // The source picker learns the external systems once the monitor's poller has listed them.
    void addExternalSystems(const QList<ExternalSystem> &systems);
    // Picks the source by its QueueSummary key ("media:SMS", "system:<id>") and loads it.
    void setSource(const QString &key);
    void setNumber(int number);
    // Loads the list again with the source and number shown.
    void refresh();

    // For tests.
    QueueWorkList *list() const { return m_list; }
    QueueEntryModel *entryModel() const;
    QTableView *entryView() const { return m_view; }
    QueueEntryDetailView *detailView() const { return m_detail; }
    QueueEntrySelection *entrySelection() const;
    QComboBox *sourcePicker() const { return m_source; }
    QSpinBox *numberBox() const { return m_number; }
    MessageBanner *banner() const { return m_banner; }
    // What stands in for the table when it has no rows: loading, empty, or the error.
    QLabel *placeholder() const { return m_placeholder; }
    QAction *action(const QString &objectName) const;

Q_SIGNALS:
    void openCommunicationRequested(const QString &communicationId);
    void actionDialogOpened(commdesk::QueueActionDialog *dialog);
    void composeOpened(QWidget *compose);
    void actionsFinished(int succeeded, int failed);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createLayout();
    void restoreState();
    void connectActions();
    void updateState();
    QString emptyText() const;

    QueueWorkspace *m_workspace;
    QueueWorkList::Kind m_kind;
    Settings *m_settings;
    QueueWorkList *m_list;
    QueueEntryCommands *m_commands;
    QComboBox *m_source = nullptr;
    QSpinBox *m_number = nullptr;
    QLabel *m_status = nullptr;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_placeholder = nullptr;
    QSplitter *m_splitter = nullptr;
    QueueEntryDetailView *m_detail = nullptr;
    QueueEntryToolBar *m_toolBar = nullptr;
    QAction *m_refresh = nullptr;
    QString m_wantedSource; // a remembered external system the picker does not list yet
    QString m_error; // the last load's failure, until a load succeeds
};

} // namespace commdesk
