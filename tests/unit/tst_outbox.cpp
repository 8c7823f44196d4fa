// The outbox against a scripted server: down then up gives exactly one create; a connection
// dropped after a create is looked up and not sent again; a refusal fails the item clearly; an
// interrupted send survives a restart as "outcome unknown". Its store is touched only on the store
// thread, and two instances on one outbox.sqlite never send one item twice. Backoff runs on a FakeClock.
#include "ApiTestSupport.h"
#include "Capture.h"
#include "Outbox.h"
#include "ScriptedPeer.h"
#include "Wait.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace commdesk;
using namespace std::chrono_literals;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        QTemporaryDir dir;
        ScriptedPeer peer;
        ApiClient client;
        Session session {&client};
        CommunicationsApi communications {&session};
        // Real time as its start: the scripted server dates what it creates with the real clock.
        FakeClock clock {QDateTime::currentDateTimeUtc()};
        std::unique_ptr<StoreThread> thread;
        std::unique_ptr<Outbox> outbox;
        bool created = false; // whether the scripted server holds the communication

        Fixture()
        {
            client.setServer(peer.url());
            client.setOptions(quickRetries()); // a failed look (a GET) is retried at once
            session.setToken(QStringLiteral("TK"));
            makeOutbox();
        }
        QString path() const { return dir.filePath(QStringLiteral("outbox.sqlite")); }
        // A new start of the app: a new store thread and outbox on the same file.
        void makeOutbox()
        {
            outbox.reset();
            thread = std::make_unique<StoreThread>();
            outbox = std::make_unique<Outbox>(thread.get(), thread->make<OutboxStore>(), &communications, &clock);
            outbox->setBackoff(30ms, 200ms);
        }
        // Starts the outbox and waits for its items.
        bool start()
        {
            QSignalSpy changed(outbox.get(), &Outbox::changed);
            outbox->start(path());
            return changed.wait(5000) && outbox->isReady();
        }
        qint64 add(const OutboxItem &item)
        {
            qint64 id = -1;
            outbox->add(item, nullptr, [&id](qint64 stored) { id = stored; });
            return QTest::qWaitFor([&id] { return id != -1; }, 5000) ? id : -1;
        }
        // The file as another program sees it, once the jobs posted so far have run.
        QList<OutboxItem> onDisk()
        {
            thread->drain();
            OutboxStore peek;
            return peek.open(path()) ? peek.items() : QList<OutboxItem> {};
        }
        // Moves time past the next attempt and waits until the outbox is idle again.
        bool nextRound()
        {
            clock.advance(250ms);
            return QTest::qWaitFor([this] { return !outbox->isBusy(); }, 10000);
        }
    };

    static QJsonObject body()
    {
        return QJsonObject {{QStringLiteral("contact_information_identifier"),
                             QJsonObject {{QStringLiteral("number"), QStringLiteral("CI1")}}},
                            {QStringLiteral("direction"), QStringLiteral("OUTGOING")},
                            {QStringLiteral("media"), QStringLiteral("SMS")},
                            {QStringLiteral("subject"), QStringLiteral("Your bill")},
                            {QStringLiteral("content"), QStringLiteral("Paid, thanks")},
                            {QStringLiteral("to"), QStringLiteral("+35799000000")}};
    }

    static QByteArray communicationJson(const QString &subject, const QDateTime &created)
    {
        return QStringLiteral(R"({"id":"ID1","number":"CM1","life_cycle_state":"COMPLETED","direction":"OUTGOING",
            "media":"SMS","subject":"%1","content":"Paid, thanks",
            "log_information":{"created_date":"%2"}})")
            .arg(subject, created.toString(Qt::ISODate))
            .toUtf8();
    }

    static OutboxItem item(const ApiError &error)
    {
        return Outbox::itemFor(Identifier::byNumber(QStringLiteral("CI1")), body(), "{}", QStringLiteral("Your bill"),
                               error);
    }

    // A server that creates on communications/create and lists what it created.
    static void serve(Fixture &f, bool dropAfterFirstCreate)
    {
        f.peer.setResponder([&f, dropAfterFirstCreate](const ScriptedPeer::Request &request) {
            ScriptedPeer::Answer answer;
            const QByteArray created = communicationJson(QStringLiteral("Your bill"), QDateTime::currentDateTimeUtc());
            if (request.path().endsWith("communications/create")) {
                const bool first = !f.created;
                f.created = true;
                if (first && dropAfterFirstCreate) {
                    answer.kind = ScriptedPeer::Answer::Kind::DropMidBody;
                    return answer;
                }
                answer.body = ScriptedPeer::envelope("OK", created);
            } else {
                const QByteArray other =
                    communicationJson(QStringLiteral("Your bill"), QDateTime::currentDateTimeUtc().addDays(-2));
                answer.body = ScriptedPeer::envelope(
                    "OK", f.created ? QByteArray("[" + created + "," + other + "]") : QByteArray("[" + other + "]"));
            }
            return answer;
        });
    }

