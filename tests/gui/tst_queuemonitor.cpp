// The queue monitor on real widgets against the in-process sandbox: a poll fills the entries, the
// summary, the rejection groups and the history; complete, reject (two at once) and remove, each
// confirmed with a reason and journalled with the server's answer; resend a rejected entry through
// compose with referring_to; the last figures kept and marked stale when the server goes away; open
// the communication in the communications tab; a resend from the main window autosaves and uses the
// outbox as any compose window there does; and, with the simulated consumers stepped by the test,
// entries move. The widgets sit on a QueueWorkspace whose files live on a StoreThread; pausing is
// checked on a FakeClock.
#include "ActionJournal.h"
#include "ApiTestSupport.h"
#include "Clock.h"
#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "ComposeEditor.h"
#include "ComposeLocalCopy.h"
#include "CrmConnection.h"
#include "LocalDraftStore.h"
#include "LocalDrafts.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Outbox.h"
#include "QueueActionDialog.h"
#include "QueueAlerts.h"
#include "QueueChartsView.h"
#include "QueueConsumer.h"
#include "QueueEntryDetailView.h"
#include "QueueEntryFilterModel.h"
#include "QueueEntryModel.h"
#include "QueueJournal.h"
#include "QueueMonitorWidget.h"
#include "QueueMonitoring.h"
#include "QueuePoller.h"
#include "QueueSummaryModel.h"
#include "QueueTab.h"
#include "QueueWorkspace.h"
#include "RejectionGroupActions.h"
#include "RejectionGroupModel.h"
#include "Sandbox.h"
#include "Settings.h"
#include "StoreThread.h"
#include "Wait.h"
#include "Workspace.h"
#include "WorkspaceTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace commdesk;

