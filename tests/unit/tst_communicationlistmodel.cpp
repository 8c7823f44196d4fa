// The communication list: page by page on demand, the members it asks for, the end of the list
// (short page, pre-R13 server sending everything, a server repeating itself), cancellation of an
// older request, upserts, and the model contract checked by QAbstractItemModelTester.
#include "ApiCall.h"
#include "CommunicationListModel.h"
#include "ScriptedPeer.h"
#include "Wait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace commdesk;
using Answer = ScriptedPeer::Answer;

namespace {

QByteArray communications(int first, int count)
{
    QByteArray items = "[";
    for (int i = first; i < first + count; ++i) {
        items += (i > first ? "," : "") + QByteArray("{\"id\":\"ID") + QByteArray::number(i) + "\",\"number\":\"CM"
            + QByteArray::number(100000 + i)
            + "\",\"life_cycle_state\":\"COMPLETED\",\"viewed\":" + (i % 2 ? "true" : "false")
            + ",\"media\":\"SMS\",\"direction\":\"OUTGOING\",\"subject\":\"Subject " + QByteArray::number(i) + "\"}";
    }
    return items + "]";
}

// Serves `total` communications honouring number_of_results/offset, like an R13+ server.
Answer pagedAnswer(const ScriptedPeer::Request &request, int total)
{
    const QUrlQuery query(QString::fromLatin1(request.query()));
    const int size = query.queryItemValue(QStringLiteral("number_of_results")).toInt();
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    Answer answer;
    answer.body = ScriptedPeer::envelope("OK", communications(offset, std::max(0, std::min(size, total - offset))));
    return answer;
}

} // namespace

class TestCommunicationListModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ScriptedPeer peer;
        ApiClient client;
        Session session {&client};
        CommunicationsApi api {&session};
        CommunicationListModel model {&api};
        // The tester itself calls fetchMore, so the test that counts requests goes without it.
        std::unique_ptr<QAbstractItemModelTester> tester;

        explicit Fixture(bool withTester = true)
        {
            if (withTester)
                tester = std::make_unique<QAbstractItemModelTester>(
                    &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            client.setServer(peer.url());
            session.setToken(QStringLiteral("T"));
            model.setPageSize(20);
        }
        void open()
        {
            CommunicationsApi::ListFilter filter;
            filter.category = Identifier::byName(QStringLiteral("Billing"));
            filter.media = Media::Sms;
            model.setFilter(filter);
        }
        bool waitIdle()
        {
            return QTest::qWaitFor([this] { return !model.isLoading(); }, 5000);
        }
    };

