// The queue tab's other views on real widgets against the in-process sandbox: open an entry by
// number or id that no table has loaded (Ctrl+G), with its actions; a number that does not exist
// says so where the user typed it; "Next to send" lists the PENDING entries of one media as the
// server orders them (get_pending), as many as asked; "Delivered, not viewed" lists the COMPLETED
// entries whose communication is unviewed (get_pending_completed), and one viewed leaves it.
#include "CrmConnection.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "QueueActionDialog.h"
#include "QueueEntryDetailView.h"
#include "QueueEntryModel.h"
#include "QueueEntrySelection.h"
#include "QueueMonitorWidget.h"
#include "QueueTab.h"
#include "QueueWorkListView.h"
#include "QueueWorkspace.h"
#include "Sandbox.h"
#include "Settings.h"
#include "StoreThread.h"
#include "Wait.h"
#include "WidgetTestSupport.h"
#include "WorkspaceTestSupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

class TestQueueViews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CrmConnection> m_connection;
    std::unique_ptr<StoreThread> m_stores;
    std::unique_ptr<QueueWorkspace> m_workspace; // outlives the tab a test holds

    // The queue tab on a workspace of its own, shown, signed in to the sandbox; the monitor does not
    // poll, so no table holds anything the test did not load.
    std::unique_ptr<QueueTab> queueTab()
    {
        m_workspace =
            std::make_unique<QueueWorkspace>(m_connection.get(), m_settings.get(), m_stores.get(), m_dir.path());
        auto tab = std::make_unique<QueueTab>(m_workspace.get());
        tab->resize(1400, 900);
        tab->show();
        if (!QTest::qWaitForWindowActive(tab.get()))
            qWarning("the queue tab's window is not active: shortcuts will not work");
        return tab;
    }

    // The sandbox's own answer, through the client library.
    QList<QueueEntry> serverList(QueueWorkList::Kind kind, Media media, int number)
    {
        std::optional<Result<QList<QueueEntry>>> result;
        auto done = [&result](const Result<QList<QueueEntry>> &r) { result = r; };
        const QueueApi::Source source {media, std::nullopt};
        if (kind == QueueWorkList::Kind::NextToSend)
            m_connection->queue()->pending(nullptr, source, std::nullopt, number, done);
        else
            m_connection->queue()->pendingCompleted(nullptr, source, std::nullopt, number, done);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000) || !result->ok())
            return {};
        return result->value();
    }

    static QStringList numbersShown(const QueueWorkListView &view)
    {
        QStringList numbers;
        for (int row = 0; row < view.entryModel()->rowCount(); ++row)
            numbers.append(view.entryModel()->index(row, QueueEntryModel::Number).data().toString());
        return numbers;
    }

    static QStringList numbersOf(const QList<QueueEntry> &entries)
    {
        QStringList numbers;
        for (const QueueEntry &entry : entries)
            numbers.append(entry.number);
        return numbers;
    }

    // Shows `view` with `media` and `number`, and waits for the list to come.
    static bool load(QueueTab &tab, QueueTab::View which, QueueWorkListView &view, Media media, int number)
    {
        tab.showView(which);
        QSignalSpy loaded(view.list(), &QueueWorkList::loaded);
        view.numberBox()->setValue(number);
        view.setSource(QStringLiteral("media:") + wireName(media));
        return QTest::qWaitFor([&] { return !view.list()->isLoading() && loaded.count() > 0; }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<Sandbox>(SandboxConfig::forTests());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_stores = std::make_unique<StoreThread>();
        // The seeded queue holds few pending SMS: outgoing SMS become PENDING entries when created.
        CrmConnection connection;
        connection.client()->setServer(m_sandbox->serverUrl().toString());
        connection.session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        for (int i = 0; i < 6; ++i) {
            CommunicationInput input;
            input.direction = Direction::Outgoing;
            input.media = Media::Sms;
            input.to = QStringLiteral("+35799%1").arg(200000 + i);
            input.subject = QStringLiteral("Queue views test %1").arg(i);
            input.content = QStringLiteral("Your parcel is on its way.");
            std::optional<Result<Communication>> result;
            connection.communications()->create(nullptr, Identifier::byNumber(QStringLiteral("CI000001")), input,
                                                [&result](const Result<Communication> &r) { result = r; });
            WAIT_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
            QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().userText()));
        }
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_stores.reset();
    }

    void init()
    {
        m_workspace.reset();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_connection = std::make_unique<CrmConnection>();
        m_connection->client()->setServer(m_sandbox->serverUrl().toString());
        m_connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
    }

    void goToAnEntryNoTableHolds()
    {
        const QList<QueueEntry> pending = serverList(QueueWorkList::Kind::NextToSend, Media::Email, 1);
        QCOMPARE(pending.size(), 1);
        const QueueEntry wanted = pending.first();
        auto tab = queueTab();
        QueueMonitorWidget &monitor = *tab->monitor();
        QCOMPARE(monitor.entryModel()->rowCount(), 0);

        // Ctrl+G, type the number as people do (lower case), Return.
        monitor.entryView()->setFocus();
        QTest::keyClick(monitor.entryView(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(tab->goToField()->hasFocus());
        QTest::keyClicks(tab->goToField(), wanted.number.toLower());
        QTest::keyClick(tab->goToField(), Qt::Key_Return);
        WAIT_COMPARE_WITH_TIMEOUT(monitor.detailView()->entry().value_or(QueueEntry()).number, wanted.number, 15000);
        QVERIFY(!tab->goToBanner()->isVisible());
        QVERIFY(monitor.detailView()->text().contains(QStringLiteral("Pending")));
        QVERIFY(monitor.entryView()->selectionModel()->selectedRows().isEmpty());

        // Its actions act on it although no row is selected: complete it.
        QVERIFY(monitor.action(QStringLiteral("queueComplete"))->isEnabled());
        QVERIFY(monitor.action(QStringLiteral("queueRemove"))->isEnabled());
        QVERIFY(!monitor.action(QStringLiteral("queueResend"))->isEnabled());
        QueueActionDialog *dialog = nullptr;
        connect(&monitor, &QueueMonitorWidget::actionDialogOpened, this,
                [&dialog](QueueActionDialog *opened) { dialog = opened; });
        monitor.action(QStringLiteral("queueComplete"))->trigger();
        QVERIFY(dialog);
        QCOMPARE(dialog->request().entries.size(), 1);
        QCOMPARE(dialog->request().entries.first().id, wanted.id);
        dialog->reasonEdit()->setText(QStringLiteral("delivered by hand"));
        QSignalSpy finished(&monitor, &QueueMonitorWidget::actionsFinished);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QVERIFY(monitor.detailView()->entry()->lifeCycleState == QueueState::Completed);
        QVERIFY(monitor.detailView()->text().contains(QStringLiteral("Completed")));
        QVERIFY(!monitor.action(QStringLiteral("queueComplete"))->isEnabled());

        // By id, in another view: it opens in that view's pane.
        tab->showView(QueueTab::View::DeliveredNotViewed);
        typeInto(tab->goToField(), wanted.id);
        tab->goToEntry(tab->goToField()->text());
        QueueWorkListView &delivered = *tab->deliveredNotViewed();
        WAIT_COMPARE_WITH_TIMEOUT(delivered.detailView()->entry().value_or(QueueEntry()).id, wanted.id, 15000);
    }

    void goToANumberThatDoesNotExist()
    {
        auto tab = queueTab();
        typeInto(tab->goToField(), QStringLiteral("CQ999999"));
        QTest::keyClick(tab->goToField(), Qt::Key_Return);
        WAIT_VERIFY_WITH_TIMEOUT(tab->goToBanner()->isVisible(), 15000);
        QCOMPARE(tab->goToBanner()->text(), QStringLiteral("There is no queue entry CQ999999."));
        QVERIFY(!tab->monitor()->detailView()->entry().has_value());
        // A number that exists clears the message.
        const QList<QueueEntry> pending = serverList(QueueWorkList::Kind::NextToSend, Media::Sms, 1);
        QCOMPARE(pending.size(), 1);
        typeInto(tab->goToField(), pending.first().number);
        QTest::mouseClick(tab->goToButton(), Qt::LeftButton);
        WAIT_COMPARE_WITH_TIMEOUT(tab->monitor()->detailView()->entry().value_or(QueueEntry()).number,
                                  pending.first().number, 15000);
        QVERIFY(!tab->goToBanner()->isVisible());
    }

    void nextToSendForSms()
    {
        auto tab = queueTab();
        QueueWorkListView &view = *tab->nextToSend();
        QVERIFY(load(*tab, QueueTab::View::NextToSend, view, Media::Sms, 3));
        QCOMPARE(view.entryModel()->rowCount(), 3);
        const QList<QueueEntry> server = serverList(QueueWorkList::Kind::NextToSend, Media::Sms, 3);
        QCOMPARE(numbersShown(view), numbersOf(server));
        for (const QueueEntry &entry : view.entryModel()->entries()) {
            QVERIFY(entry.lifeCycleState == QueueState::Pending);
            QVERIFY(entry.media == Media::Sms);
        }
        // Row numbers are the server's order.
        QCOMPARE(view.entryModel()->headerData(0, Qt::Vertical).toInt(), 1);

        // More entries, asked for with the spin box: still the server's order, the first three first.
        QSignalSpy loaded(view.list(), &QueueWorkList::loaded);
        view.numberBox()->setFocus();
        view.numberBox()->selectAll();
        QTest::keyClicks(view.numberBox(), QStringLiteral("5"));
        QCOMPARE(loaded.count(), 0); // no request per keystroke
        QTest::keyClick(view.numberBox(), Qt::Key_Return);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(numbersShown(view), numbersOf(serverList(QueueWorkList::Kind::NextToSend, Media::Sms, 5)));
        QCOMPARE(numbersShown(view).mid(0, 3), numbersOf(server));

        // Selecting a row opens it in the pane, with the actions a PENDING entry allows.
        view.entryView()->selectRow(1);
        QCOMPARE(view.detailView()->entry().value_or(QueueEntry()).number, numbersOf(server).at(1));
        QVERIFY(view.action(QStringLiteral("queueComplete"))->isEnabled());

        // F5 asks again.
        view.entryView()->setFocus();
        QTest::keyClick(view.entryView(), Qt::Key_F5);
        QVERIFY(view.list()->isLoading());
        QVERIFY(loaded.wait(15000));
        QCOMPARE(view.entryModel()->rowCount(), 5);
        QCOMPARE(view.detailView()->entry().value_or(QueueEntry()).number, numbersOf(server).at(1)); // still selected
    }

    void emptyListSaysSo()
    {
        auto tab = queueTab();
        QueueWorkListView &view = *tab->nextToSend();
        // The sandbox queues no face-to-face communications.
        QVERIFY(serverList(QueueWorkList::Kind::NextToSend, Media::FaceToFace, 50).isEmpty());
        QVERIFY(load(*tab, QueueTab::View::NextToSend, view, Media::FaceToFace, 50));
        QVERIFY(view.placeholder()->isVisible());
        QCOMPARE(view.placeholder()->text(), QStringLiteral("No entries are waiting for Face to face."));
        QVERIFY(!view.entryView()->isVisible());
        // Another source with entries shows the table again.
        QVERIFY(load(*tab, QueueTab::View::NextToSend, view, Media::Sms, 50));
        QVERIFY(view.entryView()->isVisible());
        QVERIFY(!view.placeholder()->isVisible());
    }

    void deliveredNotViewed()
    {
        auto tab = queueTab();
        QueueWorkListView &view = *tab->deliveredNotViewed();
        QVERIFY(load(*tab, QueueTab::View::DeliveredNotViewed, view, Media::Sms, 20));
        const QList<QueueEntry> server = serverList(QueueWorkList::Kind::DeliveredNotViewed, Media::Sms, 20);
        QVERIFY(!server.isEmpty());
        QCOMPARE(numbersShown(view), numbersOf(server));
        for (const QueueEntry &entry : view.entryModel()->entries()) {
            QVERIFY(entry.lifeCycleState == QueueState::Completed);
            QVERIFY(entry.communication);
            QCOMPARE(entry.communication->viewed.value_or(false), false);
        }

        // Someone views the first one's communication: after a refresh it is gone.
        const QueueEntry first = view.entryModel()->entries().first();
        std::optional<Result<Communication>> viewed;
        m_connection->communications()->setAsViewed(nullptr, Identifier::byId(first.communication->id), {},
                                                    [&viewed](const Result<Communication> &r) { viewed = r; });
        WAIT_VERIFY_WITH_TIMEOUT(viewed.has_value(), 15000);
        QVERIFY(viewed->ok());
        QSignalSpy loaded(view.list(), &QueueWorkList::loaded);
        view.action(QStringLiteral("queueWorkListRefresh"))->trigger();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(view.entryModel()->rowOfId(first.id), -1);
        QVERIFY(!numbersShown(view).contains(first.number));
    }

    void keysWorkInTheMainWindow()
    {
        const auto windowOwner = makeMainWindow(m_connection.get(), m_settings.get());
        MainWindow &window = *windowOwner;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.tabs()->setCurrentWidget(window.queueTab());
        QueueWorkListView &view = *window.queueTab()->nextToSend();
        QVERIFY(load(*window.queueTab(), QueueTab::View::NextToSend, view, Media::Sms, 4));
        // F5 refreshes the view in front, not the communications list behind the other tab.
        QSignalSpy loaded(view.list(), &QueueWorkList::loaded);
        view.entryView()->setFocus();
        QTest::keyClick(view.entryView(), Qt::Key_F5);
        QVERIFY(view.list()->isLoading());
        QVERIFY(loaded.wait(15000));
        // Ctrl+G reaches the entry field from the view.
        QTest::keyClick(view.entryView(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(window.queueTab()->goToField()->hasFocus());
    }

    void viewAndListStateRemembered()
    {
        {
            auto tab = queueTab();
            QVERIFY(load(*tab, QueueTab::View::NextToSend, *tab->nextToSend(), Media::Email, 7));
        }
        auto tab = queueTab();
        QCOMPARE(tab->currentView(), QueueTab::View::NextToSend);
        QCOMPARE(tab->nextToSend()->numberBox()->value(), 7);
        QCOMPARE(tab->nextToSend()->sourcePicker()->currentData().toString(), QStringLiteral("media:EMAIL"));
        QCOMPARE(tab->viewBar()->tabText(2), QStringLiteral("&Delivered, not viewed"));
    }
};

QTEST_MAIN(TestQueueViews)
#include "tst_queueviews.moc"
