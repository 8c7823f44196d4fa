// File > Export list… on real widgets against the in-process sandbox: a list of many pages is loaded in
// full and written as CSV (every row once, a byte-order mark for spreadsheet programs); cancelling
// while the pages load writes nothing.
#include "ApiTestSupport.h"
#include "BrowseSidebar.h"
#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "CrmConnection.h"
#include "DeskFixture.h"
#include "ListExporter.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "Settings.h"
#include "Wait.h"
#include "WorkspaceTestSupport.h"

#include <QAction>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

class TestListExport : public QObject
{
    Q_OBJECT

private:
    DeskFixture f;

    std::unique_ptr<MainWindow> windowOnCategory(int row)
    {
        auto window = f.window();
        return DeskFixture::openCategoryAt(*window, row) ? std::move(window) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(600, &error), qPrintable(error));
    }

    void init() { f.newSettings(10); } // the list is many pages

    void exportsEveryPageAsCsv()
    {
        auto window = windowOnCategory(0);
        QVERIFY(window);
        CommunicationListModel *list = window->listModel();
        QVERIFY(!list->isComplete());
        const int firstPage = list->rowCount();
        const QString path = f.filePath(QStringLiteral("billing.csv"));
        QSignalSpy exported(window->exporter(), &ListExporter::exported);
        CommunicationExport::Options options;
        options.byteOrderMark = true;
        window->exporter()->exportTo(path, options);
        QVERIFY(exported.wait(30000));
        QVERIFY(list->isComplete());
        QVERIFY(list->rowCount() > firstPage * 3); // more pages than one
        QCOMPARE(exported.first().at(1).toInt(), list->rowCount());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.takeFirst().startsWith(QStringLiteral("number,")));
        QSet<QString> numbers;
        for (const QString &line : std::as_const(lines))
            numbers.insert(line.section(QLatin1Char(','), 0, 0));
        QSet<QString> listed;
        for (int row = 0; row < list->rowCount(); ++row)
            listed.insert(list->rowAt(row)->number().toString());
        QCOMPARE(numbers, listed);
        QCOMPARE(lines.size(), list->rowCount()); // each once
    }

    void cancellingWritesNothing()
    {
        auto window = windowOnCategory(0);
        QVERIFY(window);
        const QString path = f.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy cancelled(window->exporter(), &ListExporter::cancelled);
        QSignalSpy failed(window->exporter(), &ListExporter::failed);
        QSignalSpy exported(window->exporter(), &ListExporter::exported);
        window->exporter()->exportTo(path, {});
        auto *progress = window->findChild<QProgressDialog *>();
        QVERIFY(progress);
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE(cancelled.count(), 1); // said at once, or when the page on its way is in
        QCOMPARE(failed.count() + exported.count(), 0);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!window->exporter()->isBusy());
        QVERIFY(!window->listModel()->isLoadingAll());
    }
};

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