private Q_SLOTS:
    void loadsPageByPageOnDemand()
    {
        Fixture f(false);
        f.peer.setResponder([](const auto &request) { return pagedAnswer(request, 45); });
        f.open();
        QVERIFY(f.waitIdle());
        QCOMPARE(f.model.rowCount(), 20);
        QCOMPARE(f.peer.requests().size(), 1);
        const QUrlQuery first(QString::fromLatin1(f.peer.requests().first().query()));
        QCOMPARE(first.queryItemValue(QStringLiteral("category_identifier")), QStringLiteral("name=Billing"));
        QCOMPARE(first.queryItemValue(QStringLiteral("media")), QStringLiteral("SMS"));
        QCOMPARE(first.queryItemValue(QStringLiteral("number_of_results")), QStringLiteral("20"));
        QCOMPARE(first.queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
        QCOMPARE(first.queryItemValue(QStringLiteral("fields_set")),
                 CommunicationListModel::listFields().join(QLatin1Char(',')));

        QVERIFY(f.model.canFetchMore({}));
        f.model.fetchMore({});
        QVERIFY(!f.model.canFetchMore({})); // no second request while one is under way
        QVERIFY(f.waitIdle());
        QCOMPARE(f.model.rowCount(), 40);
        f.model.fetchMore({});
        QVERIFY(f.waitIdle());
        QCOMPARE(f.model.rowCount(), 45); // a short page is the last
        QVERIFY(!f.model.canFetchMore({}));
        QVERIFY(f.model.isComplete());
        QCOMPARE(f.peer.requests().size(), 3);
        QCOMPARE(
            QUrlQuery(QString::fromLatin1(f.peer.requests().last().query())).queryItemValue(QStringLiteral("offset")),
            QStringLiteral("40"));
    }

    void preR13ServerSendsEverythingAtOnce()
    {
        Fixture f;
        f.peer.respondJson(communications(0, 75)); // paging ignored
        f.open();
        QVERIFY(f.waitIdle());
        QCOMPARE(f.model.rowCount(), 75);
        QVERIFY(!f.model.canFetchMore({}));
        QCOMPARE(f.peer.requests().size(), 1);
    }

    void serverThatRepeatsItselfEndsTheList()
    {
        // Exactly a page long, then the same page again: nothing new means the end.
        Fixture f;
        f.peer.respondJson(communications(0, 20));
        f.open();
        QVERIFY(f.waitIdle());
        f.model.fetchMore({});
        QVERIFY(f.waitIdle());
        QCOMPARE(f.model.rowCount(), 20);
        QVERIFY(!f.model.canFetchMore({}));
    }

    // Three communications are created on the server between the first page and the second: the
    // second page starts with the first page's last three rows, which are shown once.
    void aListThatShiftedWhilePagingShowsEachRowOnce()
    {
        Fixture f(false);
        int created = 0;
        f.peer.setResponder([&created](const ScriptedPeer::Request &request) {
            const QUrlQuery query(QString::fromLatin1(request.query()));
            const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
            Answer answer;
            answer.body = ScriptedPeer::envelope("OK", communications(offset - created, 20));
            return answer;
        });
        f.open();
        QVERIFY(f.waitIdle());
        created = 3;
        f.model.fetchMore({});
        QVERIFY(f.waitIdle());
        QCOMPARE(f.model.rowCount(), 37);
        for (int row = 0; row < f.model.rowCount(); ++row)
            QCOMPARE(f.model.rowAt(row)->id(), QStringLiteral("ID%1").arg(row));
        // Rows of later pages are found by id as the first page's are.
        QCOMPARE(f.model.rowOfId(u"ID36"), 36);
        QCOMPARE(f.model.rowOfId(u"ID5"), 5);
        QCOMPARE(f.model.rowOfId(u"ID37"), -1);
    }

    void showsColumnsAndUnviewedRows()
    {
        Fixture f;
        f.peer.respondJson(communications(0, 2));
        f.open();
        QVERIFY(f.waitIdle());
        const QModelIndex unviewed = f.model.index(0, CommunicationListModel::Subject);
        QCOMPARE(unviewed.data().toString(), QStringLiteral("Subject 0"));
        QVERIFY(unviewed.data(CommunicationListModel::UnviewedRole).toBool());
        QVERIFY(unviewed.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex viewed = f.model.index(1, CommunicationListModel::Subject);
        QVERIFY(!viewed.data(CommunicationListModel::UnviewedRole).toBool());
        QCOMPARE(f.model.index(0, CommunicationListModel::Number).data().toString(), QStringLiteral("CM100000"));
        QCOMPARE(f.model.index(0, CommunicationListModel::Media).data().toString(), QStringLiteral("SMS"));
        QCOMPARE(f.model.index(0, CommunicationListModel::Direction).data().toString(), QStringLiteral("Outgoing"));
        QCOMPARE(f.model.headerData(CommunicationListModel::Contact, Qt::Horizontal).toString(),
                 QStringLiteral("Contact"));
    }

    void newerFilterCancelsTheOlderRequest()
    {
        Fixture f;
        f.peer.setResponder([](const ScriptedPeer::Request &request) {
            if (request.query().contains("Slow")) {
                Answer hang;
                hang.kind = Answer::Kind::Hang;
                return hang;
            }
            Answer answer;
            answer.body = ScriptedPeer::envelope("OK", communications(500, 3));
            return answer;
        });
        CommunicationsApi::ListFilter slow;
        slow.category = Identifier::byName(QStringLiteral("Slow"));
        f.model.setFilter(slow);
        WAIT_COMPARE(f.peer.requests().size(), 1);
        CommunicationsApi::ListFilter fast;
        fast.contact = Identifier::byNumber(QStringLiteral("CI1"));
        f.model.setFilter(fast);
        QVERIFY(f.waitIdle());
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.rowAt(0)->number(), QStringLiteral("CM100500"));
    }

    void failureIsReportedAndStopsFetching()
    {
        Fixture f;
        f.peer.respondStatus("INVALID_PARAMETER", "category_identifier names nothing");
        QSignalSpy failed(&f.model, &CommunicationListModel::loadFailed);
        f.open();
        QVERIFY(failed.wait());
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.model.canFetchMore({}));
    }

    void upsertReplacesOrPrepends()
    {
        Fixture f;
        f.peer.respondJson(communications(0, 3));
        f.open();
        QVERIFY(f.waitIdle());
        Communication changed; // what an action answers: the whole communication
        changed.id = f.model.rowAt(1)->id().toString();
        changed.number = f.model.rowAt(1)->number().toString();
        changed.subject = QStringLiteral("Changed");
        QSignalSpy dataChanged(&f.model, &QAbstractItemModel::dataChanged);
        f.model.upsert(changed);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.rowAt(1)->subject(), QStringLiteral("Changed"));

        Communication fresh;
        fresh.id = QStringLiteral("NEW");
        fresh.number = QStringLiteral("CM999999");
        f.model.upsert(fresh);
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.rowAt(0)->number(), QStringLiteral("CM999999"));
        QCOMPARE(f.model.rowOfId(changed.id), 2);
    }

    void noFilterLoadsNothing()
    {
        Fixture f;
        f.model.setFilter({});
        QVERIFY(!f.model.canFetchMore({}));
        QVERIFY(!f.model.isLoading());
        // A request would have been made by now: calls start at once, as children of the client.
        QVERIFY(f.client.findChildren<ApiCall *>().isEmpty());
        QVERIFY(f.peer.requests().isEmpty());
    }
};

QTEST_MAIN(TestCommunicationListModel)
#include "tst_communicationlistmodel.moc"