class TestQueueMonitor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CrmConnection> m_connection;
    std::unique_ptr<StoreThread> m_stores;
    std::unique_ptr<QueueWorkspace> m_workspace; // outlives the monitor a test holds

    // A monitor on a workspace of its own (on `clock`, the system's when null), polled once.
    std::unique_ptr<QueueMonitorWidget> polledMonitor(Sandbox &sandbox, Clock *clock = nullptr)
    {
        m_workspace.reset();
        m_connection = std::make_unique<CrmConnection>();
        m_connection->client()->setServer(sandbox.serverUrl().toString());
        m_connection->client()->setOptions(quickRetries());
        m_connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        m_workspace =
            std::make_unique<QueueWorkspace>(m_connection.get(), m_settings.get(), m_stores.get(), m_dir.path(), clock);
        auto monitor = std::make_unique<QueueMonitorWidget>(m_workspace.get());
        monitor->resize(1400, 900);
        monitor->show();
        QSignalSpy polled(monitor->poller(), &QueuePoller::polled);
        monitor->start();
        if (!polled.wait(15000))
            return nullptr;
        return monitor;
    }

    // Selects the source rows of the first `count` entries in `state`; returns their ids.
    static QStringList selectInState(QueueMonitorWidget &monitor, QueueState state, int count)
    {
        QStringList ids;
        QItemSelection selection;
        for (int row = 0; row < monitor.entryProxy()->rowCount() && ids.size() < count; ++row) {
            const QModelIndex index = monitor.entryProxy()->index(row, 0);
            if (index.data(QueueEntryModel::StateRole).toInt() != int(state))
                continue;
            ids.append(index.data(QueueEntryModel::EntryIdRole).toString());
            selection.select(index, index);
            if (ids.size() == 1)
                monitor.entryView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
        monitor.entryView()->selectionModel()->select(selection,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return ids;
    }

    // The journal as the store thread has it, newest first.
    static QList<JournalRecord> journalRecords(QueueJournal *journal)
    {
        std::optional<QList<JournalRecord>> records;
        QObject context;
        journal->read(&context, [&records](const QList<JournalRecord> &read) { records = read; });
        if (!QTest::qWaitFor([&records] { return records.has_value(); }, 10000))
            return {};
        return *records;
    }

    static QList<QueueHistorySample> historySince(QueueMonitoring *monitoring, const QDateTime &since)
    {
        std::optional<QList<QueueHistorySample>> samples;
        QObject context;
        monitoring->readHistorySince(since, &context,
                                     [&samples](const QList<QueueHistorySample> &read) { samples = read; });
        if (!QTest::qWaitFor([&samples] { return samples.has_value(); }, 10000))
            return {};
        return *samples;
    }

    // Polls now and waits until the monitor has taken the poll in.
    static bool pollAgain(QueueMonitorWidget &monitor)
    {
        QSignalSpy updated(monitor.monitoring(), &QueueMonitoring::updated);
        monitor.poller()->refresh();
        return updated.wait(15000);
    }

    // The table of rejection groups.
    static QTableView *rejectionView(QueueMonitorWidget &monitor)
    {
        for (QTableView *view : monitor.findChildren<QTableView *>()) {
            if (view->model() == monitor.rejectionModel())
                return view;
        }
        return nullptr;
    }

    static QueueState stateOf(QueueMonitorWidget &monitor, const QString &id)
    {
        const QueueEntry *entry = monitor.entryModel()->entryAt(monitor.entryModel()->rowOfId(id));
        return entry ? knownValue(entry->lifeCycleState).value_or(QueueState::Pending) : QueueState::Pending;
    }

    // Triggers an action, fills its confirmation and accepts it; waits for the server's answers.
    static bool confirm(QueueMonitorWidget &monitor, const QString &actionName, const QString &reason,
                        const QString &code = {}, const QString &description = {})
    {
        QueueActionDialog *dialog = nullptr;
        auto connection = connect(&monitor, &QueueMonitorWidget::actionDialogOpened,
                                  [&dialog](QueueActionDialog *opened) { dialog = opened; });
        monitor.action(actionName)->trigger();
        disconnect(connection);
        if (!dialog)
            return false;
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        if (ok->isEnabled())
            return false; // a reason is required
        if (dialog->errorCodeCombo()) {
            dialog->errorCodeCombo()->setCurrentText(code);
            dialog->descriptionEdit()->setText(description);
        }
        dialog->reasonEdit()->setText(reason);
        if (!ok->isEnabled())
            return false;
        QSignalSpy finished(&monitor, &QueueMonitorWidget::actionsFinished);
        ok->click();
        return finished.wait(15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<Sandbox>(SandboxConfig::forTests());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_stores = std::make_unique<StoreThread>();
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_stores.reset();
    }

    void init()
    {
        m_workspace.reset(); // its files are removed next
        m_stores->drain();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("queue-history.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("action-journal.sqlite")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void pollFillsEverything()
    {
        auto monitor = polledMonitor(*m_sandbox);
        QVERIFY(monitor);
        QVERIFY(monitor->entryModel()->rowCount() > 0);
        // Every media and external system appears once, plus the total.
        QCOMPARE(monitor->summaryModel()->rowCount(), 5 + 3 + 1);
        const QueueSourceFigures *total = monitor->summaryModel()->figuresAt(monitor->summaryModel()->rowCount() - 1);
        QCOMPARE(total->key, QStringLiteral("total"));
        qsizetype counted = 0;
        for (QueueState state : allValues<QueueState>())
            counted += total->count(state);
        QCOMPARE(counted, monitor->entryModel()->rowCount());
        QVERIFY(monitor->rejectionModel()->rowCount() > 0);
        // The poll's sample was written on the store thread and read back for the charts.
        const QList<QueueHistorySample> history =
            historySince(monitor->monitoring(), QDateTime::currentDateTimeUtc().addSecs(-60));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().pending, total->count(QueueState::Pending));
        WAIT_VERIFY(monitor->chartsView()->backlogPointCount() > 0);
        // The same figures as a table, for a screen reader: the last bucket holds the backlog just sampled.
        auto *table = monitor->chartsView()->findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QVERIFY(table && table->rowCount() > 0 && !table->isVisible());
        monitor->chartsView()->findChild<QCheckBox *>(QStringLiteral("historyAsTable"))->click();
        QVERIFY(table->isVisibleTo(monitor->chartsView()));
        QCOMPARE(table->item(table->rowCount() - 1, 1)->text(), QLocale().toString(history.first().pending));
        QVERIFY(monitor->updatedLabel()->text().startsWith(QStringLiteral("Updated")));

        // A second poll with nothing changed leaves the rows alone.
        QSignalSpy changed(monitor->entryModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(monitor->entryModel(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(monitor->entryModel(), &QAbstractItemModel::rowsInserted);
        QSignalSpy polled(monitor->poller(), &QueuePoller::polled);
        monitor->action(QStringLiteral("queueRefresh"))->trigger();
        QVERIFY(polled.wait(15000));
        QCOMPARE(changed.count() + reset.count() + inserted.count(), 0);
    }

    // A source with entries waiting and nothing sent for the set time is "stuck": the summary, the
    // headline and an alert say so; once an entry of it moves, it is not.
    void stuckSourceIsShownAndClears()
    {
        FakeClock clock(QDateTime::currentDateTimeUtc());
        auto monitor = polledMonitor(*m_sandbox, &clock);
        QVERIFY(monitor);
        // The demo queue's last progress was long before now (consumers are off in tests).
        QCOMPARE(monitor->monitoring()->thresholds().stuckAfterSeconds, std::optional<qint64>(15 * 60));
        QVERIFY(monitor->monitoring()->alerts()->isActive(QueueAlerts::Kind::Stuck));
        QVERIFY(!monitor->monitoring()->stuckSources().isEmpty());
        const QueueSummaryModel *summary = monitor->summaryModel();
        QString stuckKey;
        for (int row = 0; row < summary->rowCount() && stuckKey.isEmpty(); ++row) {
            const QModelIndex status = summary->index(row, QueueSummaryModel::Status);
            if (status.data(QueueSummaryModel::StuckRole).toBool()
                && summary->figuresAt(row)->key.startsWith(u"media:")) {
                QCOMPARE(status.data().toString(), QStringLiteral("Stuck"));
                stuckKey = summary->figuresAt(row)->key;
            }
        }
        QVERIFY(!stuckKey.isEmpty());
        bool bannerSays = false;
        for (MessageBanner *banner : monitor->findChildren<MessageBanner *>())
            bannerSays = bannerSays || banner->text().contains(QStringLiteral("nothing has been sent"));
        QVERIFY(bannerSays);

        // An entry of that media is completed now: it moved, so the media is no longer stuck.
        const QString media = stuckKey.mid(6);
        QString moved;
        for (const QueueEntry &entry : monitor->entryModel()->entries()) {
            if (entry.lifeCycleState == QueueState::Pending && entry.media && wireName(*entry.media) == media) {
                moved = entry.id;
                break;
            }
        }
        QVERIFY(!moved.isEmpty());
        std::optional<bool> done;
        m_connection->queue()->complete(monitor.get(), Identifier::byId(moved),
                                        [&done](const Result<QueueEntry> &result) { done = result.ok(); });
        QVERIFY(QTest::qWaitFor([&done] { return done.has_value(); }, 10000));
        QVERIFY(*done);
        QVERIFY(pollAgain(*monitor));
        const int row = summary->rowOfKey(stuckKey);
        QVERIFY(!summary->index(row, QueueSummaryModel::Status).data(QueueSummaryModel::StuckRole).toBool());
    }

    // The alert banner lists the alerts in force, one a line, and each leaves it when its episode has ended; a
    // banner the supervisor dismissed comes back only with a new alert.
    void alertBannerShowsTheAlertsInForce()
    {
        FakeClock clock(QDateTime::currentDateTimeUtc());
        auto monitor = polledMonitor(*m_sandbox, &clock);
        QVERIFY(monitor);
        monitor->action(QStringLiteral("queuePause"))->trigger(); // no poll of its own in between
        auto *banner = monitor->findChild<MessageBanner *>(QStringLiteral("alertBanner"));
        QVERIFY(banner);
        QueueAlerts *alerts = monitor->alerts();
        // The demo queue's first poll: its sources are stuck (consumers are off in tests), its oldest entry old.
        QVERIFY(alerts->isActive(QueueAlerts::Kind::Stuck));
        QVERIFY(banner->isVisibleTo(monitor.get()));
        QVERIFY(banner->text().contains(QStringLiteral("nothing has been sent")));
        // All quiet for three minutes: every episode ends, and the banner goes.
        alerts->evaluate(QueueMeasure {});
        clock.advance(std::chrono::minutes(3));
        alerts->evaluate(QueueMeasure {});
        QVERIFY(!banner->isVisibleTo(monitor.get()));

        QueueThresholds limits = alerts->thresholds();
        limits.maxPending = 10;
        limits.maxRejectRatio = 0.5;
        alerts->setThresholds(limits);
        QueueMeasure busy;
        busy.pending = 50;
        busy.rejectRatio = 0.9;
        alerts->evaluate(busy);
        QVERIFY(banner->isVisibleTo(monitor.get()));
        QCOMPARE(banner->text().split(u'\n').size(), 2);

        // The backlog is gone; the rejections go on. Once the backlog has been quiet for three minutes, its
        // alert leaves the banner.
        QueueMeasure rejecting;
        rejecting.rejectRatio = 0.9;
        alerts->evaluate(rejecting);
        QCOMPARE(banner->text().split(u'\n').size(), 2);
        clock.advance(std::chrono::minutes(3));
        alerts->evaluate(rejecting);
        QCOMPARE(banner->text(), QueueAlerts::describe(QueueAlerts::Kind::RejectRatio, busy, limits, clock.now()));

        // Dismissed, it stays away while that alert lasts and ends; a new one brings it back.
        QTest::mouseClick(banner->findChild<QToolButton *>(), Qt::LeftButton);
        QVERIFY(!banner->isVisibleTo(monitor.get()));
        alerts->evaluate(QueueMeasure {});
        clock.advance(std::chrono::minutes(3));
        alerts->evaluate(QueueMeasure {});
        QVERIFY(!banner->isVisibleTo(monitor.get()));
        alerts->evaluate(busy);
        QVERIFY(banner->isVisibleTo(monitor.get()));
        QCOMPARE(banner->text().split(u'\n').size(), 2);
    }

    void completeOne()
    {
        auto monitor = polledMonitor(*m_sandbox);
        QVERIFY(monitor);
        const QStringList ids = selectInState(*monitor, QueueState::Pending, 1);
        QCOMPARE(ids.size(), 1);
        QVERIFY(monitor->action(QStringLiteral("queueComplete"))->isEnabled());
        QVERIFY(!monitor->action(QStringLiteral("queueResend"))->isEnabled());
        QVERIFY(confirm(*monitor, QStringLiteral("queueComplete"), QStringLiteral("delivered by hand")));
        QCOMPARE(stateOf(*monitor, ids[0]), QueueState::Completed);
        const QList<JournalRecord> records = journalRecords(monitor->journal());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].action, QStringLiteral("complete"));
        QCOMPARE(records[0].entryId, ids[0]);
        QCOMPARE(records[0].user, QStringLiteral("demo"));
        QCOMPARE(records[0].reason, QStringLiteral("delivered by hand"));
        QVERIFY(records[0].succeeded);
        QCOMPARE(records[0].answer, QStringLiteral("COMPLETED"));
    }

    // The journal is the supervisor's record: a damaged file is put aside with a banner, and a
    // record that cannot be written is never lost in silence.
    void journalTroubleIsShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("action-journal.sqlite"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        const QByteArray noise = QByteArray("SQLite format 3").append(8192, '\x5a');
        broken.write(noise);
        broken.close();
        CrmConnection connection; // never started: no server needed
        QueueWorkspace workspace(&connection, m_settings.get(), m_stores.get(), dir.path());
        QueueMonitorWidget monitor(&workspace);
        monitor.show();
        WAIT_VERIFY(monitor.journalBanner()->isVisible());
        QVERIFY2(monitor.journalBanner()->text().contains(QStringLiteral("damaged")),
                 qPrintable(monitor.journalBanner()->text()));
        QVERIFY(monitor.journalBanner()->text().contains(QStringLiteral("action-journal.sqlite.corrupt-")));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("action-journal.sqlite.corrupt-*")}).size(), 1);

        // A monitor opened later is told as well.
        QueueMonitorWidget later(&workspace);
        later.show();
        QVERIFY(later.journalBanner()->isVisible());

        // The table goes away under the journal (another program): the next record cannot be written.
        m_stores->drain();
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery drop(other);
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE action_record")), qPrintable(drop.lastError().text()));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QSignalSpy failed(workspace.journal(), &QueueJournal::appendFailed);
        JournalRecord record;
        record.at = QDateTime::currentDateTimeUtc();
        record.action = QStringLiteral("reject");
        record.entryNumber = QStringLiteral("CQ000042");
        record.succeeded = true;
        workspace.journal()->append(record);
        QVERIFY(failed.wait(5000));
        const QString text = monitor.journalBanner()->text();
        QVERIFY2(text.contains(QStringLiteral("could not record")) && text.contains(QStringLiteral("CQ000042"))
                     && text.contains(QStringLiteral("“Reject”")), // the action's label, not its wire word
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("no such table")));
    }

    void rejectTwo()
    {
        auto monitor = polledMonitor(*m_sandbox);
        QVERIFY(monitor);
        const QStringList ids = selectInState(*monitor, QueueState::Pending, 2);
        QCOMPARE(ids.size(), 2);
        QVERIFY(confirm(*monitor, QStringLiteral("queueReject"), QStringLiteral("gateway down"),
                        QStringLiteral("SUPERVISOR_TEST"), QStringLiteral("Rejected in a test")));
        for (const QString &id : ids) {
            QCOMPARE(stateOf(*monitor, id), QueueState::Rejected);
            const QueueEntry *entry = monitor->entryModel()->entryAt(monitor->entryModel()->rowOfId(id));
            QCOMPARE(entry->errorCode, QStringLiteral("SUPERVISOR_TEST"));
            QCOMPARE(entry->errorDescription, QStringLiteral("Rejected in a test"));
        }
        const QList<JournalRecord> records = journalRecords(monitor->journal());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0].detail, QStringLiteral("SUPERVISOR_TEST: Rejected in a test"));
        // The refresh after the action groups the new rejections under their code.
        QVERIFY(QTest::qWaitFor(
            [&] {
                int count = 0; // the two may come from different sources: one group each
                for (int row = 0; row < monitor->rejectionModel()->rowCount(); ++row) {
                    const QModelIndex index = monitor->rejectionModel()->index(row, 0);
                    if (index.data(RejectionGroupModel::ErrorCodeRole).toString() == QStringLiteral("SUPERVISOR_TEST"))
                        count += index.data(RejectionGroupModel::CountRole).toInt();
                }
                return count == 2;
            },
            15000));
    }

    // Double-clicking a rejection group lists its entries: that code from that source, nothing else.
    void rejectionGroupFiltersByCodeAndSource()
    {
        auto monitor = polledMonitor(*m_sandbox);
        QVERIFY(monitor);
        QTableView *groups = rejectionView(*monitor);
        QVERIFY(groups);
        // A group from an external system.
        const RejectionGroupModel *model = monitor->rejectionModel();
        QModelIndex picked;
        for (int row = 0; row < model->rowCount() && !picked.isValid(); ++row) {
            const QModelIndex index = model->index(row, RejectionGroupModel::ErrorCode);
            if (index.data(RejectionGroupModel::SourceKeyRole).toString().startsWith(u"system:"))
                picked = index;
        }
        QVERIFY(picked.isValid());
        const QString code = picked.data(RejectionGroupModel::ErrorCodeRole).toString();
        const QString systemId = picked.data(RejectionGroupModel::SourceKeyRole).toString().mid(7);
        groups->scrollTo(picked);
        // As a user does it: the press that selects, then the double click.
        QTest::mousePress(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(picked).center());
        QTest::mouseRelease(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(picked).center());
        QTest::mouseDClick(groups->viewport(), Qt::LeftButton, {}, groups->visualRect(picked).center());
        // The filters say so: the source and the code together.
        QComboBox *source = nullptr;
        for (QComboBox *combo : monitor->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QStringLiteral("Media or external system filter"))
                source = combo;
        }
        QVERIFY(source);
        QCOMPARE(source->currentData().toString(), picked.data(RejectionGroupModel::SourceKeyRole).toString());
        QueueEntryFilterModel *entries = monitor->entryProxy();
        QCOMPARE(entries->rowCount(), picked.data(RejectionGroupModel::CountRole).toInt());
        for (int row = 0; row < entries->rowCount(); ++row) {
            const QueueEntry *entry =
                monitor->entryModel()->entryAt(entries->mapToSource(entries->index(row, 0)).row());
            QCOMPARE(entry->lifeCycleState, QueueState::Rejected);
            QCOMPARE(entry->errorCode, code);
            QVERIFY(entry->externalSystem);
            QCOMPARE(entry->externalSystem->id, systemId);
        }
    }

    // A rejection group is acted on as one: a REJECTED entry is final, so complete, reject and remove
    // are off and say why; resend sends every entry of the group again, confirmed once, and the
    // journal has one record with the one reason for each entry.
    void rejectionGroupActions()
    {
        auto monitor = polledMonitor(*m_sandbox);
        QVERIFY(monitor);
        QTableView *groups = rejectionView(*monitor);
        QVERIFY(groups);
        RejectionGroupActions *actions = monitor->groupActions();
        QVERIFY(actions);
        // Nothing chosen: nothing to do.
        QVERIFY(!monitor->action(QStringLiteral("groupResend"))->isEnabled());
        // A group of three: SMS sent now that the gateway turns down with one code.
        int sent = 0;
        for (int i = 0; i < 3; ++i) {
            CommunicationInput sms;
            sms.direction = Direction::Outgoing;
            sms.media = Media::Sms;
            sms.lifeCycleState = LifeCycleState::Completed;
            sms.to = QStringLiteral("+3579900012%1").arg(i);
            sms.subject = QStringLiteral("Group test %1").arg(i);
            sms.content = QStringLiteral("Barred number");
            m_connection->communications()->create(
                monitor.get(), Identifier::byNumber(QStringLiteral("CI000021")), sms,
                [&sent](const Result<Communication> &result) { sent += result.ok(); });
        }
        WAIT_COMPARE_WITH_TIMEOUT(sent, 3, 10000);
        QVERIFY(pollAgain(*monitor));
        QStringList rejected;
        for (const QueueEntry &entry : monitor->entryModel()->entries()) {
            if (entry.lifeCycleState == QueueState::Pending && entry.communication
                && entry.communication->subject.startsWith(QStringLiteral("Group test")))
                rejected.append(entry.id);
        }
        QCOMPARE(rejected.size(), 3);
        int answered = 0;
        for (const QString &id : std::as_const(rejected)) {
            m_connection->queue()->reject(monitor.get(), Identifier::byId(id), QStringLiteral("GROUP_TEST"),
                                          QStringLiteral("Number barred"),
                                          [&answered](const Result<QueueEntry> &result) { answered += result.ok(); });
        }
        WAIT_COMPARE_WITH_TIMEOUT(answered, 3, 10000);
        QVERIFY(pollAgain(*monitor));
        QModelIndex picked;
        for (int row = 0; row < monitor->rejectionModel()->rowCount(); ++row) {
            const QModelIndex index = monitor->rejectionModel()->index(row, RejectionGroupModel::ErrorCode);
            if (index.data(RejectionGroupModel::ErrorCodeRole).toString() == QStringLiteral("GROUP_TEST"))
                picked = index;
        }
        QVERIFY(picked.isValid());
        const int count = picked.data(RejectionGroupModel::CountRole).toInt();
        QCOMPARE(count, 3);
        groups->selectionModel()->select(picked, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (const char *name : {"groupComplete", "groupReject", "groupRemove"}) {
            QAction *action = monitor->action(QLatin1StringView(name));
            QVERIFY(!action->isEnabled());
            QVERIFY(action->toolTip().contains(QStringLiteral("final")));
        }
        QAction *resend = monitor->action(QStringLiteral("groupResend"));
        QVERIFY(resend->isEnabled());
        QVERIFY(groups->actions().contains(resend)); // on the context menu too
        const QList<QueueEntry> members = actions->entriesFor(QueueActionRunner::Action::Resend);
        QCOMPARE(members.size(), count);
        const int pendingBefore = int(monitor->monitoring()->pending());
        // From the keyboard: Alt+Shift+R on the groups asks the same confirmation (cancelled here).
        monitor->show();
        QApplication::setActiveWindow(monitor.get());
        QVERIFY(QTest::qWaitForWindowActive(monitor.get()));
        groups->setFocus(Qt::OtherFocusReason);
        QSignalSpy opened(monitor.get(), &QueueMonitorWidget::actionDialogOpened);
        QTest::keyClick(groups, Qt::Key_R, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(opened.count(), 1);
        auto *asked = opened.first().first().value<QueueActionDialog *>();
        QCOMPARE(asked->request().action, QueueActionRunner::Action::Resend);
        QCOMPARE(asked->request().entries.size(), count);
        asked->reject();

        QVERIFY(confirm(*monitor, QStringLiteral("groupResend"), QStringLiteral("gateway fixed")));
        const QList<JournalRecord> records = journalRecords(monitor->journal());
        QCOMPARE(records.size(), count);
        QSet<QString> journalled;
        for (const JournalRecord &record : records) {
            QCOMPARE(record.action, QStringLiteral("resend"));
            QCOMPARE(record.reason, QStringLiteral("gateway fixed"));
            QVERIFY2(record.succeeded, qPrintable(record.answer));
            QVERIFY(record.detail.startsWith(QStringLiteral("resent as CM")));
            journalled.insert(record.entryId);
        }
        for (const QueueEntry &entry : members)
            QVERIFY(journalled.contains(entry.id));
        // Each copy entered the queue as a new pending entry; the rejected ones stay as they were.
        QVERIFY(pollAgain(*monitor));
        QCOMPARE(int(monitor->monitoring()->pending()), pendingBefore + count);
        for (const QueueEntry &entry : members)
            QCOMPARE(stateOf(*monitor, entry.id), QueueState::Rejected);
    }

    void removeCompletedAndRefuseWhereStateForbids()
    {
        auto monitor = polledMonitor(*m_sandbox);
        QVERIFY(monitor);
        selectInState(*monitor, QueueState::Rejected, 1);
        QVERIFY(!monitor->action(QStringLiteral("queueRemove"))->isEnabled());
        QVERIFY(!monitor->action(QStringLiteral("queueComplete"))->isEnabled());
        const QStringList ids = selectInState(*monitor, QueueState::Completed, 1);
        QCOMPARE(ids.size(), 1);
        QVERIFY(monitor->action(QStringLiteral("queueRemove"))->isEnabled());
        QVERIFY(!monitor->action(QStringLiteral("queueReject"))->isEnabled());
        QVERIFY(confirm(*monitor, QStringLiteral("queueRemove"), QStringLiteral("duplicate")));
        QCOMPARE(stateOf(*monitor, ids[0]), QueueState::CompletedAndRemoved);
        QCOMPARE(journalRecords(monitor->journal()).value(0).answer, QStringLiteral("COMPLETED_AND_REMOVED"));
    }

    void resendRejected()
    {
        auto monitor = polledMonitor(*m_sandbox);
        QTemporaryDir appData;
        Workspace app(m_connection.get(), m_settings.get(), appData.path()); // compose windows work in it
        QVERIFY(monitor);
        const QStringList ids = selectInState(*monitor, QueueState::Rejected, 1);
        QCOMPARE(ids.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return monitor->detailView()->communication().has_value(); }, 10000));
        const Communication original = *monitor->detailView()->communication();
        QVERIFY(monitor->detailView()->text().contains(original.number));
        QVERIFY(monitor->action(QStringLiteral("queueResend"))->isEnabled());
        std::unique_ptr<ComposeDialog> composeOwner; // goes before `app`
        ComposeDialog *compose = nullptr;
        // As MainWindow::compose opens them.
        monitor->setComposeOpener([&app, &compose, &composeOwner](const auto &setUp) {
            composeOwner = std::make_unique<ComposeDialog>(&app);
            compose = composeOwner.get();
            setUp(compose);
            compose->show();
            return compose;
        });
        monitor->action(QStringLiteral("queueResend"))->trigger();
        QVERIFY(compose);
        QVERIFY(
            QTest::qWaitFor([&] { return compose->editor()->form().contactValue == original.contact->number; }, 10000));
        ComposeForm form = compose->editor()->form();
        QCOMPARE(form.referringEntity, std::optional<ReferringEntity>(ReferringEntity::Communications));
        QCOMPARE(form.referringNumber, original.number);
        QCOMPARE(form.to, original.to);
        QCOMPARE(form.subject, original.subject);
        QSignalSpy saved(compose, &ComposeDialog::communicationSaved);
        compose->send();
        QVERIFY(saved.wait(15000));
        const Communication sent = saved.at(0).at(0).value<Communication>();
        QVERIFY(sent.referringTo.has_value());
        QCOMPARE(sent.referringTo->id, original.id);
        const JournalRecord resend = journalRecords(monitor->journal()).value(0);
        QCOMPARE(resend.action, QStringLiteral("resend"));
        QCOMPARE(resend.user, QStringLiteral("demo"));
        QCOMPARE(resend.entryId, ids[0]);
    }

    void staleWhenUnreachable()
    {
        auto monitor = polledMonitor(*m_sandbox);
        QVERIFY(monitor);
        const int rows = monitor->entryModel()->rowCount();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        m_connection->client()->setServer(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QSignalSpy failed(monitor->poller(), &QueuePoller::pollFailed);
        monitor->action(QStringLiteral("queueRefresh"))->trigger();
        QVERIFY(failed.wait(30000));
        QVERIFY(monitor->isStale());
        QVERIFY(monitor->connectionBanner()->isVisible());
        QVERIFY(monitor->updatedLabel()->text().contains(QStringLiteral("stale")));
        QCOMPARE(monitor->entryModel()->rowCount(), rows); // the last figures stay
        m_connection->client()->setServer(m_sandbox->serverUrl().toString());
        QSignalSpy polled(monitor->poller(), &QueuePoller::polled);
        monitor->action(QStringLiteral("queueRefresh"))->trigger();
        QVERIFY(polled.wait(15000));
        QVERIFY(!monitor->isStale());
        QVERIFY(!monitor->connectionBanner()->isVisible());
    }

    void pauseStopsAutoRefresh()
    {
        FakeClock clock(QDateTime::currentDateTimeUtc());
        auto monitor = polledMonitor(*m_sandbox, &clock);
        QVERIFY(monitor);
        monitor->poller()->setIntervalSeconds(1);
        QSignalSpy started(monitor->poller(), &QueuePoller::pollStarted);
        QSignalSpy polled(monitor->poller(), &QueuePoller::polled);
        // Auto-refresh runs on the clock: a second on, the next poll starts.
        clock.advance(std::chrono::seconds(1));
        QCOMPARE(started.count(), 1);
        QVERIFY(polled.wait(15000));
        monitor->action(QStringLiteral("queuePause"))->trigger();
        QVERIFY(monitor->poller()->isPaused());
        QVERIFY(monitor->updatedLabel()->text().contains(QStringLiteral("paused")));
        clock.advance(std::chrono::seconds(30));
        QCOMPARE(started.count(), 1);
        // Resuming polls at once, and auto-refresh goes on.
        monitor->action(QStringLiteral("queuePause"))->trigger();
        QVERIFY(!monitor->poller()->isPaused());
        QCOMPARE(started.count(), 2);
        QVERIFY(polled.wait(15000));
        clock.advance(std::chrono::seconds(1));
        QCOMPARE(started.count(), 3);
        QVERIFY(polled.wait(15000));
    }

    void openCommunicationInTheCommunicationsTab()
    {
        m_connection = std::make_unique<CrmConnection>();
        m_connection->client()->setServer(m_sandbox->serverUrl().toString());
        m_connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        const auto windowOwner = makeMainWindow(m_connection.get(), m_settings.get());
        MainWindow &window = *windowOwner;
        window.resize(1400, 900);
        window.show();
        QSignalSpy polled(window.queueMonitor()->poller(), &QueuePoller::polled);
        window.start();
        QVERIFY(polled.wait(15000));
        window.tabs()->setCurrentWidget(window.queueTab());
        QueueMonitorWidget &monitor = *window.queueMonitor();
        QVERIFY(!selectInState(monitor, QueueState::Completed, 1).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return monitor.detailView()->communication().has_value(); }, 10000));
        const QString number = monitor.detailView()->communication()->number;
        monitor.action(QStringLiteral("queueOpenCommunication"))->trigger();
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.detailView()->communication() && window.detailView()->communication()->number == number;
            },
            10000));
    }

    void resendFromTheMainWindowAutosavesAndUsesTheOutbox()
    {
        m_connection = std::make_unique<CrmConnection>();
        const QString server = m_sandbox->serverUrl().toString();
        m_connection->client()->setServer(server);
        m_connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        const auto windowOwner = makeMainWindow(m_connection.get(), m_settings.get());
        MainWindow &window = *windowOwner;
        window.resize(1400, 900);
        window.show();
        // The main window's stores are in the test data folder: start from empty ones.
        auto keptDrafts = [&window] {
            window.workspace()->stores()->drain();
            LocalDraftStore store;
            return store.open(window.localDrafts()->path()) ? store.drafts() : QList<LocalDraft>();
        };
        for (const LocalDraft &old : keptDrafts())
            window.localDrafts()->remove(old.id);
        for (const OutboxItem &old : window.outbox()->items())
            window.outbox()->discard(old.id);
        QSignalSpy polled(window.queueMonitor()->poller(), &QueuePoller::polled);
        window.start();
        QVERIFY(polled.wait(15000));
        window.tabs()->setCurrentWidget(window.queueTab());
        QueueMonitorWidget &monitor = *window.queueMonitor();
        QVERIFY(!selectInState(monitor, QueueState::Rejected, 1).isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return monitor.detailView()->communication().has_value(); }, 10000));
        const Communication original = *monitor.detailView()->communication();

        QSignalSpy opened(&window, &MainWindow::composeOpened);
        monitor.action(QStringLiteral("queueResend"))->trigger();
        QCOMPARE(opened.size(), 1); // announced once, by the main window that opened it
        auto *compose = qobject_cast<ComposeDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(compose);
        QCOMPARE(compose->parent(), &window);
        QVERIFY(
            QTest::qWaitFor([&] { return compose->editor()->form().contactValue == original.contact->number; }, 10000));
        QCOMPARE(compose->editor()->form().referringNumber, original.number);

        // Typing is autosaved to the main window's local drafts.
        const QString subject = QStringLiteral("Resent from the queue %1").arg(QDateTime::currentMSecsSinceEpoch());
        auto *subjectEdit = compose->findChild<QLineEdit *>(QStringLiteral("subject"));
        QVERIFY(subjectEdit);
        subjectEdit->setFocus();
        subjectEdit->selectAll();
        QTest::keyClicks(subjectEdit, subject);
        auto draftTitles = [&keptDrafts] {
            QStringList titles;
            for (const LocalDraft &draft : keptDrafts())
                titles.append(draft.title);
            return titles;
        };
        WAIT_VERIFY_WITH_TIMEOUT(draftTitles().contains(subject), int(ComposeLocalCopy::kAutosaveDelay.count()) + 1000);
        QVERIFY(compose->localDraftId() != 0);

        // With the server down, Send leaves it in the main window's outbox.
        QSignalSpy queued(compose, &ComposeDialog::queuedInOutbox);
        QVERIFY(m_connection->client()->setServer(QStringLiteral("http://127.0.0.1:9")));
        compose->send();
        WAIT_COMPARE_WITH_TIMEOUT(queued.size(), 1, 20000);
        const qint64 id = queued.first().first().toLongLong();
        const QList<OutboxItem> items = window.outbox()->items();
        const auto item =
            std::find_if(items.begin(), items.end(), [id](const OutboxItem &candidate) { return candidate.id == id; });
        QVERIFY(item != items.end());
        QCOMPARE(item->title, subject);
        QVERIFY(!draftTitles().contains(subject)); // the outbox holds it now
        window.outbox()->discard(id); // not sent when the server is back: leave the sandbox as it was
        QVERIFY(m_connection->client()->setServer(server));
    }

    void consumersMoveEntries()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.consumers = true;
        Sandbox busy(config);
        QString error;
        QVERIFY2(busy.start(&error), qPrintable(error));
        // The test steps the simulated gateways itself, so that nothing depends on how fast this machine is.
        QSet<QString> processed;
        for (QueueConsumer *consumer : busy.consumers()) {
            consumer->stop();
            connect(consumer, &QueueConsumer::entryProcessed, this,
                    [&processed](const QString &entryId) { processed.insert(entryId); });
        }
        QVERIFY(!busy.consumers().isEmpty());
        auto monitor = polledMonitor(busy);
        QVERIFY(monitor);
        // Fresh work: outgoing SMS become PENDING entries the moment they complete.
        const QString contactNumber = QStringLiteral("CI000001");
        QStringList created;
        for (int i = 0; i < 5; ++i) {
            CommunicationInput input;
            input.direction = Direction::Outgoing;
            input.media = Media::Sms;
            input.to = QStringLiteral("+35799%1").arg(100000 + i);
            input.subject = QStringLiteral("Gateway test %1").arg(i);
            input.content = QStringLiteral("Your appointment is confirmed.");
            std::optional<Result<Communication>> result;
            m_connection->communications()->create(nullptr, Identifier::byNumber(contactNumber), input,
                                                   [&result](const Result<Communication> &r) { result = r; });
            QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
            QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().userText()));
            created.append(result->value().number);
        }
        QSignalSpy polled(monitor->poller(), &QueuePoller::polled);
        monitor->action(QStringLiteral("queueRefresh"))->trigger();
        QVERIFY(polled.wait(15000));
        QSet<QString> waiting; // the new entries, PENDING as the monitor saw them
        for (const QueueEntry &entry : monitor->entryModel()->entries()) {
            if (entry.communication && created.contains(entry.communication->number)
                && entry.lifeCycleState == QueueState::Pending)
                waiting.insert(entry.id);
        }
        QVERIFY(!waiting.isEmpty());

        // The gateways work through the queue, oldest first, until they reach one of the new entries.
        for (int round = 0; round < 2000 && !processed.intersects(waiting); ++round) {
            for (QueueConsumer *consumer : busy.consumers())
                consumer->tick();
        }
        const QSet<QString> moved = processed & waiting;
        QVERIFY(!moved.isEmpty());

        // The next poll shows the entry out of PENDING, as a change of its row.
        QSignalSpy changed(monitor->entryModel(), &QAbstractItemModel::dataChanged);
        monitor->action(QStringLiteral("queueRefresh"))->trigger();
        QVERIFY(polled.wait(15000));
        QVERIFY(changed.count() > 0);
        const QString movedId = *moved.begin();
        const QueueEntry *entry = monitor->entryModel()->entryAt(monitor->entryModel()->rowOfId(movedId));
        QVERIFY(entry);
        QVERIFY(entry->lifeCycleState != QueueState::Pending);
        // The summary saw the work done within the window.
        const QueueSourceFigures *total = monitor->summaryModel()->figuresAt(monitor->summaryModel()->rowCount() - 1);
        QVERIFY(total->completedInWindow + total->rejectedInWindow > 0);
        monitor.reset();
        m_workspace.reset();
        m_connection.reset();
        busy.stop();
    }
};

QTEST_MAIN(TestQueueMonitor)
#include "tst_queuemonitor.moc"
