// The layout at a small screen's size (1024×700): the reading pane's header shows every field without a scroll
// box of its own, the sidebar takes little room and folds away (F9, kept), and the queue summary shows all its
// columns.
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "DeskFixture.h"
#include "MainWindow.h"
#include "QueueMonitorWidget.h"
#include "QueueSummaryModel.h"
#include "QueueTab.h"
#include "SafeTextBrowser.h"
#include "Wait.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

using namespace commdesk;

class TestLayout : public QObject
{
    Q_OBJECT

private:
    DeskFixture f;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(200, &error), qPrintable(error));
    }

    void init() { f.newSettings(50); }

    void detailHeaderShowsEveryFieldAt1024x700()
    {
        auto w = f.window();
        w->resize(1024, 700);
        QVERIFY(DeskFixture::openCategoryAt(*w, 0));
        // The communication with the most fields filled of the first rows.
        int shown = 0;
        for (int row = 0; row < std::min(5, w->listProxy()->rowCount()); ++row) {
            w->listView()->setCurrentIndex(w->listProxy()->index(row, 0));
            WAIT_VERIFY_WITH_TIMEOUT(
                w->detailView()->communication()
                    && w->detailView()->communication()->id
                        == w->listProxy()->index(row, 0).data(CommunicationListModel::CommunicationIdRole).toString(),
                10000);
            QTest::qWait(50);
            auto *body = w->detailView()->findChild<SafeTextBrowser *>();
            for (QScrollBar *bar : w->detailView()->findChildren<QScrollBar *>()) {
                if (bar->isVisible())
                    QVERIFY2(body && body->isAncestorOf(bar), "a scroll bar outside the body");
            }
            for (QLabel *label : w->detailView()->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                QCOMPARE(label->visibleRegion().boundingRect().height(), label->height()); // not cut
                ++shown;
            }
        }
        QVERIFY2(shown > 20, "the header's labels and values were looked at");
    }

    void sidebarIsNarrowAndFoldsAway()
    {
        auto w = f.window();
        w->resize(1024, 700);
        QTest::qWait(50);
        QVERIFY2(w->sidebar()->width() <= 1024 / 4, qPrintable(QString::number(w->sidebar()->width())));
        QAction *toggle = w->action(QStringLiteral("showSidebar"));
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F9));
        const int listWidth = w->listView()->width();
        toggle->trigger();
        QVERIFY(!w->sidebar()->isVisible());
        QTest::qWait(50);
        QVERIFY(w->listView()->width() > listWidth);
        w.reset();
        auto again = f.window();
        QVERIFY(!again->sidebar()->isVisible()); // kept
        again->action(QStringLiteral("showSidebar"))->trigger();
        QVERIFY(again->sidebar()->isVisible());
    }

    void queueSummaryShowsAllItsColumns()
    {
        auto w = f.window();
        w->resize(1280, 800);
        w->tabs()->setCurrentWidget(w->queueTab());
        QTableView *summary = nullptr;
        for (QTableView *table : w->queueMonitor()->findChildren<QTableView *>()) {
            if (table->accessibleName() == QLatin1StringView("Queue summary"))
                summary = table;
        }
        QVERIFY(summary);
        WAIT_VERIFY_WITH_TIMEOUT(summary->model()->rowCount() > 2, 15000);
        QTest::qWait(100);
        QVERIFY(!summary->horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
