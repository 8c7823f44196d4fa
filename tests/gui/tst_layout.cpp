// The layout at a small screen's size (1024×700): the reading pane's header shows every field without a scroll
// box of its own, the sidebar takes little room and folds away (F9, kept), and the queue summary shows all its
// columns, and the queue charts only as many time labels as fit.
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "DeskFixture.h"
#include "MainWindow.h"
#include "QueueChartsView.h"
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
#include <QSplitter>
#include <QTabBar>
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
        // However wide its figures grow, the summary never makes the window wider than a small screen.
        QVERIFY2(w->minimumSizeHint().width() <= 1024, qPrintable(QString::number(w->minimumSizeHint().width())));
        QVERIFY(w->minimumWidth() <= 1024);

        // The supervisor widens the charts: the split stays as they left it when the window changes.
        QSplitter *upper = qobject_cast<QSplitter *>(w->queueMonitor()->chartsView()->parentWidget());
        QVERIFY(upper);
        QSplitterHandle *handle = upper->handle(1);
        const QPoint middle = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, middle);
        QTest::mouseMove(handle, middle - QPoint(150, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(150, 0));
        const QList<int> moved = upper->sizes();
        QVERIFY2(moved.value(1) >= 150, qPrintable(QString::number(moved.value(1))));
        w->resize(1300, 800);
        QTest::qWait(50);
        QVERIFY2(upper->sizes().value(0) <= moved.value(0) + 20,
                 qPrintable(QStringLiteral("the summary went back from %1 to %2 px")
                                .arg(moved.value(0))
                                .arg(upper->sizes().value(0))));
    }

    void queueChartsTimeLabelsFitSideBySide_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    // Qt Charts cuts a label that has no room to "1…": each chart shows only as many as fit, and at least two.
    void queueChartsTimeLabelsFitSideBySide()
    {
        QFETCH(QSize, size);
        auto w = f.window();
        w->resize(size);
        w->tabs()->setCurrentWidget(w->queueTab());
        QueueChartsView *charts = w->queueMonitor()->chartsView();
        WAIT_VERIFY_WITH_TIMEOUT(charts->backlogPointCount() > 0, 15000);
        QTest::qWait(100);
        // Too narrow for both side by side, the tabs above them show one at a time.
        auto *picker = charts->findChild<QTabBar *>(QStringLiteral("historyChartPicker"));
        QVERIFY(picker);
        const bool sideBySide = size.width() > 1500;
        QCOMPARE(picker->isVisible(), !sideBySide);
        QVERIFY(charts->isChartShown(QueueChartsView::Chart::Backlog));
        QCOMPARE(charts->isChartShown(QueueChartsView::Chart::Throughput), sideBySide);
        if (!sideBySide) {
            picker->setCurrentIndex(1);
            QVERIFY(!charts->isChartShown(QueueChartsView::Chart::Backlog));
            QVERIFY(charts->isChartShown(QueueChartsView::Chart::Throughput));
            QTest::qWait(50);
        }
        for (const auto chart : {QueueChartsView::Chart::Backlog, QueueChartsView::Chart::Throughput}) {
            if (!charts->isChartShown(chart))
                continue;
            const QStringList labels = charts->timeLabels(chart);
            QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u' ')));
            const QFontMetricsF metrics(charts->timeLabelsFont());
            qreal widest = 0;
            for (const QString &label : labels)
                widest = std::max(widest, metrics.horizontalAdvance(label));
            // Qt Charts gives each label the axis's width divided by the axis's points (on the bars' axis, the
            // labels and the start) less a padding on either side, and cuts a longer one short.
            const qsizetype points = chart == QueueChartsView::Chart::Backlog ? labels.size() : labels.size() + 1;
            const qreal spacing = charts->plotWidth(chart) / points - 2 * 5;
            QVERIFY2(spacing >= widest,
                     qPrintable(QStringLiteral("%1 labels with %2 px each, up to %3 px wide")
                                    .arg(labels.size())
                                    .arg(spacing)
                                    .arg(widest)));
        }
        // The wider window shows more of them than the narrow one.
        if (sideBySide)
            QVERIFY(charts->timeLabels(QueueChartsView::Chart::Throughput).size() > 2);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
