// Saved views on real widgets against the in-process sandbox: a list kept with View ▸ Save view (its
// category, server filters, quick filter, columns and sort) comes back as it was after a restart; the
// sidebar opens, moves, renames and removes views from the keyboard, with Undo; choosing a category closes
// the view; the Preferences dialog changes the list refresh, marking on reading and the page size at once.
#include "BrowseSidebar.h"
#include "CommunicationListModel.h"
#include "CommunicationTable.h"
#include "CurrentCommunication.h"
#include "DeskFixture.h"
#include "DeskPreferences.h"
#include "ListFilterBar.h"
#include "ListWatch.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PreferencesDialog.h"
#include "SavedViewList.h"
#include "SavedViewModel.h"
#include "Wait.h"
#include "WidgetTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace commdesk;

namespace {

// Runs `answer` on the modal dialog of type T that the next exec() shows.
template<class T>
void whenModal(std::function<void(T *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

// The view's name typed into the Save view dialog, and OK.
void nameTheView(const QString &name)
{
    whenModal<QInputDialog>([name](QInputDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("saveViewDialog"));
        dialog->setTextValue(name);
        dialog->accept();
    });
}

QStringList viewNames(SavedViewModel *views)
{
    QStringList names;
    for (int row = 0; row < views->rowCount(); ++row)
        names << views->viewAt(row)->name;
    return names;
}

bool listShowsOnly(MainWindow &window, const QString &categoryId)
{
    const CommunicationsApi::ListFilter &filter = window.listModel()->filter();
    return filter.category && filter.category->value == categoryId && !window.listModel()->isLoading();
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

private:
    DeskFixture f;

    static QString categoryIdAt(MainWindow &window, int row)
    {
        return window.categoryModel()->index(row, 0).data(CategoryTreeModel::CategoryIdRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(400, &error), qPrintable(error));
    }

    void init() { f.newSettings(50); }

    // The case: a view kept, the app closed and started again, the view open as it was kept.
    void savedViewRestoredAfterRestart()
    {
        QString categoryId;
        QStringList columns;
        {
            auto w = f.window();
            QVERIFY(DeskFixture::openCategoryAt(*w, 1));
            categoryId = categoryIdAt(*w, 1);
            ListFilterBar *bar = w->filterBar();
            bar->mediaBox()->setCurrentIndex(bar->mediaBox()->findData(QStringLiteral("EMAIL")));
            bar->directionBox()->setCurrentIndex(bar->directionBox()->findData(QStringLiteral("OUTGOING")));
            WAIT_VERIFY_WITH_TIMEOUT(w->listModel()->filter().media == Media::Email && !w->listModel()->isLoading(),
                                     10000);
            typeInto(bar->quickFilter(), QStringLiteral("a"));
            // Subject first, Contact hidden, sorted by subject A to Z.
            QHeaderView *header = w->listView()->horizontalHeader();
            header->moveSection(header->visualIndex(CommunicationListModel::Subject), 0);
            header->setSectionHidden(CommunicationListModel::Contact, true);
            w->listView()->sortByColumn(CommunicationListModel::Subject, Qt::AscendingOrder);
            columns = w->listView()->shownColumns();
            QCOMPARE(columns.first(), QStringLiteral("subject"));
            QVERIFY(!columns.contains(QStringLiteral("contact")));

            nameTheView(QStringLiteral("Sent e-mail with a"));
            w->action(QStringLiteral("saveView"))->trigger();
            SavedViewModel *views = w->workspace()->savedViews();
            QCOMPARE(viewNames(views), QStringList {QStringLiteral("Sent e-mail with a")});
            QCOMPARE(w->windowTitle(), QStringLiteral("Sent e-mail with a — CommDesk"));
            QCOMPARE(w->sidebar()->savedViews()->view()->currentIndex().row(), 0);

            // Then the user wanders off: another category, everything else back to the start.
            QVERIFY(DeskFixture::openCategoryAt(*w, 0));
            bar->quickFilter()->clear();
            w->listView()->columnMenu()->actions().constLast()->trigger(); // Reset columns
            QVERIFY(!w->sidebar()->savedViews()->view()->currentIndex().isValid());
            // …and comes back to the view before closing.
            w->sidebar()->savedViews()->view()->setCurrentIndex(views->index(0));
            WAIT_VERIFY_WITH_TIMEOUT(listShowsOnly(*w, categoryId), 10000);
            QCOMPARE(w->listView()->shownColumns(), columns);
            w->close();
        }
        f.settings()->sync();

        auto w = f.window();
        // The view, not the last category chosen, is what the app opens.
        WAIT_VERIFY_WITH_TIMEOUT(listShowsOnly(*w, categoryId), 10000);
        const CommunicationsApi::ListFilter &filter = w->listModel()->filter();
        QCOMPARE(filter.media, std::optional(Media::Email));
        QCOMPARE(filter.direction, std::optional(Direction::Outgoing));
        QCOMPARE(w->filterBar()->media(), std::optional(Media::Email));
        QCOMPARE(w->filterBar()->direction(), std::optional(Direction::Outgoing));
        QCOMPARE(w->filterBar()->quickFilter()->text(), QStringLiteral("a"));
        QCOMPARE(w->listProxy()->filterRegularExpression().pattern(), QStringLiteral("a"));
        QCOMPARE(w->listView()->shownColumns(), columns);
        QCOMPARE(w->listView()->horizontalHeader()->sortIndicatorSection(), int(CommunicationListModel::Subject));
        QCOMPARE(w->listView()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(w->windowTitle(), QStringLiteral("Sent e-mail with a — CommDesk"));
        QCOMPARE(w->sidebar()->savedViews()->view()->currentIndex().row(), 0);
        QCOMPARE(w->sidebar()->categoryView()->currentIndex().data(CategoryTreeModel::CategoryIdRole).toString(),
                 categoryId);
        // Every row shown is an outgoing e-mail with an "a" somewhere.
        WAIT_VERIFY_WITH_TIMEOUT(w->listProxy()->rowCount() > 0, 10000);
        for (int row = 0; row < w->listModel()->rowCount(); ++row) {
            QCOMPARE(w->listModel()->rowAt(row)->media(), Media::Email);
            QCOMPARE(w->listModel()->rowAt(row)->direction(), Direction::Outgoing);
        }
    }

    // A contact's list is a view too; a category chosen afterwards is not the view any more, at the next start either.
    void contactViewAndLeavingIt()
    {
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        const QString contact = w->listModel()->rowAt(0)->contactNumber().toString();
        w->openContact(Identifier::byNumber(contact));
        WAIT_VERIFY_WITH_TIMEOUT(w->listModel()->filter().contact && !w->listModel()->isLoading(), 10000);
        QVERIFY(w->saveCurrentView(QStringLiteral("One customer")));
        SavedViewModel *views = w->workspace()->savedViews();
        QCOMPARE(views->viewAt(0)->contact, std::optional(Identifier::byNumber(contact)));
        QVERIFY(SavedViewModel::describe(*views->viewAt(0)).contains(contact));
        QCOMPARE(views->lastOpen(), QStringLiteral("One customer"));

        QVERIFY(DeskFixture::openCategoryAt(*w, 2));
        QCOMPARE(views->lastOpen(), QString());
        QVERIFY(!w->sidebar()->savedViews()->view()->currentIndex().isValid());
        // Clicking the view opens the contact's list again.
        QListView *list = w->sidebar()->savedViews()->view();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(views->index(0)).center());
        WAIT_VERIFY_WITH_TIMEOUT(
            w->listModel()->filter().contact == Identifier::byNumber(contact) && !w->listModel()->isLoading(), 10000);
        QVERIFY(!w->sidebar()->categoryView()->currentIndex().isValid());
    }

    // Moving, renaming and removing from the keyboard; a removal is undone; a name cannot be taken twice.
    void arrangeFromTheKeyboard()
    {
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        for (const char *name : {"First", "Second", "Third"})
            QVERIFY(w->saveCurrentView(QString::fromLatin1(name)));
        SavedViewModel *views = w->workspace()->savedViews();
        SavedViewList *section = w->sidebar()->savedViews();
        QListView *list = section->view();
        w->openSavedView(*views->viewAt(0));
        list->setFocus();
        QCOMPARE(list->currentIndex().row(), 0);

        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(viewNames(views),
                 (QStringList {QStringLiteral("Second"), QStringLiteral("First"), QStringLiteral("Third")}));
        QCOMPARE(list->currentIndex().row(), 1); // the moved view stays chosen
        QVERIFY(section->action(QStringLiteral("savedViewMoveUp"))->isEnabled());
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier); // at the top already: nothing moves
        QCOMPARE(viewNames(views).first(), QStringLiteral("First"));
        QVERIFY(!section->action(QStringLiteral("savedViewMoveUp"))->isEnabled());

        // F2 edits in place; a name taken by another view is refused with a reason.
        QSignalSpy refused(views, &SavedViewModel::refused);
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        typeInto(editor, QStringLiteral("Third"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(section->undoBanner()->text().contains(QStringLiteral("Third"))); // the reason, where the user typed
        QCOMPARE(views->viewAt(0)->name, QStringLiteral("First"));
        QTest::keyClick(list, Qt::Key_F2);
        editor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        typeInto(editor, QStringLiteral("Morning queue"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(views->viewAt(0)->name, QStringLiteral("Morning queue"));
        QCOMPARE(views->lastOpen(), QStringLiteral("Morning queue")); // the open one follows its new name

        // Delete removes; Undo puts it back where it was.
        list->setFocus();
        list->setCurrentIndex(views->index(1));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(viewNames(views), (QStringList {QStringLiteral("Morning queue"), QStringLiteral("Third")}));
        MessageBanner *undo = section->undoBanner();
        QVERIFY(undo->isVisible());
        QVERIFY(undo->text().contains(QStringLiteral("Second")));
        Q_EMIT undo->actionTriggered();
        QCOMPARE(viewNames(views),
                 (QStringList {QStringLiteral("Morning queue"), QStringLiteral("Second"), QStringLiteral("Third")}));
        QVERIFY(!undo->isVisible());

        // What the settings file keeps is this order, read by a new model (the next start).
        SavedViewModel reread(f.settings());
        QCOMPARE(viewNames(&reread), viewNames(views));
    }

    // Saving under a taken name asks first; Cancel keeps the old view, Replace takes the list as it is now.
    void savingOverAViewAsksFirst()
    {
        auto w = f.window();
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        QVERIFY(w->saveCurrentView(QStringLiteral("Kept")));
        const QString first = w->workspace()->savedViews()->viewAt(0)->category->value;
        QVERIFY(DeskFixture::openCategoryAt(*w, 1));
        nameTheView(QStringLiteral("Kept"));
        whenModal<QMessageBox>([](QMessageBox *question) {
            QCOMPARE(question->objectName(), QStringLiteral("replaceViewQuestion"));
            question->button(QMessageBox::Cancel)->click();
        });
        w->action(QStringLiteral("saveView"))->trigger();
        QCOMPARE(w->workspace()->savedViews()->viewAt(0)->category->value, first);

        nameTheView(QStringLiteral("Kept"));
        whenModal<QMessageBox>([](QMessageBox *question) {
            for (QAbstractButton *button : question->buttons()) {
                if (question->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        w->action(QStringLiteral("saveView"))->trigger();
        QCOMPARE(w->workspace()->savedViews()->rowCount(), 1);
        QCOMPARE(w->workspace()->savedViews()->viewAt(0)->category->value, categoryIdAt(*w, 1));
    }

    // The Preferences dialog: what it sets is in force at once, and the View menu's toggle says the same.
    void preferencesApplyAtOnce()
    {
        auto w = f.window();
        QAction *toggle = w->action(QStringLiteral("markViewedOnReading"));
        QVERIFY(!toggle->isChecked());
        whenModal<PreferencesDialog>([](PreferencesDialog *dialog) {
            QCOMPARE(dialog->refreshSeconds()->value(), 60);
            dialog->refreshSeconds()->setValue(0); // never
            QVERIFY(!dialog->markViewedSeconds()->isEnabled());
            dialog->markViewed()->setChecked(true);
            QVERIFY(dialog->markViewedSeconds()->isEnabled());
            dialog->markViewedSeconds()->setValue(12);
            dialog->pageSize()->setValue(10);
            dialog->accept();
        });
        w->action(QStringLiteral("preferences"))->trigger();
        QCOMPARE(w->workspace()->listWatch()->interval(), std::chrono::seconds(0));
        QCOMPARE(w->workspace()->current()->markViewedAfter(), std::chrono::seconds(12));
        QVERIFY(toggle->isChecked());
        QVERIFY(toggle->text().contains(QStringLiteral("12")));
        QCOMPARE(f.settings()->value(setting::listRefreshSeconds), 0);
        QCOMPARE(f.settings()->value(setting::listPageSize), 10);
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        QCOMPARE(w->listModel()->rowCount(), 10); // a page of the new size, not of the 50 before
        QVERIFY(!w->listModel()->isComplete());

        // The toggle turns marking off and on again with the delay chosen.
        toggle->trigger();
        QCOMPARE(w->workspace()->current()->markViewedAfter(), std::chrono::seconds(0));
        toggle->trigger();
        QCOMPARE(w->workspace()->current()->markViewedAfter(), std::chrono::seconds(12));
        // Cancel changes nothing.
        whenModal<PreferencesDialog>([](PreferencesDialog *dialog) {
            dialog->refreshSeconds()->setValue(30);
            dialog->reject();
        });
        w->action(QStringLiteral("preferences"))->trigger();
        QCOMPARE(w->workspace()->listWatch()->interval(), std::chrono::seconds(0));
    }

    // The language is chosen in the Preferences, kept, and spoken from the next start (the dialog and the status bar
    // say so); the dialog shows the one chosen when opened again.
    void languageIsChosenForTheNextStart()
    {
        auto w = f.window();
        QSignalSpy announced(w.get(), &MainWindow::announced);
        whenModal<PreferencesDialog>([](PreferencesDialog *dialog) {
            QCOMPARE(dialog->language()->currentData().toString(), QString()); // the system's at first
            QVERIFY(dialog->language()->currentText().startsWith(QStringLiteral("As the system")));
            QVERIFY(!dialog->languageNote()->isVisibleTo(dialog));
            dialog->language()->setCurrentIndex(dialog->language()->findData(QStringLiteral("de")));
            QVERIFY(dialog->languageNote()->isVisibleTo(dialog));
            dialog->accept();
        });
        w->action(QStringLiteral("preferences"))->trigger();
        QCOMPARE(f.settings()->value(setting::language), QStringLiteral("de"));
        QVERIFY(!announced.isEmpty());
        QCOMPARE(announced.last().first().toString(), QStringLiteral("CommDesk speaks Deutsch when it starts again."));
        whenModal<PreferencesDialog>([](PreferencesDialog *dialog) {
            QCOMPARE(dialog->language()->currentText(), QStringLiteral("Deutsch"));
            dialog->reject();
        });
        w->action(QStringLiteral("preferences"))->trigger();
    }
};

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
