// The outbox against a scripted server: down then up gives exactly one create; a connection
// dropped after a create is looked up and not sent again; a refusal fails the item clearly; an
// interrupted send survives a restart as "outcome unknown".
#include "Capture.h"
#include "Outbox.h"
#include "ScriptedPeer.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        OutboxStore store;
        std::unique_ptr<Outbox> outbox;
        bool created = false; // whether the scripted server holds the communication

        Fixture()
        {
            client.setServer(peer.url());
            session.setToken(QStringLiteral("TK"));
            store.open(dir.filePath(QStringLiteral("outbox.sqlite")));
            makeOutbox();
        }
        void makeOutbox()
        {
            outbox = std::make_unique<Outbox>(&store, &communications);
            outbox->setBackoff(30ms, 200ms);
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
    void serverDownThenUpCreatesExactlyOnce()
    {
        Fixture f;
        serve(f, false);
        f.client.setServer(QStringLiteral("http://127.0.0.1:9")); // nothing listens there
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        const qint64 id = f.outbox->add(item(ApiError(ApiError::Kind::Network, QStringLiteral("refused"))));
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(f.store.item(id) && f.store.item(id)->attempts == 1
                                     && !f.store.item(id)->lastError.isEmpty()
                                     && f.store.item(id)->state == OutboxItem::State::Waiting,
                                 5000);
        QTest::qWait(300); // a few failed looks while down
        QCOMPARE(sent.size(), 0);
        QCOMPARE(f.peer.count("communications/create"), 0);
        f.client.setServer(f.peer.url());
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(f.peer.count("communications/create"), 1);
        QVERIFY(f.peer.count("communications/list") >= 1); // looked before sending
        QVERIFY(f.store.items().isEmpty());
        QTest::qWait(300);
        QCOMPARE(f.peer.count("communications/create"), 1);
        QCOMPARE(sent.size(), 1);
    }

    void droppedAfterCreateIsFoundNotDuplicated()
    {
        Fixture f;
        serve(f, true);
        OutboxItem known = item(ApiError::http(503, QStringLiteral("busy")));
        known.outcomeUnknown = false; // as if the server had said no: the outbox sends first
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        f.outbox->add(known);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(f.peer.count("communications/create"), 1);
        QCOMPARE(f.peer.count("communications/list"), 1);
        QCOMPARE(sent.first().at(1).value<Communication>().number, QStringLiteral("CM1"));
        QVERIFY(f.store.items().isEmpty());
        QTest::qWait(200);
        QCOMPARE(f.peer.count("communications/create"), 1);
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
        QTRY_VERIFY(listed.done());
        QVERIFY(listed.ok());
        Capture<Communication> created;
        f.communications.createFromBody(nullptr, body(), created.handler());
        QTRY_VERIFY(created.done());
        QVERIFY(!created.ok());
        QVERIFY(Outbox::outcomeUnknown(created.error()));
        QTest::qWait(200);
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
        f.peer.respondStatus("INVALID_PARAMETER", "to is not a phone number");
        OutboxItem known = item(ApiError::http(500, QStringLiteral("x")));
        known.outcomeUnknown = false;
        const qint64 id = f.outbox->add(known);
        QTRY_VERIFY_WITH_TIMEOUT(f.store.item(id)->state == OutboxItem::State::Failed, 5000);
        QVERIFY(f.store.item(id)->lastError.contains(QStringLiteral("phone number")));
        QTest::qWait(300);
        QCOMPARE(f.peer.count("communications/create"), 1); // not retried
        QVERIFY(f.outbox->discard(id));
        QVERIFY(f.store.items().isEmpty());
    }

    void interruptedSendSurvivesRestartAsUnknown()
    {
        Fixture f;
        serve(f, false);
        f.created = true; // the interrupted attempt reached the server
        OutboxItem interrupted = item(ApiError(ApiError::Kind::Timeout, QStringLiteral("t")));
        interrupted.state = OutboxItem::State::Sending;
        interrupted.outcomeUnknown = false;
        interrupted.nextAttemptAt = QDateTime::currentDateTimeUtc();
        f.store.save(interrupted);
        f.makeOutbox(); // a new start
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        f.outbox->start();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(f.peer.count("communications/create"), 0);
        QVERIFY(f.store.items().isEmpty());
    }

    void heldItemIsNotSent()
    {
        Fixture f;
        serve(f, false);
        OutboxItem known = item(ApiError::http(500, QStringLiteral("x")));
        known.outcomeUnknown = false;
        known.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(100);
        const qint64 id = f.outbox->add(known);
        QVERIFY(f.outbox->hold(id));
        QTest::qWait(300);
        QCOMPARE(f.peer.count("communications/create"), 0);
        QJsonObject edited = body();
        edited.insert(QStringLiteral("subject"), QStringLiteral("Edited"));
        QSignalSpy sent(f.outbox.get(), &Outbox::sent);
        QVERIFY(f.outbox->release(id, "{}", QJsonDocument(edited).toJson(), QStringLiteral("Edited")));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 5000);
        QCOMPARE(f.peer.count("communications/create"), 1);
        QVERIFY(f.peer.requests().last().body.contains("Edited"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
