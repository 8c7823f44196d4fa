// The keyboard and screen readers on real widgets against the in-process sandbox: Tab and Shift+Tab leave every
// table, tree and list; F6 and Shift+F6 cycle the panes of both tabs; Ctrl+Tab switches tabs; no two mnemonics
// of a window are the same letter; and a walk of the accessibility tree of every window and dialog finds no
// interactive widget without a name.
#include "Account.h"
#include "ActionJournalDialog.h"
#include "Announcer.h"
#include "ApiError.h"
#include "BrowseSidebar.h"
#include "CertificateDialog.h"
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "ComposeForm.h"
#include "ConflictDialog.h"
#include "DeskFixture.h"
#include "DiagnosticLogDialog.h"
#include "KeyboardAudit.h"
#include "KeyboardShortcuts.h"
#include "ListFilterBar.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ProxySettingsDialog.h"
#include "QueueActionDialog.h"
#include "QueueAlertSettingsDialog.h"
#include "QueueEntryDetailView.h"
#include "QueueMonitorWidget.h"
#include "QueueMonitoring.h"
#include "QueueTab.h"
#include "QueueWorkspace.h"
#include "SecretBackend.h"
#include "SecretStore.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "Translations.h"
#include "Wait.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace commdesk;

namespace {

bool holdsFocus(const QWidget *widget)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == widget || widget->isAncestorOf(focus));
}

QString describe(const QWidget *widget)
{
    return widget ? QStringLiteral("%1 “%2”").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                  widget->accessibleName())
                  : QStringLiteral("nothing");
}

// The app's and Qt's catalogues of one language installed for as long as this lives.
class SpokenLanguage
{
public:
    explicit SpokenLanguage(const QString &code) { installTranslations(*QCoreApplication::instance(), code); }
    ~SpokenLanguage()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(m_before);
    }
    SpokenLanguage(const SpokenLanguage &) = delete;
    SpokenLanguage &operator=(const SpokenLanguage &) = delete;

private:
    QLocale m_before;
};

void addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const Language &language : languages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    DeskFixture f;

    // Every visible item view of the window's current tab: Tab and Shift+Tab each take the focus out of it.
    static void tabLeavesEachViewOf(MainWindow &window, QStringList &stuck, int &checked)
    {
        for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || qobject_cast<QWidget *>(view->parent()) == nullptr || view->window() != &window)
                continue;
            for (const Qt::Key key : {Qt::Key_Tab, Qt::Key_Backtab}) {
                view->setFocus(Qt::OtherFocusReason);
                if (!view->hasFocus())
                    continue; // not focusable (a popup's list): nothing to leave
                QTest::keyClick(view, key, key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
                if (holdsFocus(view))
                    stuck << QStringLiteral("%1 keeps %2")
                                 .arg(describe(view),
                                      key == Qt::Key_Tab ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab"));
                ++checked;
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(300, &error), qPrintable(error));
    }

    void init() { f.newSettings(50); }

    void tabLeavesEveryTableAndTree()
    {
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        QApplication::setActiveWindow(w.get());
        QStringList stuck;
        int checked = 0;
        tabLeavesEachViewOf(*w, stuck, checked);
        w->tabs()->setCurrentWidget(w->queueTab());
        for (const QueueTab::View view :
             {QueueTab::View::Monitor, QueueTab::View::NextToSend, QueueTab::View::DeliveredNotViewed}) {
            w->queueTab()->showView(view);
            QTest::qWait(50);
            tabLeavesEachViewOf(*w, stuck, checked);
        }
        QVERIFY2(stuck.isEmpty(), qPrintable(stuck.join(QStringLiteral("; "))));
        QVERIFY2(checked >= 2 * 8, qPrintable(QString::number(checked))); // both tabs' tables, trees and lists
    }

    // From the queue summary, Tab reaches the entries table (it could not be reached from the keyboard).
    void tabReachesTheQueueEntries()
    {
        auto w = f.window();
        QApplication::setActiveWindow(w.get());
        w->tabs()->setCurrentWidget(w->queueTab());
        QueueMonitorWidget *monitor = w->queueMonitor();
        auto *summary = monitor->findChild<QTableView *>(QString(), Qt::FindChildrenRecursively);
        QTableView *entries = nullptr;
        for (QTableView *table : monitor->findChildren<QTableView *>()) {
            if (table->accessibleName() == QLatin1StringView("Queue summary"))
                summary = table;
            if (table->accessibleName() == QLatin1StringView("Queue entries"))
                entries = table;
        }
        QVERIFY(summary && entries);
        summary->setFocus(Qt::OtherFocusReason);
        for (int press = 0; press < 40 && !entries->hasFocus(); ++press)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(entries->hasFocus(), qPrintable(describe(QApplication::focusWidget())));
    }

    // Tab walks the sidebar from top to bottom, and the list's filter bar from left to right.
    void tabOrderFollowsTheLayout()
    {
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        QVERIFY(w->saveCurrentView(QStringLiteral("A view"))); // the saved views' list shows
        QApplication::setActiveWindow(w.get());
        const QList<QWidget *> sidebar = audit::tabWalk(w->sidebar()->findChild<QComboBox *>(), w->sidebar(), 30);
        QVERIFY2(sidebar.size() >= 5, qPrintable(QString::number(sidebar.size())));
        QStringList breaks = audit::readingOrderBreaks(sidebar, w.get());
        const QList<QWidget *> bar = audit::tabWalk(w->filterBar()->directionBox(), w->filterBar(), 30);
        QVERIFY(bar.size() >= 3);
        breaks << audit::readingOrderBreaks(bar, w.get());
        QVERIFY2(breaks.isEmpty(), qPrintable(breaks.join(QStringLiteral("; "))));
    }

    // In every dialog, Tab goes from the top left widget along the lines and back to it.
    void tabOrderFollowsTheLayoutOfEveryDialog()
    {
        auto w = f.window();
        QStringList breaks;
        for (QWidget *dialog : dialogsOver(w.get())) {
            dialog->raise();
            QApplication::setActiveWindow(dialog);
            QTRY_COMPARE(QApplication::activeWindow(), dialog);
            breaks << audit::tabOrderBreaks(dialog);
        }
        QVERIFY2(breaks.isEmpty(), qPrintable(breaks.join(QStringLiteral("\n"))));
    }

    void f6CyclesThePanes()
    {
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        QApplication::setActiveWindow(w.get());
        QAction *next = w->action(QStringLiteral("nextPane"));
        QAction *previous = w->action(QStringLiteral("previousPane"));
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F6));
        QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F6));

        w->sidebar()->categoryView()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(w.get(), Qt::Key_F6);
        QVERIFY2(w->listView()->hasFocus(), qPrintable(describe(QApplication::focusWidget())));
        QTest::keyClick(w.get(), Qt::Key_F6);
        QVERIFY2(holdsFocus(w->detailView()), qPrintable(describe(QApplication::focusWidget())));
        QTest::keyClick(w.get(), Qt::Key_F6);
        QVERIFY(w->sidebar()->categoryView()->hasFocus()); // round again
        QTest::keyClick(w.get(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(holdsFocus(w->detailView()));

        // On the Queue tab: summary, entries, rejections, entry pane.
        QTest::keyClick(w.get(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(w->tabs()->currentWidget(), w->queueTab());
        QStringList visited;
        for (int press = 0; press < 4; ++press) {
            QTest::keyClick(w.get(), Qt::Key_F6);
            visited << QApplication::focusWidget()->accessibleName();
        }
        QCOMPARE(visited,
                 (QStringList {QStringLiteral("Queue summary"), QStringLiteral("Queue entries"),
                               QStringLiteral("Rejections by error code"), QStringLiteral("Queue entry details")}));
        QTest::keyClick(w.get(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->tabs()->currentWidget(), w->centralWidget()->findChild<QTabWidget *>()->widget(0));
    }

    void noTwoMnemonicsClash_data() { addLanguages(); }

    // In each language: the translators chose accelerators of their own.
    void noTwoMnemonicsClash()
    {
        QFETCH(QString, language);
        const SpokenLanguage spoken(language);
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        QStringList clashes = audit::mnemonicClashes(w.get());
        w->tabs()->setCurrentWidget(w->queueTab());
        for (const QueueTab::View view :
             {QueueTab::View::Monitor, QueueTab::View::NextToSend, QueueTab::View::DeliveredNotViewed}) {
            w->queueTab()->showView(view);
            clashes << audit::mnemonicClashes(w.get());
        }
        for (QWidget *dialog : dialogsOver(w.get()))
            clashes << audit::mnemonicClashes(dialog);
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n"))));
    }

    void everyInteractiveWidgetHasAName_data() { addLanguages(); }

    void everyInteractiveWidgetHasAName()
    {
        QFETCH(QString, language);
        const SpokenLanguage spoken(language);
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        QStringList unnamed = audit::unnamedWidgets(w.get());
        w->tabs()->setCurrentWidget(w->queueTab());
        for (const QueueTab::View view :
             {QueueTab::View::Monitor, QueueTab::View::NextToSend, QueueTab::View::DeliveredNotViewed}) {
            w->queueTab()->showView(view);
            unnamed << audit::unnamedWidgets(w.get());
        }
        for (QWidget *dialog : dialogsOver(w.get()))
            unnamed << audit::unnamedWidgets(dialog);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    // A label beside a field is its buddy: the field is announced with the label's text, and Alt+letter reaches it.
    // Every combo box has one (on Linux it is the only way its purpose is heard).
    void everyLabelIsTiedToItsField()
    {
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        QStringList untied = audit::untiedLabels(w.get()) + audit::unlabelledComboBoxes(w.get());
        w->tabs()->setCurrentWidget(w->queueTab());
        for (const QueueTab::View view :
             {QueueTab::View::Monitor, QueueTab::View::NextToSend, QueueTab::View::DeliveredNotViewed}) {
            w->queueTab()->showView(view);
            untied << audit::untiedLabels(w.get()) << audit::unlabelledComboBoxes(w.get());
        }
        for (QWidget *dialog : dialogsOver(w.get()))
            untied << audit::untiedLabels(dialog) << audit::unlabelledComboBoxes(dialog);
        untied.removeDuplicates();
        QVERIFY2(untied.isEmpty(), qPrintable(untied.join(QStringLiteral("\n"))));
    }

    // Every entry of the menus says its shortcut, but for the few a keyboard user reaches through the menu itself.
    void everyMenuEntryHasAShortcut()
    {
        auto w = f.window();
        QStringList without;
        const QStringList exempt = {QStringLiteral("theme-system"), QStringLiteral("theme-light"),
                                    QStringLiteral("theme-dark"), QStringLiteral("aboutQt")};
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                if (action->menu()) {
                    walk(action->menu());
                    continue;
                }
                if (action->shortcut().isEmpty() && !exempt.contains(action->objectName()))
                    without << action->text() + QStringLiteral(" (") + action->objectName() + QLatin1Char(')');
            }
        };
        for (QAction *top : w->menuBar()->actions())
            if (top->menu())
                walk(top->menu());
        QVERIFY2(without.isEmpty(), qPrintable(without.join(QStringLiteral(", "))));
    }

    // Every action the list shows says where it works and has a shortcut, but for the theme choices, About Qt and
    // opening a saved view (Return, as in any list); Qt's own actions (a field's clear button) are not listed.
    void everyListedActionHasAPlaceAndAShortcut()
    {
        auto w = f.window();
        const QStringList exempt = {QStringLiteral("theme-system"), QStringLiteral("theme-light"),
                                    QStringLiteral("theme-dark"), QStringLiteral("aboutQt"),
                                    QStringLiteral("savedViewOpen")};
        QStringList wrong;
        for (const KeyboardShortcuts::Entry &entry : w->shortcuts()->entries()) {
            const QString name = entry.action->objectName();
            if (entry.place.isEmpty())
                wrong << entry.text + QStringLiteral(" (") + name + QStringLiteral("): no place");
            if (entry.shortcuts.isEmpty() && !exempt.contains(name))
                wrong << entry.text + QStringLiteral(" (") + name + QStringLiteral("): no shortcut");
            if (name.startsWith(QLatin1StringView("_q_")))
                wrong << name + QStringLiteral(": Qt's own");
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("\n"))));
    }

    // Help > Keyboard shortcuts lists every action; a clashing shortcut is refused with the other's name; a change
    // is kept for the next start, and Default brings the first one back.
    void shortcutsAreListedAndChangeable()
    {
        auto w = f.window();
        QStringList texts;
        for (const KeyboardShortcuts::Entry &entry : w->shortcuts()->entries())
            texts << entry.text;
        for (const char *expected : {"New", "Refresh", "Next pane", "Complete", "Resend", "Save view", "Zoom in"})
            QVERIFY2(texts.contains(QLatin1StringView(expected)), expected);

        ShortcutsDialog dialog(w->shortcuts()); // on the stack: no parent to delete it a second time
        dialog.show();
        QTreeWidgetItem *newRow = nullptr;
        for (int row = 0; row < dialog.list()->topLevelItemCount(); ++row) {
            if (dialog.list()->topLevelItem(row)->text(0) == QLatin1StringView("New"))
                newRow = dialog.list()->topLevelItem(row);
        }
        QVERIFY(newRow);
        dialog.list()->setCurrentItem(newRow);
        dialog.keys()->setKeySequence(QKeySequence(Qt::Key_F5)); // Refresh's
        dialog.assignButton()->click();
        QVERIFY(dialog.message()->isVisible());
        QVERIFY2(dialog.message()->text().contains(QStringLiteral("Refresh")), qPrintable(dialog.message()->text()));
        QCOMPARE(w->action(QStringLiteral("newCommunication"))->shortcut(), QKeySequence(QKeySequence::New));

        dialog.keys()->setKeySequence(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        dialog.assignButton()->click();
        QVERIFY(!dialog.message()->isVisible());
        QCOMPARE(w->action(QStringLiteral("newCommunication"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        dialog.close();
        w.reset();

        auto again = f.window();
        QAction *created = again->action(QStringLiteral("newCommunication"));
        QCOMPARE(created->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        again->shortcuts()->reset(created);
        QCOMPARE(created->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(f.settings()->value(setting::shortcutChanges), QStringList());
    }

    // The compose window's Send and Save as draft are listed with the window's shortcuts and changed there: a clash
    // within the compose window is refused, the main window's keys are not its concern; an open compose window and
    // every later one (also after a restart) answer to the new keys.
    void composeShortcutsAreListedAndChangeable()
    {
        auto w = f.window();
        const KeyboardShortcuts::Entry *send = nullptr;
        const QList<KeyboardShortcuts::Entry> entries = w->shortcuts()->entries();
        for (const KeyboardShortcuts::Entry &entry : entries) {
            if (entry.action->objectName() == QLatin1StringView("composeSend"))
                send = &entry;
        }
        QVERIFY(send);
        QCOMPARE(send->text, QStringLiteral("Send"));
        QCOMPARE(send->place, QStringLiteral("Compose window"));
        QCOMPARE(send->shortcuts, ComposeDialog::defaultSendKeys());
        QAction *sendKeys = send->action;

        ComposeDialog *open = w->compose([](ComposeDialog *dialog) { dialog->startNew(); });
        QCOMPARE(open->sendAction()->shortcuts(), ComposeDialog::defaultSendKeys());
        QString conflict;
        QVERIFY(!w->shortcuts()->assign(sendKeys, QKeySequence(QKeySequence::Save), &conflict));
        QCOMPARE(conflict, QStringLiteral("Save as draft"));
        // Ctrl+N is the main window's New; the compose window is another window.
        QVERIFY(w->shortcuts()->assign(sendKeys, QKeySequence(Qt::CTRL | Qt::Key_N), &conflict));
        QVERIFY(w->shortcuts()->assign(sendKeys, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &conflict));
        QCOMPARE(open->sendAction()->shortcuts(),
                 QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
        // The compose window's own actions are not listed as the main window's.
        for (const KeyboardShortcuts::Entry &entry : w->shortcuts()->entries())
            QVERIFY(entry.action->parent() != open);
        open->close();
        w.reset();

        auto again = f.window();
        ComposeDialog *later = again->compose([](ComposeDialog *dialog) { dialog->startNew(); });
        QCOMPARE(later->sendAction()->shortcuts(),
                 QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
        QCOMPARE(later->saveDraftAction()->shortcuts(), ComposeDialog::defaultSaveDraftKeys());
        QVERIFY(later->findChild<QPushButton *>(QStringLiteral("send"))->toolTip().contains(QStringLiteral("Shift")));
        later->close();
    }

    // Changes that matter are said to screen readers: signing in, a communication saved.
    void stateChangesAreAnnounced()
    {
        const SpokenLanguage english(QStringLiteral("en")); // its plural forms
        auto w = f.window(false);
        QSignalSpy announced(w.get(), &MainWindow::announced);
        w->start();
        QVERIFY(!announced.isEmpty());
        QVERIFY2(announced.first().first().toString().startsWith(QStringLiteral("Signed in to ")),
                 qPrintable(announced.first().first().toString()));
        // The status bar shows it, as a notification a screen reader speaks (tests/atspi hears it through AT-SPI).
        QCOMPARE(w->announcer()->text(), announced.first().first().toString());
        QVERIFY(w->announcer()->isVisible());
        QAccessibleInterface *notification = QAccessible::queryAccessibleInterface(w->announcer());
        QCOMPARE(notification->role(), QAccessible::Notification);
        QCOMPARE(notification->text(QAccessible::Name), announced.first().first().toString());
        // A queue alert is said whichever tab is open.
        Q_EMIT w->queueMonitor()->monitoring()->alertRaised(QStringLiteral("12 entries are pending (limit 10)."));
        QCOMPARE(announced.last().first().toString(), QStringLiteral("12 entries are pending (limit 10)."));
        // New queue entries are said to whoever watches the queue, not on the Communications tab.
        const int before = int(announced.count());
        Q_EMIT w->queueMonitor()->monitoring()->entriesArrived(3);
        QCOMPARE(announced.count(), before);
        w->tabs()->setCurrentWidget(w->queueTab());
        Q_EMIT w->queueMonitor()->monitoring()->entriesArrived(3);
        QCOMPARE(announced.last().first().toString(), QStringLiteral("3 new queue entries."));
        Q_EMIT w->queueMonitor()->monitoring()->entriesArrived(1);
        QCOMPARE(announced.last().first().toString(), QStringLiteral("1 new queue entry."));
    }

private:
    // The dialogs a user meets, shown over the window: sign-in, compose, preferences, proxy, queue alerts, keyboard
    // shortcuts, a queue action, the action journal, the diagnostic log, a draft conflict, an untrusted certificate.
    QList<QWidget *> dialogsOver(MainWindow *window)
    {
        QList<QWidget *> dialogs;
        auto *signIn = new SignInDialog(f.connection(), f.settings(),
                                        new SecretStore(std::make_unique<MemorySecretBackend>(), window), window);
        dialogs << signIn;
        dialogs << window->compose([](ComposeDialog *dialog) { dialog->startNew(); });
        dialogs << new PreferencesDialog(DeskPreferences::Values {}, window);
        dialogs << new ProxySettingsDialog(ProxySettings {}, window);
        dialogs << new QueueAlertSettingsDialog(QueueThresholds {}, window);
        dialogs << new ShortcutsDialog(window->shortcuts(), window);
        QueueEntry entry;
        entry.id = QStringLiteral("Q1");
        dialogs << new QueueActionDialog(QueueActionRunner::Action::Reject, {entry}, window);
        dialogs << new ActionJournalDialog(window->workspace()->queue()->journal(), window);
        dialogs << new DiagnosticLogDialog(window->workspace()->account()->diagnosticLog(), window);
        Communication theirs;
        theirs.subject = QStringLiteral("Changed elsewhere");
        ComposeForm mine;
        mine.subject = QStringLiteral("Mine");
        dialogs << new ConflictDialog(mine, theirs, window);
        ApiError untrusted = ApiError::protocol(QStringLiteral("certificate"));
        untrusted.setCertificateProblem(
            QSslCertificate::fromPath(QStringLiteral(COMMDESK_TLS_FIXTURES "/server-a.pem")).value(0),
            {QStringLiteral("The certificate is self-signed")}, QStringLiteral("crm.example.com"));
        dialogs << new CertificateDialog(untrusted, window);
        for (QWidget *dialog : std::as_const(dialogs)) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
        return dialogs;
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
