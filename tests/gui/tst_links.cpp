// commdesk:// links on real widgets against the in-process sandbox: a communication never loaded opens
// in the detail pane by its number, a contact's link opens their list, a queue entry's opens it in the
// queue tab, a link given before sign-in waits for it, "Copy link" gives a link that opens the same
// communication, and a second start hands its link to the running window (workspace/InstanceChannel).
#include "ApiTestSupport.h"
#include "CommunicationListModel.h"
#include "CommunicationView.h"
#include "CrmConnection.h"
#include "CurrentCommunication.h"
#include "DeskFixture.h"
#include "InstanceChannel.h"
#include "MainWindow.h"
#include "QueueEntryLookup.h"
#include "QueueTab.h"
#include "QueueWorkspace.h"
#include "Sandbox.h"
#include "Settings.h"
#include "Wait.h"
#include "WorkspaceTestSupport.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace commdesk;

class TestLinks : public QObject
{
    Q_OBJECT

private:
    DeskFixture f;

    // A communication of some category's list, fetched as a colleague's client would.
    CommunicationRow someCommunication()
    {
        std::optional<Result<QList<Category>>> categories;
        f.connection()->configuration()->categories(nullptr, [&](const Result<QList<Category>> &c) { categories = c; });
        if (!QTest::qWaitFor([&] { return categories.has_value(); }, 10000) || !categories->ok())
            qFatal("no categories");
        for (const Category &category : categories->value()) {
            CommunicationsApi::ListFilter filter;
            filter.category = Identifier::byId(category.id);
            filter.paging = {5, 0};
            std::optional<Result<QList<CommunicationRow>>> rows;
            f.connection()->communications()->listRows(nullptr, filter,
                                                       [&](const Result<QList<CommunicationRow>> &r) { rows = r; });
            if (QTest::qWaitFor([&] { return rows.has_value(); }, 10000) && rows->ok() && !rows->value().isEmpty())
                return rows->value().last();
        }
        qFatal("no communication in any category");
    }

    static bool detailShows(MainWindow &window, const QString &number)
    {
        return QTest::qWaitFor(
            [&] {
                return window.detailView()->communication() && window.detailView()->communication()->number == number;
            },
            10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(200, &error), qPrintable(error));
    }

    void init() { f.newSettings(100); }

    void openEachKind()
    {
        auto w = f.window(false);
        // Given before start (the desktop opened CommDesk with it): waits for the sign-in.
        const CommunicationRow target = someCommunication();
        w->openLink(*DeskLink::parse(QStringLiteral("commdesk://communication/") + target.number().toString()));
        QVERIFY(!w->detailView()->communication());
        w->start();
        QVERIFY(detailShows(*w, target.number().toString()));
        QCOMPARE(w->workspace()->current()->selectedId(), target.id().toString());

        w->openLink(*DeskLink::parse(QStringLiteral("commdesk://contact/number=") + target.contactNumber().toString()));
        WAIT_VERIFY_WITH_TIMEOUT(w->listModel()->rowCount() > 0 && !w->listModel()->isLoading(), 10000);
        for (int row = 0; row < w->listModel()->rowCount(); ++row)
            QCOMPARE(w->listModel()->rowAt(row)->contactNumber(), target.contactNumber());

        QueueApi::ListFilter filter;
        filter.source.media = Media::Email;
        filter.paging = {1, 0};
        std::optional<Result<QList<QueueEntry>>> entries;
        f.connection()->queue()->list(nullptr, filter, [&](const Result<QList<QueueEntry>> &r) { entries = r; });
        QVERIFY(QTest::qWaitFor([&] { return entries.has_value(); }, 10000));
        QVERIFY(entries->ok() && !entries->value().isEmpty());
        const QString entryNumber = entries->value().first().number;
        QSignalSpy found(w->workspace()->queue()->lookup(), &QueueEntryLookup::found);
        w->openLink(DeskLink::queueEntry(entryNumber));
        QCOMPARE(w->tabs()->currentWidget(), w->queueTab());
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().first().value<QueueEntry>().number, entryNumber);
    }

    void copyLinkOpensTheSameCommunication()
    {
        auto w = f.window();
        const CommunicationRow target = someCommunication();
        w->openLink(DeskLink::communication(target.number().toString()));
        QVERIFY(detailShows(*w, target.number().toString()));
        QAction *copy = w->action(QStringLiteral("copyLink"));
        QVERIFY(copy->isEnabled());
        copy->trigger();
        const QString link = QGuiApplication::clipboard()->text();
        QCOMPARE(link, QStringLiteral("commdesk://communication/") + target.number().toString());
        w->workspace()->current()->clear();
        w->openLink(*DeskLink::parse(link));
        QVERIFY(detailShows(*w, target.number().toString()));
    }

    // A second start of CommDesk with a link: the running window opens it.
    void aSecondStartHandsItsLinkOver()
    {
        auto w = f.window();
        QTemporaryDir data;
        InstanceChannel running(data.path());
        QVERIFY(running.listen());
        connect(&running, &InstanceChannel::argumentsReceived, w.get(),
                [&w](const QStringList &arguments) { w->followAnotherStart({}, arguments); });
        const CommunicationRow target = someCommunication();
        const QString link = QStringLiteral("commdesk://communication/") + target.number().toString();
        // The later start blocks until the running one acknowledges, so it runs beside this event loop.
        std::atomic<int> handedOver {-1};
        std::thread later([&] {
            InstanceChannel second(data.path());
            handedOver = second.handOver({QStringLiteral("commdesk"), link}, 10000) ? 1 : 0;
        });
        const bool answered = QTest::qWaitFor([&] { return handedOver != -1; }, 15000);
        later.join();
        QVERIFY(answered);
        QCOMPARE(handedOver.load(), 1);
        QVERIFY(detailShows(*w, target.number().toString()));
    }
};

QTEST_MAIN(TestLinks)
#include "tst_links.moc"
