// The queue monitor's models: the entry model's diff by id (unchanged rows untouched, changed rows
// one dataChanged, new and gone rows inserted and removed), the summary per source with stuck
// detection, the rejection groups, the filters, all under QAbstractItemModelTester; the server's
// order kept by moves for the work lists; the entry a view has in hand (QueueEntrySelection) over
// the table's selection through a proxy, or opened by number when no table holds it.
#include "CrmConnection.h"
#include "QueueEntryFilterModel.h"
#include "QueueEntryModel.h"
#include "QueueEntrySelection.h"
#include "QueueSummary.h"
#include "QueueSummaryModel.h"
#include "QueueThroughput.h"
#include "RejectionGroupModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace commdesk;

namespace {

const QDateTime kNow(QDate(2024, 5, 22), QTime(12, 0), Qt::UTC);

QueueEntry entry(int n, QueueState state, Media media = Media::Sms, const QString &systemId = {},
                 qint64 createdAgo = 600, qint64 updatedAgo = 600, const QString &code = {})
{
    QueueEntry e;
    e.id = QStringLiteral("ID%1").arg(n, 30, 10, QLatin1Char('0'));
    e.number = QStringLiteral("CQ%1").arg(n, 6, 10, QLatin1Char('0'));
    e.lifeCycleState = state;
    e.media = media;
    if (!systemId.isEmpty())
        e.externalSystem = ExternalSystem {systemId, QStringLiteral("Gateway ") + systemId, {}, {}, {}};
    e.errorCode = code;
    if (!code.isEmpty())
        e.errorDescription = QStringLiteral("Description of ") + code + QString::number(n);
    LogInformation log;
    log.createdDate = ApiDate(kNow.addSecs(-createdAgo));
    log.updatedDate = ApiDate(kNow.addSecs(-updatedAgo));
    e.logInformation = log;
    Communication c;
    c.id = QStringLiteral("C%1").arg(n);
    c.number = QStringLiteral("CM%1").arg(n, 6, 10, QLatin1Char('0'));
    c.subject = QStringLiteral("Subject %1").arg(n);
    Contact contact;
    contact.number = QStringLiteral("CI%1").arg(n % 3, 6, 10, QLatin1Char('0'));
    contact.name = QStringLiteral("Contact %1").arg(n % 3);
    c.contact = contact;
    e.communication = c;
    return e;
}

QList<QueueEntry> entries(int count)
{
    QList<QueueEntry> list;
    for (int i = 1; i <= count; ++i)
        list.append(entry(i, QueueState::Pending));
    return list;
}

} // namespace

class TestQueueMonitorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedPollTouchesNothing()
    {
        QueueEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries(5));
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.setEntries(entries(5));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
    }

    void changedRowGetsOneDataChanged()
    {
        QueueEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries(5));
        QList<QueueEntry> next = entries(5);
        next[2].lifeCycleState = QueueState::Completed;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setEntries(next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.index(2, QueueEntryModel::State).data(QueueEntryModel::StateRole).toInt(),
                 int(QueueState::Completed));
    }

    void onlyNewAndGoneRowsMove()
    {
        QueueEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(entries(6));
        QPersistentModelIndex kept(model.index(4, 0)); // ID5
        QList<QueueEntry> next = entries(6);
        next.removeAt(1); // ID2 gone
        next.removeAt(1); // ID3 gone
        next.append(entry(7, QueueState::Pending));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setEntries(next);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(removed.count(), 1); // one contiguous run
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(QueueEntryModel::NumberRole).toString(), QStringLiteral("CQ000005"));
        QCOMPARE(model.rowOfId(entry(7, QueueState::Pending).id), 4);
    }

    void serverOrderKeptByMoves()
    {
        QueueEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntriesInOrder(
            {entry(3, QueueState::Pending), entry(1, QueueState::Pending), entry(2, QueueState::Pending)});
        QPersistentModelIndex kept(model.index(1, 0)); // CQ000001
        // A newer entry first, one gone, the rest in a new order, a duplicate ignored.
        model.setEntriesInOrder({entry(4, QueueState::Pending), entry(2, QueueState::Pending),
                                 entry(1, QueueState::Pending), entry(2, QueueState::Pending)});
        QStringList numbers;
        for (int row = 0; row < model.rowCount(); ++row)
            numbers.append(model.index(row, QueueEntryModel::Number).data().toString());
        QCOMPARE(numbers,
                 QStringList({QStringLiteral("CQ000004"), QStringLiteral("CQ000002"), QStringLiteral("CQ000001")}));
        QCOMPARE(kept.row(), 2);
        QCOMPARE(model.rowOfId(entry(2, QueueState::Pending).id), 1);

        // The same order again: nothing moves.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.setEntriesInOrder(
            {entry(4, QueueState::Pending), entry(2, QueueState::Pending), entry(1, QueueState::Pending)});
        QCOMPARE(moved.count(), 0);
    }

    void filtersByStateSourceContactAndCode()
    {
        QueueEntryModel model;
        QueueEntryFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry(1, QueueState::Pending, Media::Sms, QStringLiteral("GW")),
                          entry(2, QueueState::Rejected, Media::Email, {}, 600, 60, QStringLiteral("BOUNCED")),
                          entry(3, QueueState::Rejected, Media::Sms, QStringLiteral("GW"), 600, 60,
                                QStringLiteral("ABSENT_SUBSCRIBER"))});
        proxy.setState(QueueState::Rejected);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMedia(Media::Email);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setExternalSystemId(QStringLiteral("GW"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("CQ000003"));
        proxy.setExternalSystemId({});
        proxy.setErrorCode(QStringLiteral("bounce"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setErrorCode({});
        proxy.setState(std::nullopt);
        proxy.setContact(QStringLiteral("contact 1"));
        QCOMPARE(proxy.rowCount(), 1); // entry 1 (1 % 3 == 1)
    }

    void summaryPerSourceAndStuck()
    {
        const QList<ExternalSystem> systems = {
            ExternalSystem {QStringLiteral("GW"), QStringLiteral("Gateway"), {}, {}, {}},
            ExternalSystem {QStringLiteral("RELAY"), QStringLiteral("Relay"), {}, {}, {}}};
        QList<QueueEntry> list;
        // GW: two pending for an hour, nothing finished for an hour: stuck.
        list.append(entry(1, QueueState::Pending, Media::Sms, QStringLiteral("GW"), 3600, 3600));
        list.append(entry(2, QueueState::Pending, Media::Sms, QStringLiteral("GW"), 1800, 1800));
        list.append(entry(3, QueueState::Completed, Media::Sms, QStringLiteral("GW"), 7200, 3600));
        // RELAY: one pending for an hour, but entries finish every minute: working.
        list.append(entry(4, QueueState::Pending, Media::Email, QStringLiteral("RELAY"), 3600, 3600));
        list.append(entry(5, QueueState::Completed, Media::Email, QStringLiteral("RELAY"), 700, 60));
        list.append(
            entry(6, QueueState::Rejected, Media::Email, QStringLiteral("RELAY"), 700, 120, QStringLiteral("BOUNCED")));
        list.append(entry(7, QueueState::Completed, Media::Email, QStringLiteral("RELAY"), 700, 180));
        list.append(entry(8, QueueState::CompletedAndRemoved, Media::Email, QStringLiteral("RELAY"), 700, 240));
        QueueSummary::Options options;
        options.windowSeconds = 600;
        options.stuckAfterSeconds = 300;
        const QList<QueueSourceFigures> figures = QueueSummary::compute(list, systems, kNow, options);
        QCOMPARE(figures.size(), 5 + 2);
        const QueueSourceFigures &gw = figures[5];
        QCOMPARE(gw.key, QStringLiteral("system:GW"));
        QCOMPARE(gw.count(QueueState::Pending), 2);
        QCOMPARE(gw.oldestPendingSeconds, std::optional<qint64>(3600));
        QVERIFY(gw.stuck);
        const QueueSourceFigures &relay = figures[6];
        QVERIFY(!relay.stuck);
        QCOMPARE(relay.completedInWindow, 3);
        QCOMPARE(relay.rejectedInWindow, 1);
        QCOMPARE(relay.windowRejectRatio, 0.25);
        QCOMPARE(relay.completedPerMinute, 0.3);
        const QueueSourceFigures &email = figures[0];
        QCOMPARE(email.key, QStringLiteral("media:EMAIL"));
        QCOMPARE(email.count(QueueState::Completed), 2);
        const QueueSourceFigures total = QueueSummary::total(list, kNow, options);
        QCOMPARE(total.count(QueueState::Pending), 3);

        QueueSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigures(figures);
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(model.index(5, 0).data(QueueSummaryModel::StuckRole).toBool());
        QCOMPARE(model.index(5, QueueSummaryModel::Status).data().toString(), QStringLiteral("Stuck"));
        QCOMPARE(model.index(5, QueueSummaryModel::OldestPending).data().toString(), QStringLiteral("1 h 0 min"));
        // A later poll where only the gateway moved repaints one row.
        list[0].lifeCycleState = QueueState::Completed;
        list[0].logInformation->updatedDate = ApiDate(kNow.addSecs(-5));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFigures(QueueSummary::compute(list, systems, kNow, options));
        QCOMPARE(reset.count(), 0);
        QList<int> rows;
        for (const QList<QVariant> &signal : changed)
            rows.append(signal.at(0).toModelIndex().row());
        QCOMPARE(rows, (QList<int> {1, 5})); // media SMS and the gateway
        QVERIFY(!model.index(5, 0).data(QueueSummaryModel::StuckRole).toBool());
    }

    void rejectionsGroupByCodeAndSource()
    {
        QList<QueueEntry> list;
        for (int i = 1; i <= 300; ++i)
            list.append(entry(i, QueueState::Rejected, Media::Sms, QStringLiteral("GW"), 900, 900 - i,
                              QStringLiteral("ABSENT_SUBSCRIBER")));
        list.append(entry(301, QueueState::Rejected, Media::Email, {}, 900, 10, QStringLiteral("BOUNCED")));
        list.append(entry(302, QueueState::Pending, Media::Email));
        RejectionGroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(list);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RejectionGroupModel::ErrorCode).data().toString(), QStringLiteral("ABSENT_SUBSCRIBER"));
        QCOMPARE(model.index(0, RejectionGroupModel::Source).data().toString(), QStringLiteral("Gateway GW"));
        QCOMPARE(model.index(0, 0).data(RejectionGroupModel::CountRole).toInt(), 300);
        // The latest one (updated 600 s ago: entry 300) gives the description.
        QCOMPARE(model.index(0, RejectionGroupModel::LatestDescription).data().toString(),
                 QStringLiteral("Description of ABSENT_SUBSCRIBER300"));
        list.append(entry(303, QueueState::Rejected, Media::Email, {}, 900, 5, QStringLiteral("BOUNCED")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setEntries(list);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, 0).data(RejectionGroupModel::CountRole).toInt(), 2);
        // What a group hands the entry filter: the code as sent and the source's key.
        QCOMPARE(model.index(0, 0).data(RejectionGroupModel::ErrorCodeRole).toString(),
                 QStringLiteral("ABSENT_SUBSCRIBER"));
        QCOMPARE(model.index(0, 0).data(RejectionGroupModel::SourceKeyRole).toString(), QStringLiteral("system:GW"));
        QCOMPARE(model.index(1, 0).data(RejectionGroupModel::SourceKeyRole).toString(), QStringLiteral("media:EMAIL"));

        // No code: shown as such, handed on as none. Two systems of one name: two groups.
        QList<QueueEntry> other {
            entry(401, QueueState::Rejected, Media::Sms, QStringLiteral("A"), 900, 10),
            entry(402, QueueState::Rejected, Media::Sms, QStringLiteral("B"), 900, 10, QStringLiteral("BOUNCED")),
            entry(403, QueueState::Rejected, Media::Sms, QStringLiteral("C"), 900, 10, QStringLiteral("BOUNCED"))};
        other[2].externalSystem->name = other[1].externalSystem->name;
        model.setEntries(other);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, RejectionGroupModel::ErrorCode);
            if (index.data(RejectionGroupModel::SourceKeyRole).toString() == QStringLiteral("system:A")) {
                QCOMPARE(index.data().toString(), QStringLiteral("(no code)"));
                QCOMPARE(index.data(RejectionGroupModel::ErrorCodeRole).toString(), QString());
            }
        }
    }

    void selectionFollowsTheTableOrAnOpenedEntry()
    {
        auto bare = [](QueueEntry e) {
            e.communication.reset(); // nothing to fetch
            return e;
        };
        const QList<QueueEntry> rows = {bare(entry(1, QueueState::Pending)), bare(entry(2, QueueState::Completed)),
                                        bare(entry(3, QueueState::Pending))};
        QueueEntryModel model;
        model.setEntries(rows);
        QueueEntryFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(QueueEntryModel::Number, Qt::DescendingOrder);
        QItemSelectionModel table(&proxy);
        CrmConnection connection;
        QueueEntrySelection selection(&model, connection.communications());
        selection.setSelectionModel(&table);
        QSignalSpy changed(&selection, &QueueEntrySelection::changed);
        QVERIFY(!selection.current());

        // A row selected through the proxy is the current entry, and what the actions act on.
        const auto viewIndexOf = [&](const QueueEntry &e) {
            return proxy.mapFromSource(model.index(model.rowOfId(e.id), 0));
        };
        table.setCurrentIndex(viewIndexOf(rows[1]), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(changed.count() > 0);
        QCOMPARE(selection.current().value_or(QueueEntry()).id, rows[1].id);
        QCOMPARE(selection.selectedEntries().size(), 1);
        QCOMPARE(selection.selectedEntries().first().id, rows[1].id);

        // An entry no table holds, opened by number: held alone, no row selected, the actions act on it.
        const QueueEntry elsewhere = bare(entry(9, QueueState::Pending));
        selection.openEntry(elsewhere);
        QCOMPARE(selection.current().value_or(QueueEntry()).id, elsewhere.id);
        QVERIFY(table.selectedRows().isEmpty());
        QCOMPARE(selection.selectedEntries().size(), 1);
        QCOMPARE(selection.selectedEntries().first().id, elsewhere.id);
        // An action's answer updates it; so does the table once it loads it (its row is fresher).
        QueueEntry answered = elsewhere;
        answered.lifeCycleState = QueueState::Completed;
        selection.updateEntry(answered);
        QVERIFY(selection.openedEntry().value_or(QueueEntry()).lifeCycleState == QueueState::Completed);
        QueueEntry removed = elsewhere;
        removed.lifeCycleState = QueueState::CompletedAndRemoved;
        model.setEntries(rows + QList<QueueEntry> {removed});
        selection.showCurrent();
        QVERIFY(selection.current().value_or(QueueEntry()).lifeCycleState == QueueState::CompletedAndRemoved);

        // Opening an entry the table shows selects its row and asks the view to scroll to it.
        QSignalSpy opened(&selection, &QueueEntrySelection::rowOpened);
        selection.openEntry(rows[2]);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toModelIndex(), viewIndexOf(rows[2]));
        QCOMPARE(table.currentIndex(), viewIndexOf(rows[2]));
        QVERIFY(!selection.openedEntry());
        QCOMPARE(selection.current().value_or(QueueEntry()).id, rows[2].id);
    }

    void throughputFromHistory()
    {
        const QDateTime from = kNow.addSecs(-600);
        const QList<QueueHistorySample> samples = {
            {from.addSecs(-30), 10, 100, 5, 0},
            {from.addSecs(60), 8, 101, 6, 0}, // bucket 0: 1 done, 1 rejected
            {from.addSecs(120), 6, 102, 6, 1}, // bucket 0: 2 done
            {from.addSecs(400), 6, 90, 6, 1}, // bucket 1: a decrease counts as nothing
        };
        const QList<QueueThroughput::Bucket> buckets = QueueThroughput::buckets(samples, from, kNow, 300);
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets[0].completed, 3);
        QCOMPARE(buckets[0].rejected, 1);
        QCOMPARE(buckets[1].completed, 0);
        QCOMPARE(buckets[1].rejected, 0);
    }
};

QTEST_MAIN(TestQueueMonitorModels)
#include "tst_queuemonitormodels.moc"
