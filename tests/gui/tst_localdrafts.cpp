// Nothing typed is lost (docs/architecture.md, docs/api-contract.md "Dates"), against the in-process sandbox: compose
// autosaves to the local drafts within two seconds, a confirmed send removes the draft, a killed process leaves its
// draft behind, the main window offers recovered drafts, and a send while the server is down goes to the outbox and is
// created exactly once when the server is back.
#include "Capture.h"
#include "Clock.h"
#include "ComposeDialog.h"
#include "ComposeEditor.h"
#include "ComposeFormJson.h"
#include "ComposeLocalCopy.h"
#include "ConflictDialog.h"
#include "CrmConnection.h"
#include "LocalDraftStore.h"
#include "LocalDrafts.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "Outbox.h"
#include "OutboxPanel.h"
#include "Sandbox.h"
#include "Settings.h"
#include "UnsentWork.h"
#include "Wait.h"
#include "WidgetTestSupport.h"
#include "WorkspaceTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
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

    // The application layer over a data folder of the test's own, on `clock`.
    std::unique_ptr<Workspace> workspaceIn(const QTemporaryDir &dir, Clock *clock = nullptr)
    {
        return std::make_unique<Workspace>(m_connection.get(), m_settings.get(), dir.path(), clock);
    }

    std::unique_ptr<ComposeDialog> openDialog(Workspace *workspace)
    {
        auto dialog = std::make_unique<ComposeDialog>(workspace);
        dialog->show();
        return dialog;
    }

    // Waits until the wall clock (the sandbox's) has moved to the next whole second.
    static void nextSecond()
    {
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        WAIT_VERIFY(QDateTime::currentSecsSinceEpoch() > second);
    }

    // What local-drafts.sqlite holds once the store thread has written what was posted.
    static QList<LocalDraft> keptDrafts(Workspace *workspace)
    {
        workspace->stores()->drain();
        LocalDraftStore store;
        if (!store.open(workspace->unsentWork()->localDrafts()->path()))
            return {};
        return store.drafts();
    }

    void fillSms(ComposeDialog *dialog, const QString &subject)
    {
        auto *contact = child<QLineEdit>(dialog, "contactValue");
        typeInto(contact, m_contact);
        QTest::keyClick(contact, Qt::Key_Return);
        WAIT_VERIFY(!child<QLabel>(dialog, "contactName")->text().isEmpty());
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
        WAIT_VERIFY(login.done());
        QVERIFY(login.ok());
        m_contact = QStringLiteral("CI000001");
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_sandbox->stop();
    }

    void autosavesOnceTypingPausesAndForgetsWhenConfirmed()
    {
        QTemporaryDir dir;
        FakeClock clock;
        const auto workspace = workspaceIn(dir, &clock);
        auto dialog = openDialog(workspace.get());
        fillSms(dialog.get(), QStringLiteral("Autosaved call"));
        clock.advance(ComposeLocalCopy::kAutosaveDelay - 1ms);
        QVERIFY(keptDrafts(workspace.get()).isEmpty()); // still typing, as far as the clock knows
        clock.advance(1ms);
        QCOMPARE(keptDrafts(workspace.get()).size(), 1);
        const LocalDraft kept = keptDrafts(workspace.get()).first();
        QCOMPARE(ComposeFormJson::read(kept.form), dialog->editor()->form());
        QCOMPARE(kept.title, QStringLiteral("Autosaved call"));
        // A further change replaces the same row.
        typeMore(child<QLineEdit>(dialog.get(), "subject"), QStringLiteral("!"));
        clock.advance(ComposeLocalCopy::kAutosaveDelay);
        QCOMPARE(keptDrafts(workspace.get()).size(), 1);
        QCOMPARE(keptDrafts(workspace.get()).first().title, QStringLiteral("Autosaved call!"));
        dialog->send();
        WAIT_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QVERIFY(keptDrafts(workspace.get()).isEmpty()); // confirmed by the server: gone
    }

    void aBrokenDraftsFileIsMovedAsideAndAutosaveWorks()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("local-drafts.sqlite")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        QByteArray noise(8192, Qt::Uninitialized);
        for (char &byte : noise)
            byte = char(QRandomGenerator::global()->bounded(256));
        broken.write(noise);
        broken.close();
        FakeClock clock;
        const auto workspace = workspaceIn(dir, &clock);
        MainWindow window(workspace.get()); // goes before the workspace
        window.show();
        // The user is told, in the window, where the damaged file went.
        WAIT_VERIFY(window.listBanner()->isVisible());
        QVERIFY(window.listBanner()->text().contains(QStringLiteral("damaged")));
        QVERIFY(window.listBanner()->text().contains(QStringLiteral("local-drafts.sqlite.corrupt-")));
        QVERIFY(workspace->unsentWork()->localDrafts()->isAvailable());
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("local-drafts.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1); // kept for whoever wants to look, not obeyed
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), noise);
        auto dialog = openDialog(workspace.get());
        fillSms(dialog.get(), QStringLiteral("Typed after the break"));
        clock.advance(ComposeLocalCopy::kAutosaveDelay);
        QCOMPARE(keptDrafts(workspace.get()).size(), 1);
        QVERIFY(!dialog->findChild<MessageBanner *>(QStringLiteral("banner"))->isVisible());
    }

    void aDraftsFileThatCannotBeWrittenIsSaidInTheWindow()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("local-drafts.sqlite"))); // a folder where the file goes
        FakeClock clock;
        const auto workspace = workspaceIn(dir, &clock);
        auto dialog = openDialog(workspace.get());
        fillSms(dialog.get(), QStringLiteral("Nowhere to keep it"));
        clock.advance(ComposeLocalCopy::kAutosaveDelay);
        workspace->stores()->drain();
        auto *banner = dialog->findChild<MessageBanner *>(QStringLiteral("banner"));
        WAIT_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("cannot be kept on this computer")));
        QCOMPARE(child<QLineEdit>(dialog.get(), "subject")->text(),
                 QStringLiteral("Nowhere to keep it")); // nothing lost
    }

    void closingKeepsWhatWasTyped()
    {
        QTemporaryDir dir;
        FakeClock clock; // the autosave delay never passes
        const auto workspace = workspaceIn(dir, &clock);
        {
            auto dialog = openDialog(workspace.get());
            typeInto(child<QLineEdit>(dialog.get(), "subject"), QStringLiteral("Closed at once"));
        } // destroyed before the autosave delay, as when the app quits
        const QList<LocalDraft> kept = keptDrafts(workspace.get());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(ComposeFormJson::read(kept.first().form).subject, QStringLiteral("Closed at once"));
    }

    void killedProcessLeavesItsDraft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("local-drafts.sqlite"));
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(COMMDESK_COMPOSEKILLER), {dir.path(), QStringLiteral("Typed before the kill")});
        QVERIFY(helper.waitForStarted(10000));
        QByteArray output;
        WAIT_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains("typed"), 30000);
        // The helper autosaves on its own clock; the kill comes once the row is there.
        const auto rows = [&path] {
            LocalDraftStore store;
            return store.open(path) ? store.drafts().size() : 0;
        };
        WAIT_COMPARE_WITH_TIMEOUT(rows(), 1, 10000);
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
        const auto windowOwner = makeMainWindow(m_connection.get(), m_settings.get());
        MainWindow &window = *windowOwner;
        QSignalSpy opened(&window, &MainWindow::composeOpened);
        window.show();
        window.start();
        QListWidget *list = window.outboxPanel()->list();
        WAIT_VERIFY(window.outboxPanel()->isVisible()); // listed from the store thread
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Recovered subject")));
        list->setCurrentRow(0);
        child<QPushButton>(window.outboxPanel(), "outboxOpen")->click();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<ComposeDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "subject")->text(), QStringLiteral("Recovered subject"));
        QVERIFY(dialog->hasUnsavedChanges());
        WAIT_VERIFY(dialog->localDraftId() != 0);
        QCOMPARE(list->count(), 0); // the window keeps it now
        delete dialog; // keeps what it holds (the app quitting)
        const QList<LocalDraft> left = keptDrafts(window.workspace());
        QCOMPARE(left.size(), 1);
        for (const LocalDraft &draft : left)
            window.localDrafts()->remove(draft.id); // leave the test data folder clean
        window.workspace()->stores()->drain();
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
        WAIT_VERIFY(created.done());
        QVERIFY(created.ok());
        QTemporaryDir dir;
        const auto workspace = workspaceIn(dir);
        auto dialog = openDialog(workspace.get());
        dialog->editDraft(created.value());
        WAIT_VERIFY(!dialog->isBusy());
        nextSecond(); // dates on the wire have whole seconds
        CommunicationInput theirs;
        theirs.subject = QStringLiteral("Conflict changed elsewhere");
        Capture<Communication> updated;
        m_connection->communications()->update(this, Identifier::byId(created.value().id), theirs, updated.handler());
        WAIT_VERIFY(updated.done());
        QVERIFY(updated.ok());

        typeMore(child<QPlainTextEdit>(dialog.get(), "content"), QStringLiteral(" Mine."));
        dialog->saveDraft();
        ConflictDialog *conflict = nullptr;
        WAIT_VERIFY((conflict = dialog->findChild<ConflictDialog *>()) != nullptr);
        QVERIFY(child<QPlainTextEdit>(conflict, "theirs")
                    ->toPlainText()
                    .contains(QStringLiteral("Conflict changed elsewhere")));
        QVERIFY(child<QPlainTextEdit>(conflict, "mine")->toPlainText().contains(QStringLiteral("Mine.")));
        child<QPushButton>(conflict, "takeTheirs")->click();
        WAIT_COMPARE(child<QLineEdit>(dialog.get(), "subject")->text(), QStringLiteral("Conflict changed elsewhere"));
        QVERIFY(!dialog->hasUnsavedChanges());

        // Again, keeping mine this time: the update goes out over the seen version.
        nextSecond();
        theirs.subject = QStringLiteral("Conflict changed again");
        Capture<Communication> again;
        m_connection->communications()->update(this, Identifier::byId(created.value().id), theirs, again.handler());
        WAIT_VERIFY(again.done());
        typeMore(child<QPlainTextEdit>(dialog.get(), "content"), QStringLiteral(" Mine again."));
        dialog->saveDraft();
        WAIT_VERIFY((conflict = dialog->findChild<ConflictDialog *>()) != nullptr);
        child<QPushButton>(conflict, "keepMine")->click();
        WAIT_VERIFY(!dialog->isBusy() && !dialog->hasUnsavedChanges());
        QVERIFY(dialog->draft()->content.contains(QStringLiteral("Mine again.")));
        QCOMPARE(dialog->draft()->subject, QStringLiteral("Conflict changed again")); // only my change went over theirs

        // Unchanged on the server: no question.
        typeMore(child<QPlainTextEdit>(dialog.get(), "content"), QStringLiteral(" More."));
        dialog->saveDraft();
        WAIT_VERIFY(!dialog->isBusy() && !dialog->hasUnsavedChanges());
        QVERIFY(!dialog->findChild<ConflictDialog *>() || !dialog->findChild<ConflictDialog *>()->isVisible());
    }

    void offlineSendGoesToOutboxAndIsCreatedOnce()
    {
        QTemporaryDir dir;
        const auto workspace = workspaceIn(dir);
        Outbox &outbox = *workspace->unsentWork()->outbox();
        outbox.setBackoff(100ms, 300ms);
        QSignalSpy ready(&outbox, &Outbox::changed);
        workspace->startAccount(); // the outbox opens its file and starts
        QVERIFY(ready.wait());
        const QString subject = QStringLiteral("Sent while offline %1").arg(QDateTime::currentMSecsSinceEpoch());
        auto dialog = openDialog(workspace.get());
        fillSms(dialog.get(), subject);
        QSignalSpy queued(dialog.get(), &ComposeDialog::queuedInOutbox);
        const QString server = m_sandbox->serverUrl().toString();
        QVERIFY(m_connection->client()->setServer(QStringLiteral("http://127.0.0.1:9"))); // down
        dialog->send();
        WAIT_COMPARE_WITH_TIMEOUT(queued.size(), 1, 20000);
        QVERIFY(!dialog->isVisible());
        QVERIFY(keptDrafts(workspace.get()).isEmpty()); // the outbox holds it now
        QCOMPARE(outbox.items().size(), 1);
        QVERIFY(!outbox.items().first().lastError.isEmpty());
        QCOMPARE(outbox.items().size(), 1);
        QSignalSpy sent(&outbox, &Outbox::sent);
        QVERIFY(m_connection->client()->setServer(server)); // up
        WAIT_COMPARE_WITH_TIMEOUT(sent.size(), 1, 20000);
        QVERIFY(outbox.items().isEmpty());
        QCOMPARE(countWithSubject(subject), 1);
    }
};

QTEST_MAIN(TestLocalDrafts)
#include "tst_localdrafts.moc"
