// Nothing typed is lost (docs/architecture.md, docs/api-contract.md "Dates"), against the in-process sandbox: compose
// autosaves to the local drafts within two seconds, a confirmed send removes the draft, a killed process leaves its
// draft behind, the main window offers recovered drafts, and a send while the server is down goes to the outbox and is
// created exactly once when the server is back.
#include "Capture.h"
#include "ComposeDialog.h"
#include "ComposeEditor.h"
#include "ComposeFormJson.h"
#include "ConflictDialog.h"
#include "CrmConnection.h"
#include "LocalDraftStore.h"
#include "MainWindow.h"
#include "Outbox.h"
#include "OutboxPanel.h"
#include "Sandbox.h"
#include "Settings.h"
#include "WidgetTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;
using namespace std::chrono_literals;

class TestLocalDrafts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<CrmConnection> m_connection;
    std::unique_ptr<Settings> m_settings;
    QString m_contact;

    std::unique_ptr<ComposeDialog> openDialog(LocalDraftStore *drafts, Outbox *outbox)
    {
        auto dialog = std::make_unique<ComposeDialog>(m_connection.get(), m_settings.get());
        dialog->setLocalStores(drafts, outbox);
        dialog->show();
        return dialog;
    }

    void fillSms(ComposeDialog *dialog, const QString &subject)
    {
        auto *contact = child<QLineEdit>(dialog, "contactValue");
        typeInto(contact, m_contact);
        QTest::keyClick(contact, Qt::Key_Return);
        QTRY_VERIFY(!child<QLabel>(dialog, "contactName")->text().isEmpty());
        chooseEnum(child<QComboBox>(dialog, "direction"), int(Direction::Outgoing));
        chooseEnum(child<QComboBox>(dialog, "media"), int(Media::Phone));
        typeInto(child<QLineEdit>(dialog, "subject"), subject);
        typeInto(child<QPlainTextEdit>(dialog, "content"), QStringLiteral("Called about the bill."));
    }

    int countWithSubject(const QString &subject)
    {
        Capture<QList<Communication>> listed;
        CommunicationsApi::ListFilter filter;
        filter.contact = Identifier::byNumber(m_contact);
        filter.paging = {100, 0};
        m_connection->communications()->list(this, filter, listed.handler());
        if (!QTest::qWaitFor([&] { return listed.done(); }, 10000) || !listed.ok())
            return -1;
        return int(std::count_if(listed.value().begin(), listed.value().end(),
                                 [&](const Communication &c) { return c.subject == subject; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_sandbox = std::make_unique<Sandbox>(SandboxConfig::forTests());
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_connection = std::make_unique<CrmConnection>();
        QVERIFY(m_connection->client()->setServer(m_sandbox->serverUrl().toString()));
        m_connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        Capture<Done> login;
        m_connection->session()->login(this, login.handler());
        QTRY_VERIFY(login.done());
        QVERIFY(login.ok());
        m_contact = QStringLiteral("CI000001");
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_sandbox->stop();
    }

    void autosavesWithinTwoSecondsAndForgetsWhenConfirmed()
    {
        QTemporaryDir dir;
        LocalDraftStore drafts;
        QVERIFY(drafts.open(dir.filePath(QStringLiteral("d.sqlite"))));
        auto dialog = openDialog(&drafts, nullptr);
        fillSms(dialog.get(), QStringLiteral("Autosaved call"));
        QElapsedTimer typed;
        typed.start();
        QTRY_COMPARE_WITH_TIMEOUT(drafts.drafts().size(), 1, 2500);
        QVERIFY(typed.elapsed() <= 2000);
        const LocalDraft kept = drafts.drafts().first();
        QCOMPARE(ComposeFormJson::read(kept.form), dialog->editor()->form());
        QCOMPARE(kept.title, QStringLiteral("Autosaved call"));
        // A further change replaces the same row.
        typeMore(child<QLineEdit>(dialog.get(), "subject"), QStringLiteral("!"));
        QTRY_COMPARE_WITH_TIMEOUT(drafts.drafts().first().title, QStringLiteral("Autosaved call!"), 2500);
        QCOMPARE(drafts.drafts().size(), 1);
        dialog->send();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QVERIFY(drafts.drafts().isEmpty()); // confirmed by the server: gone
    }

    void closingKeepsWhatWasTyped()
    {
        QTemporaryDir dir;
        LocalDraftStore drafts;
        QVERIFY(drafts.open(dir.filePath(QStringLiteral("d.sqlite"))));
        {
            auto dialog = openDialog(&drafts, nullptr);
            typeInto(child<QLineEdit>(dialog.get(), "subject"), QStringLiteral("Closed at once"));
        } // destroyed well before the autosave delay, as when the app quits
        QCOMPARE(drafts.drafts().size(), 1);
        QCOMPARE(ComposeFormJson::read(drafts.drafts().first().form).subject, QStringLiteral("Closed at once"));
    }

    void killedProcessLeavesItsDraft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(COMMDESK_COMPOSEKILLER), {path, QStringLiteral("Typed before the kill")});
        QVERIFY(helper.waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains("typed"), 30000);
        QTest::qWait(ComposeDialog::kAutosaveDelayMs + 1000);
        helper.kill(); // SIGKILL: no destructor, no close event
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        LocalDraftStore drafts;
        QVERIFY(drafts.open(path));
        QCOMPARE(drafts.drafts().size(), 1);
        QCOMPARE(ComposeFormJson::read(drafts.drafts().first().form).subject, QStringLiteral("Typed before the kill"));
    }

    void mainWindowOffersRecoveredDrafts()
    {
        {
            LocalDraftStore drafts;
            QVERIFY(drafts.open(LocalDraftStore::defaultPath()));
            for (const LocalDraft &old : drafts.drafts())
                drafts.remove(old.id);
            ComposeForm form;
            form.contactValue = m_contact;
            form.subject = QStringLiteral("Recovered subject");
            QVERIFY(
                drafts.save({0, {}, {}, QStringLiteral("Recovered subject"), ComposeFormJson::write(form), {}, {}}));
        }
        MainWindow window(m_connection.get(), m_settings.get());
        QSignalSpy opened(&window, &MainWindow::composeOpened);
        window.show();
        window.start();
        QListWidget *list = window.outboxPanel()->list();
        QVERIFY(window.outboxPanel()->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Recovered subject")));
        list->setCurrentRow(0);
        child<QPushButton>(window.outboxPanel(), "outboxOpen")->click();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<ComposeDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "subject")->text(), QStringLiteral("Recovered subject"));
        QVERIFY(dialog->hasUnsavedChanges());
        QVERIFY(dialog->localDraftId() != 0);
        QCOMPARE(list->count(), 0); // the window keeps it now
        delete dialog; // keeps what it holds (the app quitting)
        QCOMPARE(window.localDrafts()->drafts().size(), 1);
        for (const LocalDraft &left : window.localDrafts()->drafts())
            window.localDrafts()->remove(left.id); // leave the test data folder clean
    }

    void conflictingUpdateIsCaught()
    {
        CommunicationInput input;
        input.direction = Direction::Outgoing;
        input.media = Media::Phone;
        input.subject = QStringLiteral("Conflict original");
        input.content = QStringLiteral("First words.");
        input.lifeCycleState = LifeCycleState::Draft;
        Capture<Communication> created;
        m_connection->communications()->create(this, Identifier::byNumber(m_contact), input, created.handler());
        QTRY_VERIFY(created.done());
        QVERIFY(created.ok());
        auto dialog = openDialog(nullptr, nullptr);
        dialog->editDraft(created.value());
        QTRY_VERIFY(!dialog->isBusy());
        QTest::qWait(1100); // dates on the wire have whole seconds
        CommunicationInput theirs;
        theirs.subject = QStringLiteral("Conflict changed elsewhere");
        Capture<Communication> updated;
        m_connection->communications()->update(this, Identifier::byId(created.value().id), theirs, updated.handler());
        QTRY_VERIFY(updated.done());
        QVERIFY(updated.ok());

        typeMore(child<QPlainTextEdit>(dialog.get(), "content"), QStringLiteral(" Mine."));
        dialog->saveDraft();
        ConflictDialog *conflict = nullptr;
        QTRY_VERIFY((conflict = dialog->findChild<ConflictDialog *>()) != nullptr);
        QVERIFY(child<QPlainTextEdit>(conflict, "theirs")
                    ->toPlainText()
                    .contains(QStringLiteral("Conflict changed elsewhere")));
        QVERIFY(child<QPlainTextEdit>(conflict, "mine")->toPlainText().contains(QStringLiteral("Mine.")));
        child<QPushButton>(conflict, "takeTheirs")->click();
        QTRY_COMPARE(child<QLineEdit>(dialog.get(), "subject")->text(), QStringLiteral("Conflict changed elsewhere"));
        QVERIFY(!dialog->hasUnsavedChanges());

        // Again, keeping mine this time: the update goes out over the seen version.
        QTest::qWait(1100);
        theirs.subject = QStringLiteral("Conflict changed again");
        Capture<Communication> again;
        m_connection->communications()->update(this, Identifier::byId(created.value().id), theirs, again.handler());
        QTRY_VERIFY(again.done());
        typeMore(child<QPlainTextEdit>(dialog.get(), "content"), QStringLiteral(" Mine again."));
        dialog->saveDraft();
        QTRY_VERIFY((conflict = dialog->findChild<ConflictDialog *>()) != nullptr);
        child<QPushButton>(conflict, "keepMine")->click();
        QTRY_VERIFY(!dialog->isBusy() && !dialog->hasUnsavedChanges());
        QVERIFY(dialog->draft()->content.contains(QStringLiteral("Mine again.")));
        QCOMPARE(dialog->draft()->subject, QStringLiteral("Conflict changed again")); // only my change went over theirs

        // Unchanged on the server: no question.
        typeMore(child<QPlainTextEdit>(dialog.get(), "content"), QStringLiteral(" More."));
        dialog->saveDraft();
        QTRY_VERIFY(!dialog->isBusy() && !dialog->hasUnsavedChanges());
        QVERIFY(!dialog->findChild<ConflictDialog *>() || !dialog->findChild<ConflictDialog *>()->isVisible());
    }

    void offlineSendGoesToOutboxAndIsCreatedOnce()
    {
        QTemporaryDir dir;
        LocalDraftStore drafts;
        QVERIFY(drafts.open(dir.filePath(QStringLiteral("d.sqlite"))));
        StoreThread storeThread;
        Outbox outbox(&storeThread, storeThread.make<OutboxStore>(), m_connection->communications());
        outbox.setBackoff(100ms, 300ms);
        QSignalSpy ready(&outbox, &Outbox::changed);
        outbox.start(dir.filePath(QStringLiteral("o.sqlite")));
        QVERIFY(ready.wait());
        const QString subject = QStringLiteral("Sent while offline %1").arg(QDateTime::currentMSecsSinceEpoch());
        auto dialog = openDialog(&drafts, &outbox);
        fillSms(dialog.get(), subject);
        QSignalSpy queued(dialog.get(), &ComposeDialog::queuedInOutbox);
        const QString server = m_sandbox->serverUrl().toString();
        QVERIFY(m_connection->client()->setServer(QStringLiteral("http://127.0.0.1:9"))); // down
        dialog->send();
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, 20000);
        QVERIFY(!dialog->isVisible());
        QVERIFY(drafts.drafts().isEmpty()); // the outbox holds it now
        QCOMPARE(outbox.items().size(), 1);
        QVERIFY(!outbox.items().first().lastError.isEmpty());
        QTest::qWait(500); // retries while down
        QCOMPARE(outbox.items().size(), 1);
        QSignalSpy sent(&outbox, &Outbox::sent);
        QVERIFY(m_connection->client()->setServer(server)); // up
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 20000);
        QVERIFY(outbox.items().isEmpty());
        QCOMPARE(countWithSubject(subject), 1);
    }
};

QTEST_MAIN(TestLocalDrafts)
#include "tst_localdrafts.moc"