private Q_SLOTS:
    void init()
    {
        // LocalDatabase says so when a store is used off the thread that opened it.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("used on a thread other than")));
    }

    void serverDownThenUpCreatesExactlyOnce()
    {
        Fixture f;
        QVERIFY(f.start());
        serve(f, false);
        f.client.setServer(QStringLiteral("http://127.0.0.1:9")); // nothing listens there
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        const qint64 id = f.add(item(ApiError(ApiError::Kind::Network, QStringLiteral("refused"))));
        QVERIFY(id > 0);
        QCOMPARE(f.outbox->items().size(), 1);
        for (int look = 0; look < 3; ++look) // a few failed looks while down, at the pace of the backoff
            QVERIFY(f.nextRound());
        QCOMPARE(f.outbox->item(id)->state, OutboxItem::State::Waiting);
        QVERIFY(!f.outbox->item(id)->lastError.isEmpty());
        QVERIFY(f.outbox->item(id)->outcomeUnknown);
        QCOMPARE(sent.size(), 0);
        QCOMPARE(f.peer.count("communications/create"), 0);
        QCOMPARE(f.onDisk().first().state, OutboxItem::State::Waiting); // the claim was given back

        f.client.setServer(f.peer.url());
        f.clock.advance(250ms);
        WAIT_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QVERIFY(!f.outbox->isBusy());
        QCOMPARE(f.peer.count("communications/create"), 1);
        QVERIFY(f.peer.count("communications/list") >= 1); // looked before sending
        QVERIFY(f.outbox->items().isEmpty());
        QVERIFY(f.onDisk().isEmpty());
        QCOMPARE(f.clock.armedTimers(), 0); // nothing left to send: nothing will be
    }

    void backoffDoublesOnTheClock()
    {
        Fixture f;
        QVERIFY(f.start());
        OutboxItem known = item(ApiError::http(503, QStringLiteral("busy")));
        known.outcomeUnknown = false;
        known.attempts = 0;
        known.nextAttemptAt = f.clock.now();
        const qint64 id = f.add(known);
        f.outbox->setBackoff(1000ms, 4000ms);
        // INTERNAL_ERROR leaves the outcome unknown: each turn looks (a list) and, finding nothing, sends again.
        f.peer.setResponder([](const ScriptedPeer::Request &request) {
            ScriptedPeer::Answer answer;
            answer.body = request.path().endsWith("communications/create")
                ? ScriptedPeer::envelope("INTERNAL_ERROR", "null", "busy")
                : ScriptedPeer::envelope("OK", "[]");
            return answer;
        });
        f.clock.advance(0ms);
        WAIT_VERIFY_WITH_TIMEOUT(f.peer.count("communications/create") == 1 && !f.outbox->isBusy(), 5000);
        // The next attempt is 1 s on (up to a fifth more for jitter), then 2 s: nothing goes before.
        const QDateTime first = f.outbox->item(id)->nextAttemptAt;
        const qint64 wait = f.clock.now().msecsTo(first);
        QVERIFY2(wait >= 1000 && wait <= 1200, qPrintable(QString::number(wait)));
        f.clock.advance(std::chrono::milliseconds(wait - 1));
        QVERIFY(!f.outbox->isBusy());
        f.clock.advance(1ms);
        QVERIFY(f.outbox->isBusy()); // its turn, at its time
        WAIT_VERIFY_WITH_TIMEOUT(f.peer.count("communications/create") == 2 && !f.outbox->isBusy(), 5000);
        const qint64 second = f.clock.now().msecsTo(f.outbox->item(id)->nextAttemptAt);
        QVERIFY2(second >= 2000 && second <= 2400, qPrintable(QString::number(second)));
        QCOMPARE(f.outbox->item(id)->attempts, 2);
    }

    void droppedAfterCreateIsFoundNotDuplicated()
    {
        Fixture f;
        QVERIFY(f.start());
        serve(f, true);
        OutboxItem known = item(ApiError::http(503, QStringLiteral("busy")));
        known.outcomeUnknown = false; // as if the server had said no: the outbox sends first
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        QVERIFY(f.add(known) > 0);
        QVERIFY(f.nextRound()); // sent; the answer is lost
        QCOMPARE(f.peer.count("communications/create"), 1);
        QVERIFY(f.outbox->items().first().outcomeUnknown);
        QVERIFY(f.onDisk().first().outcomeUnknown);
        QVERIFY(f.nextRound()); // looked up and found
        QCOMPARE(sent.size(), 1);
        QCOMPARE(f.peer.count("communications/create"), 1);
        QCOMPARE(f.peer.count("communications/list"), 1);
        QCOMPARE(sent.first().at(1).value<Communication>().number, QStringLiteral("CM1"));
        QVERIFY(f.outbox->items().isEmpty());
        QVERIFY(f.onDisk().isEmpty());
        QCOMPARE(f.clock.armedTimers(), 0);
    }

    void qtDoesNotResendAPostByItself()
    {
        // A connection kept alive after a GET, then closed by the server while the create waits
        // for its answer: Qt's HTTP layer would send the create again on its own.
        Fixture f;
        f.peer.setResponder([](const ScriptedPeer::Request &request) {
            ScriptedPeer::Answer answer;
            if (request.path().endsWith("communications/create"))
                answer.kind = ScriptedPeer::Answer::Kind::DropMidBody;
            else
                answer.body = ScriptedPeer::envelope("OK", "[]");
            return answer;
        });
        Capture<QList<Communication>> listed;
        CommunicationsApi::ListFilter filter;
        filter.contact = Identifier::byNumber(QStringLiteral("CI1"));
        f.communications.list(nullptr, filter, listed.handler());
        WAIT_VERIFY(listed.done());
        QVERIFY(listed.ok());
        Capture<Communication> created;
        f.communications.createFromBody(nullptr, body(), created.handler());
        WAIT_VERIFY(created.done());
        QVERIFY(!created.ok());
        QVERIFY(Outbox::outcomeUnknown(created.error()));
        // A resend by Qt would go out at once, on the next connection; one more call answered shows it did not.
        Capture<QList<Communication>> after;
        f.communications.list(nullptr, filter, after.handler());
        WAIT_VERIFY(after.done());
        QCOMPARE(f.peer.count("communications/create"), 1);
    }

    void olderSameCommunicationIsNotMistakenForIt()
    {
        const QDateTime attempt = QDateTime::currentDateTimeUtc();
        Communication same;
        same.subject = QStringLiteral("Your bill");
        same.content = QStringLiteral("Paid, thanks");
        same.media = Media::Sms;
        same.direction = Direction::Outgoing;
        same.logInformation = LogInformation {};
        same.logInformation->createdDate = ApiDate(attempt.addSecs(5));
        QVERIFY(Outbox::sameCommunication(body(), same, attempt));
        same.logInformation->createdDate = ApiDate(attempt.addDays(-1));
        QVERIFY(!Outbox::sameCommunication(body(), same, attempt));
        same.logInformation->createdDate = ApiDate(attempt);
        same.content = QStringLiteral("other");
        QVERIFY(!Outbox::sameCommunication(body(), same, attempt));
    }

    void refusalFailsClearly()
    {
        Fixture f;
        QVERIFY(f.start());
        f.peer.respondStatus("INVALID_PARAMETER", "to is not a phone number");
        OutboxItem known = item(ApiError::http(500, QStringLiteral("x")));
        known.outcomeUnknown = false;
        const qint64 id = f.add(known);
        QVERIFY(f.nextRound());
        QCOMPARE(f.outbox->item(id)->state, OutboxItem::State::Failed);
        QVERIFY(f.outbox->item(id)->lastError.contains(QStringLiteral("phone number")));
        QCOMPARE(f.onDisk().first().state, OutboxItem::State::Failed);
        QCOMPARE(f.clock.armedTimers(), 0); // not retried
        f.clock.advance(10min);
        QVERIFY(!f.outbox->isBusy());
        QCOMPARE(f.peer.count("communications/create"), 1);
        QVERIFY(f.outbox->discard(id));
        QVERIFY(f.outbox->items().isEmpty());
        QVERIFY(f.onDisk().isEmpty());
    }

    void interruptedSendSurvivesRestartAsUnknown()
    {
        Fixture f;
        serve(f, false);
        f.created = true; // the interrupted attempt reached the server
        OutboxItem interrupted = item(ApiError(ApiError::Kind::Timeout, QStringLiteral("t")));
        interrupted.outcomeUnknown = false;
        interrupted.nextAttemptAt = f.clock.now();
        {
            OutboxStore other; // an earlier run, which stopped while sending it
            QVERIFY(other.open(f.path()));
            interrupted.id = other.save(interrupted);
            QVERIFY(other.claim(interrupted.id, QStringLiteral("earlier run"),
                                f.clock.now().addSecs(-std::chrono::seconds(Outbox::kClaimLease).count() - 1)));
        }
        f.makeOutbox(); // a new start
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        QVERIFY(f.start());
        QVERIFY(f.outbox->items().first().outcomeUnknown);
        f.clock.advance(0ms);
        WAIT_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(f.peer.count("communications/create"), 0);
        QVERIFY(f.onDisk().isEmpty());
    }

    // A claim younger than the lease belongs to an instance still sending it: left alone.
    void freshClaimOfAnotherInstanceIsLeftAlone()
    {
        Fixture f;
        serve(f, false);
        OutboxItem claimed = item(ApiError::http(503, QStringLiteral("busy")));
        claimed.outcomeUnknown = false;
        claimed.nextAttemptAt = f.clock.now();
        {
            OutboxStore other; // another instance, sending it now
            QVERIFY(other.open(f.path()));
            claimed.id = other.save(claimed);
            QVERIFY(other.claim(claimed.id, QStringLiteral("other instance"), f.clock.now()));
        }
        QVERIFY(f.start());
        QCOMPARE(f.outbox->items().first().state, OutboxItem::State::Sending);
        QVERIFY(!f.outbox->hold(claimed.id));
        for (int look = 0; look < 3; ++look) {
            f.clock.advance(1min);
            WAIT_VERIFY(!f.outbox->isBusy());
        }
        QCOMPARE(f.peer.count("communications/create"), 0);
        QCOMPARE(f.peer.count("communications/list"), 0);
        // That instance stopped without a word: once the lease is over, the item is looked up, then sent.
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        f.clock.advance(Outbox::kClaimLease);
        WAIT_VERIFY(!f.outbox->isBusy());
        f.clock.advance(250ms); // the next look, past the lease
        WAIT_VERIFY(!f.outbox->isBusy());
        QCOMPARE(f.outbox->items().first().state, OutboxItem::State::Waiting);
        QVERIFY(f.outbox->items().first().outcomeUnknown);
        f.clock.advance(0ms);
        WAIT_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(f.peer.count("communications/list"), 1);
        QCOMPARE(f.peer.count("communications/create"), 1);
    }

    void heldItemIsNotSent()
    {
        Fixture f;
        QVERIFY(f.start());
        serve(f, false);
        OutboxItem known = item(ApiError::http(500, QStringLiteral("x")));
        known.outcomeUnknown = false;
        known.nextAttemptAt = f.clock.now().addMSecs(100);
        const qint64 id = f.add(known);
        QVERIFY(f.outbox->hold(id));
        QCOMPARE(f.onDisk().first().state, OutboxItem::State::Held);
        f.clock.advance(10min);
        WAIT_VERIFY(!f.outbox->isBusy());
        QCOMPARE(f.outbox->item(id)->state, OutboxItem::State::Held);
        QCOMPARE(f.peer.count("communications/create"), 0);
        QJsonObject edited = body();
        edited.insert(QStringLiteral("subject"), QStringLiteral("Edited"));
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        QVERIFY(f.outbox->release(id, "{}", QJsonDocument(edited).toJson(), QStringLiteral("Edited")));
        f.clock.advance(0ms);
        WAIT_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(f.peer.count("communications/create"), 1);
        QVERIFY(f.peer.requests().last().body.contains("Edited"));
    }

    // Compose sending a held item again: the new item takes its place in one step.
    void addReplacesTheHeldItem()
    {
        Fixture f;
        QVERIFY(f.start());
        OutboxItem first = item(ApiError::http(500, QStringLiteral("x")));
        first.outcomeUnknown = false; // one with an unknown outcome is looked up, never edited
        const qint64 held = f.add(first);
        QVERIFY(f.outbox->hold(held));
        qint64 id = -1;
        f.outbox->add(
            item(ApiError::http(500, QStringLiteral("x"))), nullptr, [&id](qint64 stored) { id = stored; }, held);
        WAIT_VERIFY(id != -1);
        QVERIFY(id > held);
        QCOMPARE(f.outbox->items().size(), 1);
        QCOMPARE(f.outbox->items().first().id, id);
        const QList<OutboxItem> disk = f.onDisk();
        QCOMPARE(disk.size(), 1);
        QCOMPARE(disk.first().id, id);
    }

    // The check behind init()'s failOnWarning is real: a store used off its thread says so.
    void storeUsedOffItsThreadIsReported()
    {
        QTemporaryDir dir;
        OutboxStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("outbox.sqlite"))));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("used on a thread other than")));
        std::unique_ptr<QThread> other(QThread::create([&store] { store.items(); }));
        other->start();
        QVERIFY(other->wait(QDeadlineTimer(10000)));
    }

    // Two instances of the app on one outbox.sqlite (each its own store thread, connection and client), started at
    // once over the same waiting items: every communication is created exactly once.
    void twoInstancesNeverSendOneItemTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.sqlite"));
        constexpr int kItems = 24;
        {
            OutboxStore store;
            QVERIFY(store.open(path));
            for (int i = 0; i < kItems; ++i) {
                QJsonObject created = body();
                created.insert(QStringLiteral("subject"), QStringLiteral("Item %1").arg(i));
                OutboxItem waiting =
                    Outbox::itemFor(Identifier::byNumber(QStringLiteral("CI1")), created, "{}",
                                    QStringLiteral("Item %1").arg(i), ApiError::http(503, QStringLiteral("busy")));
                waiting.outcomeUnknown = false;
                waiting.nextAttemptAt = QDateTime::currentDateTimeUtc().addDays(-1);
                QVERIFY(store.save(waiting) > 0);
            }
        }
        ScriptedPeer peer;
        QHash<QString, int> creates;
        peer.setResponder([&creates](const ScriptedPeer::Request &request) {
            ScriptedPeer::Answer answer;
            const QString subject = QJsonDocument::fromJson(request.body).object().value(u"subject").toString();
            if (request.path().endsWith("communications/create"))
                ++creates[subject];
            answer.body = ScriptedPeer::envelope("OK", communicationJson(subject, QDateTime::currentDateTimeUtc()));
            return answer;
        });
        struct Instance
        {
            ApiClient client;
            Session session {&client};
            CommunicationsApi communications {&session};
            StoreThread thread;
            Outbox outbox {&thread, thread.make<OutboxStore>(), &communications};
        };
        Instance one;
        Instance two;
        int sent = 0;
        QHash<const Outbox *, int> sentBy;
        for (Instance *instance : {&one, &two}) {
            instance->client.setServer(peer.url());
            instance->session.setToken(QStringLiteral("TK"));
            connect(&instance->outbox, &Outbox::sent, this, [&sent, &sentBy, instance] {
                ++sent;
                ++sentBy[&instance->outbox];
            });
        }
        one.outbox.start(path);
        two.outbox.start(path);
        WAIT_COMPARE_WITH_TIMEOUT(sent, kItems, 30000);
        WAIT_VERIFY(!one.outbox.isBusy() && !two.outbox.isBusy());
        qInfo("sent by the first instance: %d, by the second: %d", sentBy.value(&one.outbox),
              sentBy.value(&two.outbox));
        QCOMPARE(creates.size(), kItems);
        for (auto it = creates.cbegin(); it != creates.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(peer.count("communications/create"), kItems);
        one.thread.drain();
        two.thread.drain();
        OutboxStore peek;
        QVERIFY(peek.open(path));
        QVERIFY(peek.items().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
