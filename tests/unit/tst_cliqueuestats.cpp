// QueueStatsCollector against a scripted queue: paging with number_of_results/offset until a short
// page, servers before R13 that ignore paging (or only the offset), one life_cycle_state filter per
// count, and the first error ending the collection.
#include "ApiCall.h"
#include "Capture.h"
#include "QueueStatsCollector.h"
#include "ScriptedPeer.h"
#include "Wait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace commdesk;
using Answer = ScriptedPeer::Answer;

namespace {

// A queue behind communications/queue/list, listed per media, newest first.
struct FakeQueue
{
    enum class Paging { R13, IgnoresPaging, IgnoresOffset };
    Paging paging = Paging::R13;
    QHash<QString, QList<QJsonObject>> bySource; // "media=SMS" -> entries
    int failAfter = -1; // answer the n-th list with INTERNAL_ERROR

    void add(const QString &source, int count, const QString &state, int ageSeconds = 60)
    {
        QList<QJsonObject> &entries = bySource[source];
        const QString created = QDateTime::currentDateTimeUtc().addSecs(-ageSeconds).toString(Qt::ISODate);
        for (int i = 0; i < count; ++i) {
            entries.append(QJsonObject {
                {QStringLiteral("id"), QString(source + state + QString::number(i))},
                {QStringLiteral("life_cycle_state"), state},
                {QStringLiteral("log_information"), QJsonObject {{QStringLiteral("created_date"), created}}}});
        }
    }

    Answer answer(const ScriptedPeer::Request &request, int index) const
    {
        Answer answer;
        if (failAfter >= 0 && index >= failAfter) {
            answer.body = ScriptedPeer::envelope("INTERNAL_ERROR", "null", "database unavailable");
            return answer;
        }
        const QUrlQuery query(QString::fromLatin1(request.query()));
        const QString source = QStringLiteral("media=") + query.queryItemValue(QStringLiteral("media"));
        const QString state = query.queryItemValue(QStringLiteral("life_cycle_state"));
        QJsonArray page;
        QList<QJsonObject> matching;
        for (const QJsonObject &entry : bySource.value(source)) {
            if (paging == Paging::IgnoresPaging
                || entry.value(QLatin1StringView("life_cycle_state")).toString() == state)
                matching.append(entry);
        }
        const int size = query.queryItemValue(QStringLiteral("number_of_results")).toInt();
        const int offset = paging == Paging::R13 ? query.queryItemValue(QStringLiteral("offset")).toInt() : 0;
        const qsizetype end =
            paging == Paging::IgnoresPaging ? matching.size() : std::min<qsizetype>(matching.size(), offset + size);
        for (qsizetype i = offset; i < end; ++i)
            page.append(matching.at(i));
        answer.body = ScriptedPeer::envelope("OK", QJsonDocument(page).toJson(QJsonDocument::Compact));
        return answer;
    }
};

struct Fixture
{
    ScriptedPeer peer;
    ApiClient client;
    Session session {&client};
    QueueApi api {&session};
    QueueStatsCollector collector {&api};
    FakeQueue queue;
    int lists = 0;

    Fixture()
    {
        client.setServer(peer.url());
        session.setToken(QStringLiteral("TK"));
        collector.setPageSize(3);
        peer.setResponder([this](const ScriptedPeer::Request &request) { return queue.answer(request, lists++); });
    }

    QList<QByteArray> queries(const QByteArray &state) const
    {
        QList<QByteArray> result;
        for (const auto &request : peer.requests()) {
            if (request.query().contains(QByteArray("life_cycle_state=" + state + '&')))
                result.append(request.query());
        }
        return result;
    }
};

} // namespace

class TestCliQueueStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesUntilAShortPage()
    {
        Fixture f;
        f.queue.add(QStringLiteral("media=SMS"), 7, QStringLiteral("PENDING"), 300);
        f.queue.add(QStringLiteral("media=SMS"), 6, QStringLiteral("COMPLETED"));
        f.queue.add(QStringLiteral("media=SMS"), 1, QStringLiteral("REJECTED"));
        Capture<QueueStatsReport> capture;
        f.collector.collect({QueueSource::ofMedia(Media::Sms)}, capture.handler());
        WAIT_VERIFY(capture.done());
        QVERIFY2(capture.ok(), qPrintable(capture.ok() ? QString() : capture.error().userText()));
        const QueueTally &tally = capture.value().rows.first().tally;
        QCOMPARE(tally.count(QueueState::Pending), qsizetype(7));
        QCOMPARE(tally.count(QueueState::Completed), qsizetype(6));
        QCOMPARE(tally.count(QueueState::Rejected), qsizetype(1));
        QCOMPARE(tally.count(QueueState::CompletedAndRemoved), qsizetype(0));
        QVERIFY(tally.oldestPendingAge(capture.value().measuredAt).value() >= 300);
        QCOMPARE(f.queries("PENDING"),
                 (QList<QByteArray> {
                     "token=TK&media=SMS&life_cycle_state=PENDING&number_of_results=3&offset=0"
                     "&fields_set=life_cycle_state,log_information",
                     "token=TK&media=SMS&life_cycle_state=PENDING&number_of_results=3&offset=3"
                     "&fields_set=life_cycle_state,log_information",
                     "token=TK&media=SMS&life_cycle_state=PENDING&number_of_results=3&offset=6"
                     "&fields_set=life_cycle_state,log_information",
                 }));
        QCOMPARE(f.queries("COMPLETED").size(), 3); // 3 + 3 + an empty page
        QCOMPARE(f.queries("REJECTED").size(), 1);
        QCOMPARE(f.peer.requests().size(), 3 + 3 + 1 + 1);
    }

    void serverBeforeR13SendsEverythingAtOnce()
    {
        Fixture f;
        f.queue.paging = FakeQueue::Paging::IgnoresPaging;
        f.queue.add(QStringLiteral("media=EMAIL"), 5, QStringLiteral("PENDING"));
        f.queue.add(QStringLiteral("media=EMAIL"), 4, QStringLiteral("REJECTED"));
        Capture<QueueStatsReport> capture;
        f.collector.collect({QueueSource::ofMedia(Media::Email)}, capture.handler());
        WAIT_VERIFY(capture.done());
        QVERIFY(capture.ok());
        // It ignored the state filter too: each count keeps only its own state.
        QCOMPARE(capture.value().rows.first().tally.count(QueueState::Pending), qsizetype(5));
        QCOMPARE(capture.value().rows.first().tally.count(QueueState::Rejected), qsizetype(4));
        QCOMPARE(f.peer.requests().size(), 4); // one page per state: longer than asked for, so everything
    }

    void serverThatIgnoresTheOffsetStops()
    {
        Fixture f;
        f.queue.paging = FakeQueue::Paging::IgnoresOffset;
        f.queue.add(QStringLiteral("media=SMS"), 9, QStringLiteral("PENDING"));
        Capture<QueueStatsReport> capture;
        f.collector.collect({QueueSource::ofMedia(Media::Sms)}, capture.handler());
        WAIT_VERIFY(capture.done());
        QVERIFY(capture.ok());
        QCOMPARE(capture.value().rows.first().tally.count(QueueState::Pending), qsizetype(3));
        QCOMPARE(f.queries("PENDING").size(), 2); // the second page brought nothing new
    }

    void sourcesAreCountedSeparatelyAndTogether()
    {
        Fixture f;
        f.queue.add(QStringLiteral("media=SMS"), 4, QStringLiteral("PENDING"));
        f.queue.add(QStringLiteral("media=EMAIL"), 2, QStringLiteral("PENDING"));
        f.queue.add(QStringLiteral("media=EMAIL"), 2, QStringLiteral("COMPLETED_AND_REMOVED"));
        Capture<QueueStatsReport> capture;
        f.collector.collect({QueueSource::ofMedia(Media::Sms), QueueSource::ofMedia(Media::Email)}, capture.handler());
        WAIT_VERIFY(capture.done());
        QVERIFY(capture.ok());
        QCOMPARE(capture.value().rows.at(0).tally.count(QueueState::Pending), qsizetype(4));
        QCOMPARE(capture.value().rows.at(1).tally.count(QueueState::Pending), qsizetype(2));
        QCOMPARE(capture.value().total().count(QueueState::Pending), qsizetype(6));
        QCOMPARE(capture.value().total().count(QueueState::CompletedAndRemoved), qsizetype(2));
        QCOMPARE(capture.calls(), 1);
    }

    void firstErrorEndsTheCollectionOnce()
    {
        Fixture f;
        f.queue.add(QStringLiteral("media=SMS"), 20, QStringLiteral("PENDING"));
        f.queue.failAfter = 2;
        Capture<QueueStatsReport> capture;
        f.collector.collect({QueueSource::ofMedia(Media::Sms), QueueSource::ofMedia(Media::Email)}, capture.handler());
        WAIT_VERIFY(capture.done());
        QCOMPARE(capture.error().kind(), ApiError::Kind::Api);
        QCOMPARE(capture.error().code(), QStringLiteral("INTERNAL_ERROR"));
        // Lists still in flight must not report again: once none is left, none can.
        WAIT_VERIFY(f.client.findChildren<ApiCall *>().isEmpty());
        QCOMPARE(capture.calls(), 1);
    }

    void nothingToCountStillAnswers()
    {
        Fixture f;
        Capture<QueueStatsReport> capture;
        f.collector.collect({}, capture.handler());
        QVERIFY(!capture.done()); // asynchronously, like every other outcome
        WAIT_VERIFY(capture.ok());
        QVERIFY(capture.value().rows.isEmpty());
        QVERIFY(capture.value().measuredAt.isValid());
        QCOMPARE(f.peer.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliQueueStats)
#include "tst_cliqueuestats.moc"
