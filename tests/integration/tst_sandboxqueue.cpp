// docs/api-contract.md "The communication queue" against the sandbox: what enters the queue, its lists, get_pending,
// get_pending_completed and the entry's state machine, through the real client and on the wire.
#include "CommunicationsApi.h"
#include "QueueApi.h"
#include "SandboxFixture.h"

#include <QSet>

using namespace commdesk;
using namespace SandboxFormats;

class TestSandboxQueue : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;

    static QJsonObject body(const char *json) { return QJsonDocument::fromJson(json).object(); }

    // Creates a communication and returns its number.
    QString create(const QByteArray &members)
    {
        QJsonObject request = QJsonDocument::fromJson("{" + members + "}").object();
        request.insert(QStringLiteral("contact_information_identifier"),
                       QJsonObject {{QStringLiteral("number"), QStringLiteral("CI000021")}});
        if (!request.contains(QStringLiteral("subject")))
            request.insert(QStringLiteral("subject"), QStringLiteral("Queue test"));
        if (!request.contains(QStringLiteral("content")))
            request.insert(QStringLiteral("content"), QStringLiteral("Queue test content"));
        const SandboxAnswer answer = f->post(QStringLiteral("communications/create"), request);
        return answer.object().value(QStringLiteral("number")).toString();
    }

    // The queue entries of one communication, through the external system or media given.
    QJsonArray entriesOf(const QString &communication, const QByteArray &source)
    {
        const SandboxAnswer answer =
            f->get(QStringLiteral("communications/queue/list"),
                   source + "&contact_information_identifier=number=CI000021&number_of_results=1000");
        QJsonArray entries;
        for (const QJsonValue &item : answer.array()) {
            if (item.toObject()
                    .value(QStringLiteral("communication"))
                    .toObject()
                    .value(QStringLiteral("number"))
                    .toString()
                == communication)
                entries.append(item);
        }
        return entries;
    }

    SandboxAnswer transition(const char *method, const QString &entry, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("communication_queue_identifier"), QJsonObject {{QStringLiteral("number"), entry}});
        return f->post(QStringLiteral("communications/queue/") + QLatin1StringView(method), extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    void entryOnTheWire()
    {
        const SandboxAnswer answer =
            f->get(QStringLiteral("communications/queue/list"), "media=EMAIL&number_of_results=5");
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QVERIFY(!answer.array().isEmpty());
        const QJsonObject entry = answer.array().first().toObject();
        QCOMPARE(sortedKeys(entry),
                 sorted({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("life_cycle_state"),
                         QStringLiteral("error_code"), QStringLiteral("error_description"), QStringLiteral("media"),
                         QStringLiteral("communication"), QStringLiteral("communication_queue_external_system"),
                         QStringLiteral("log_information")}));
        QVERIFY(isId(entry.value(QStringLiteral("id")).toString()));
        QVERIFY(isNumber(entry.value(QStringLiteral("number")).toString(), "CQ"));
        QCOMPARE(entry.value(QStringLiteral("media")).toString(), QStringLiteral("EMAIL"));
        const QJsonObject communication = entry.value(QStringLiteral("communication")).toObject();
        QCOMPARE(sortedKeys(communication),
                 sorted({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("subject"),
                         QStringLiteral("direction"), QStringLiteral("media"), QStringLiteral("to"),
                         QStringLiteral("life_cycle_state"), QStringLiteral("viewed"),
                         QStringLiteral("contact_information")}));
        QCOMPARE(sortedKeys(communication.value(QStringLiteral("contact_information")).toObject()),
                 sorted({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("name")}));
        const QJsonObject log = entry.value(QStringLiteral("log_information")).toObject();
        QCOMPARE(sortedKeys(log), sorted({QStringLiteral("created_date"), QStringLiteral("updated_date")}));
        QVERIFY(isJavaDate(log.value(QStringLiteral("created_date")).toString()));
        const QJsonValue system = entry.value(QStringLiteral("communication_queue_external_system"));
        QVERIFY(system.isNull()
                || sortedKeys(system.toObject())
                    == sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code")}));

        const SandboxAnswer shown =
            f->get(QStringLiteral("communications/queue/show"),
                   "communication_queue_identifier=id=" + entry.value(QStringLiteral("id")).toString().toLatin1());
        QCOMPARE(shown.object(), entry);
        QCOMPARE(f->get(QStringLiteral("communications/queue/show"), "communication_queue_identifier=number=CQ999999")
                     .code(),
                 QStringLiteral("NOT_FOUND"));
        QCOMPARE(f->get(QStringLiteral("communications/queue/show")).code(), QStringLiteral("MISSING_PARAMETER"));
    }

    void demoDataHasEveryState()
    {
        QSet<QString> states;
        QSet<QString> errorCodes;
        for (const QByteArray source :
             {"media=EMAIL", "media=SMS", "media=LETTER", "media=PHONE", "media=FACE_TO_FACE"}) {
            const SandboxAnswer answer =
                f->get(QStringLiteral("communications/queue/list"), source + "&number_of_results=1000");
            QCOMPARE(answer.code(), QStringLiteral("OK"));
            for (const QJsonValue &item : answer.array()) {
                const QJsonObject entry = item.toObject();
                const QString state = entry.value(QStringLiteral("life_cycle_state")).toString();
                states.insert(state);
                QCOMPARE(entry.value(QStringLiteral("communication"))
                             .toObject()
                             .value(QStringLiteral("direction"))
                             .toString(),
                         QStringLiteral("OUTGOING"));
                QCOMPARE(entry.value(QStringLiteral("communication"))
                             .toObject()
                             .value(QStringLiteral("life_cycle_state"))
                             .toString(),
                         QStringLiteral("COMPLETED"));
                if (state == QStringLiteral("REJECTED")) {
                    QVERIFY(!entry.value(QStringLiteral("error_code")).toString().isEmpty());
                    QVERIFY(!entry.value(QStringLiteral("error_description")).toString().isEmpty());
                    errorCodes.insert(entry.value(QStringLiteral("error_code")).toString());
                } else {
                    QVERIFY(entry.value(QStringLiteral("error_code")).isNull());
                }
            }
        }
        QCOMPARE(states,
                 QSet<QString>({QStringLiteral("PENDING"), QStringLiteral("COMPLETED"), QStringLiteral("REJECTED"),
                                QStringLiteral("COMPLETED_AND_REMOVED")}));
        QVERIFY(!errorCodes.isEmpty());
    }

    void whatEntersTheQueue_data()
    {
        QTest::addColumn<QByteArray>("members");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("queued");
        QTest::newRow("outgoing email") << QByteArray(R"("direction":"OUTGOING","media":"EMAIL","to":"a@example.com")")
                                        << QByteArray("media=EMAIL") << true;
        QTest::newRow("outgoing sms") << QByteArray(R"("direction":"OUTGOING","media":"SMS","to":"+35799000001")")
                                      << QByteArray("media=SMS") << true;
        QTest::newRow("outgoing sms via gateway") << QByteArray(
            R"("direction":"OUTGOING","media":"SMS","communication_queue_external_system_identifier":{"alternative_code":"SMSGW"})")
                                                  << QByteArray("communication_queue_external_system_identifier="
                                                                "alternative_code=SMSGW")
                                                  << true;
        QTest::newRow("outgoing letter via portal") << QByteArray(
            R"("direction":"OUTGOING","media":"LETTER","communication_queue_external_system_identifier":{"name":"Customer Portal"})")
                                                    << QByteArray("communication_queue_external_system_identifier=name="
                                                                  "Customer%20Portal")
                                                    << true;
        QTest::newRow("outgoing phone") << QByteArray(R"("direction":"OUTGOING","media":"PHONE")")
                                        << QByteArray("media=PHONE") << false;
        QTest::newRow("outgoing letter") << QByteArray(R"("direction":"OUTGOING","media":"LETTER")")
                                         << QByteArray("media=LETTER") << false;
        QTest::newRow("incoming email") << QByteArray(R"("direction":"INCOMING","media":"EMAIL","to":"a@example.com")")
                                        << QByteArray("media=EMAIL") << false;
        QTest::newRow("outgoing email draft")
            << QByteArray(R"("direction":"OUTGOING","media":"EMAIL","to":"a@example.com","life_cycle_state":"DRAFT")")
            << QByteArray("media=EMAIL") << false;
    }

    void whatEntersTheQueue()
    {
        QFETCH(QByteArray, members);
        QFETCH(QByteArray, source);
        QFETCH(bool, queued);
        const QString number = create(members);
        QVERIFY(!number.isEmpty());
        const QJsonArray entries = entriesOf(number, source);
        QCOMPARE(entries.size(), queued ? 1 : 0);
        if (queued) {
            QCOMPARE(entries.first().toObject().value(QStringLiteral("life_cycle_state")).toString(),
                     QStringLiteral("PENDING"));
            QVERIFY(entries.first().toObject().value(QStringLiteral("error_code")).isNull());
        }
    }

    void completedLaterEntersTheQueue()
    {
        const QString byComplete =
            create(R"("direction":"OUTGOING","media":"SMS","to":"+35799","life_cycle_state":"DRAFT")");
        QCOMPARE(entriesOf(byComplete, "media=SMS").size(), 0);
        QCOMPARE(f->post(QStringLiteral("communications/complete"),
                         QJsonObject {{QStringLiteral("communication_identifier"),
                                       QJsonObject {{QStringLiteral("number"), byComplete}}}})
                     .code(),
                 QStringLiteral("OK"));
        QCOMPARE(entriesOf(byComplete, "media=SMS").size(), 1);

        const QString byUpdate =
            create(R"("direction":"OUTGOING","media":"EMAIL","to":"b@example.com","life_cycle_state":"DRAFT")");
        QCOMPARE(f->post(QStringLiteral("communications/update"),
                         QJsonObject {{QStringLiteral("communication_identifier"),
                                       QJsonObject {{QStringLiteral("number"), byUpdate}}},
                                      {QStringLiteral("life_cycle_state"), QStringLiteral("COMPLETED")}})
                     .code(),
                 QStringLiteral("OK"));
        QCOMPARE(entriesOf(byUpdate, "media=EMAIL").size(), 1);
        // Setting notes on it later adds nothing.
        QCOMPARE(f->post(QStringLiteral("communications/update"),
                         QJsonObject {{QStringLiteral("communication_identifier"),
                                       QJsonObject {{QStringLiteral("number"), byUpdate}}},
                                      {QStringLiteral("notes"), QStringLiteral("more")}})
                     .code(),
                 QStringLiteral("OK"));
        QCOMPARE(entriesOf(byUpdate, "media=EMAIL").size(), 1);
    }

    void sourceIsExactlyOne()
    {
        for (const char *method : {"list", "get_pending", "get_pending_completed"}) {
            const QString path = QStringLiteral("communications/queue/") + QLatin1StringView(method);
            const SandboxAnswer both = f->get(
                path, "media=SMS&communication_queue_external_system_identifier=alternative_code=SMSGW&number=5");
            QCOMPARE(both.code(), QStringLiteral("INVALID_PARAMETER"));
            const SandboxAnswer neither = f->get(path, "number=5");
            QCOMPARE(neither.code(), QStringLiteral("MISSING_PARAMETER"));
            QVERIFY(neither.message().contains(QStringLiteral("media")));
            QCOMPARE(f->get(path, "media=SMOKE_SIGNAL&number=5").code(), QStringLiteral("INVALID_PARAMETER"));
            QCOMPARE(f->get(path, "communication_queue_external_system_identifier=name=Nothing&number=5").code(),
                     QStringLiteral("NOT_FOUND"));
        }
    }

    void listFilters()
    {
        QueueApi::ListFilter filter;
        filter.source.externalSystem = Identifier(QStringLiteral("alternative_code"), QStringLiteral("SMSGW"));
        filter.state = QueueState::Completed;
        filter.paging = {1000, 0};
        Capture<QList<QueueEntry>> listed;
        QueueApi(&f->session).list(nullptr, filter, listed.handler());
        QVERIFY(SandboxFixture::wait(listed));
        QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : SandboxFixture::describe(listed.error())));
        QVERIFY(!listed.value().isEmpty());
        for (const QueueEntry &entry : listed.value()) {
            QCOMPARE(entry.lifeCycleState, QueueState::Completed);
            QCOMPARE(entry.externalSystem->alternativeCode, QStringLiteral("SMSGW"));
        }
        // Newest first, pages concatenate.
        QStringList whole;
        for (const QJsonValue &item :
             f->get(QStringLiteral("communications/queue/list"), "media=SMS&number_of_results=1000").array())
            whole.append(item.toObject().value(QStringLiteral("number")).toString());
        QStringList paged;
        for (int offset = 0;; offset += 6) {
            const QJsonArray page = f->get(QStringLiteral("communications/queue/list"),
                                           "media=SMS&number_of_results=6&offset=" + QByteArray::number(offset))
                                        .array();
            for (const QJsonValue &item : page)
                paged.append(item.toObject().value(QStringLiteral("number")).toString());
            if (page.size() < 6)
                break;
        }
        QCOMPARE(paged, whole);
        QStringList newestFirst = whole;
        std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());
        QCOMPARE(whole, newestFirst); // numbers grow with creation time in the demo data and since

        const SandboxAnswer byContact = f->get(QStringLiteral("communications/queue/list"),
                                               "media=EMAIL&contact_information_identifier=number=CI000021");
        for (const QJsonValue &item : byContact.array())
            QCOMPARE(item.toObject()
                         .value(QStringLiteral("communication"))
                         .toObject()
                         .value(QStringLiteral("contact_information"))
                         .toObject()
                         .value(QStringLiteral("number"))
                         .toString(),
                     QStringLiteral("CI000021"));
        QCOMPARE(f->get(QStringLiteral("communications/queue/list"), "media=SMS&life_cycle_state=LOST").code(),
                 QStringLiteral("INVALID_PARAMETER"));
        const SandboxAnswer fields =
            f->get(QStringLiteral("communications/queue/list"), "media=SMS&fields_set=life_cycle_state");
        for (const QJsonValue &item : fields.array())
            QCOMPARE(sortedKeys(item.toObject()), sorted({QStringLiteral("id"), QStringLiteral("life_cycle_state")}));
    }

    void getPending()
    {
        const QString number = create(R"("direction":"OUTGOING","media":"SMS","to":"+35799000002")");
        Capture<QList<QueueEntry>> pending;
        QueueApi::Source source;
        source.media = Media::Sms;
        QueueApi(&f->session)
            .pending(nullptr, source, Identifier::byNumber(QStringLiteral("CI000021")), 2, pending.handler());
        QVERIFY(SandboxFixture::wait(pending));
        QVERIFY(pending.ok());
        QVERIFY(!pending.value().isEmpty());
        QVERIFY(pending.value().size() <= 2);
        QCOMPARE(pending.value().first().communication->number, number); // the latest first
        for (const QueueEntry &entry : pending.value())
            QCOMPARE(entry.lifeCycleState, QueueState::Pending);
        const SandboxAnswer limited = f->get(QStringLiteral("communications/queue/get_pending"), "media=SMS&number=1");
        QCOMPARE(limited.array().size(), 1);
        QCOMPARE(f->get(QStringLiteral("communications/queue/get_pending"), "media=SMS").code(),
                 QStringLiteral("MISSING_PARAMETER"));
        QVERIFY(f->get(QStringLiteral("communications/queue/get_pending"), "media=SMS")
                    .message()
                    .contains(QStringLiteral("number")));
        QCOMPARE(f->get(QStringLiteral("communications/queue/get_pending"), "media=SMS&number=0").code(),
                 QStringLiteral("INVALID_PARAMETER"));
        QCOMPARE(f->get(QStringLiteral("communications/queue/get_pending"), "media=SMS&number=many").code(),
                 QStringLiteral("INVALID_PARAMETER"));
    }

    void stateMachine()
    {
        const auto entryFor = [this](const QByteArray &members, const QByteArray &source) {
            const QString number = create(members);
            return entriesOf(number, source).first().toObject().value(QStringLiteral("number")).toString();
        };
        const QByteArray email = R"("direction":"OUTGOING","media":"EMAIL","to":"c@example.com")";

        // PENDING -> COMPLETED -> COMPLETED_AND_REMOVED; nothing after.
        QString entry = entryFor(email, "media=EMAIL");
        Capture<QueueEntry> completed;
        QueueApi api(&f->session);
        api.complete(nullptr, Identifier::byNumber(entry), completed.handler());
        QVERIFY(SandboxFixture::wait(completed));
        QVERIFY(completed.ok());
        QCOMPARE(completed.value().lifeCycleState, QueueState::Completed);
        QCOMPARE(transition("complete", entry).code(), QStringLiteral("INVALID_STATE"));
        QCOMPARE(transition("reject", entry, body(R"({"error_code":"X","error_description":"Y"})")).code(),
                 QStringLiteral("INVALID_STATE"));
        SandboxAnswer removed = transition("remove", entry);
        QCOMPARE(removed.code(), QStringLiteral("OK"));
        QCOMPARE(removed.object().value(QStringLiteral("life_cycle_state")).toString(),
                 QStringLiteral("COMPLETED_AND_REMOVED"));
        for (const char *method : {"complete", "remove"})
            QCOMPARE(transition(method, entry).code(), QStringLiteral("INVALID_STATE"));

        // PENDING -> REJECTED, with the error recorded; nothing after.
        entry = entryFor(email, "media=EMAIL");
        Capture<QueueEntry> rejected;
        api.reject(nullptr, Identifier::byNumber(entry), QStringLiteral("MAILBOX_FULL"),
                   QStringLiteral("552 5.2.2 Mailbox full"), rejected.handler());
        QVERIFY(SandboxFixture::wait(rejected));
        QVERIFY2(rejected.ok(), qPrintable(rejected.ok() ? QString() : SandboxFixture::describe(rejected.error())));
        QCOMPARE(rejected.value().lifeCycleState, QueueState::Rejected);
        QCOMPARE(rejected.value().errorCode, QStringLiteral("MAILBOX_FULL"));
        QCOMPARE(rejected.value().errorDescription, QStringLiteral("552 5.2.2 Mailbox full"));
        for (const char *method : {"complete", "remove"})
            QCOMPARE(transition(method, entry).code(), QStringLiteral("INVALID_STATE"));

        // PENDING -> COMPLETED_AND_REMOVED directly.
        entry = entryFor(email, "media=EMAIL");
        QCOMPARE(transition("remove", entry).object().value(QStringLiteral("life_cycle_state")).toString(),
                 QStringLiteral("COMPLETED_AND_REMOVED"));

        // reject needs both members; an unknown entry is NOT_FOUND.
        entry = entryFor(email, "media=EMAIL");
        SandboxAnswer missing = transition("reject", entry, body(R"({"error_description":"Y"})"));
        QCOMPARE(missing.code(), QStringLiteral("MISSING_PARAMETER"));
        QVERIFY(missing.message().contains(QStringLiteral("error_code")));
        missing = transition("reject", entry, body(R"({"error_code":"X"})"));
        QCOMPARE(missing.code(), QStringLiteral("MISSING_PARAMETER"));
        QVERIFY(missing.message().contains(QStringLiteral("error_description")));
        QCOMPARE(transition("complete", QStringLiteral("CQ999999")).code(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(f->post(QStringLiteral("communications/queue/complete"), {}).code(),
                 QStringLiteral("MISSING_PARAMETER"));
        // The failed calls changed nothing.
        QCOMPARE(f->get(QStringLiteral("communications/queue/show"),
                        "communication_queue_identifier=number=" + entry.toLatin1())
                     .object()
                     .value(QStringLiteral("life_cycle_state"))
                     .toString(),
                 QStringLiteral("PENDING"));
    }

    void pendingCompleted()
    {
        const QString number = create(R"("direction":"OUTGOING","media":"SMS","to":"+35799000003")");
        const QString entry =
            entriesOf(number, "media=SMS").first().toObject().value(QStringLiteral("number")).toString();
        QCOMPARE(transition("complete", entry).code(), QStringLiteral("OK"));

        const auto listed = [this](const QByteArray &extra) {
            QStringList numbers;
            const SandboxAnswer answer =
                f->get(QStringLiteral("communications/queue/get_pending_completed"), "media=SMS" + extra);
            for (const QJsonValue &item : answer.array()) {
                const QJsonObject e = item.toObject();
                if (e.value(QStringLiteral("life_cycle_state")).toString() != QStringLiteral("COMPLETED")
                    || e.value(QStringLiteral("communication")).toObject().value(QStringLiteral("viewed")).toBool())
                    return QStringList {QStringLiteral("wrong entry")};
                numbers.append(e.value(QStringLiteral("number")).toString());
            }
            return numbers;
        };
        QStringList numbers = listed({});
        QVERIFY(numbers.size() <= 50);
        QCOMPARE(numbers.first(), entry);
        QCOMPARE(listed("&number=1"), QStringList {entry});

        Capture<QList<QueueEntry>> viaClient;
        QueueApi::Source source;
        source.media = Media::Sms;
        QueueApi(&f->session)
            .pendingCompleted(nullptr, source, Identifier::byNumber(QStringLiteral("CI000021")), std::nullopt,
                              viaClient.handler());
        QVERIFY(SandboxFixture::wait(viaClient));
        QVERIFY(viaClient.ok());
        QCOMPARE(viaClient.value().first().number, entry);

        // Once the communication is viewed, its entry leaves the list.
        QCOMPARE(f->post(QStringLiteral("communications/set_as_viewed"),
                         QJsonObject {{QStringLiteral("communication_identifier"),
                                       QJsonObject {{QStringLiteral("number"), number}}}})
                     .code(),
                 QStringLiteral("OK"));
        QVERIFY(!listed({}).contains(entry));
        QVERIFY(!listed({}).contains(QStringLiteral("wrong entry")));
    }

    void pendingCompletedDefaultsToFifty()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 3000;
        SandboxFixture big(config);
        QVERIFY(big.start());
        const SandboxAnswer answer =
            big.get(QStringLiteral("communications/queue/get_pending_completed"),
                    "communication_queue_external_system_identifier=alternative_code=MAILRELAY");
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QCOMPARE(answer.array().size(), 50);
        QCOMPARE(big.get(QStringLiteral("communications/queue/get_pending_completed"),
                         "communication_queue_external_system_identifier=alternative_code=MAILRELAY&number=60")
                     .array()
                     .size(),
                 60);
    }
};

QTEST_GUILESS_MAIN(TestSandboxQueue)
#include "tst_sandboxqueue.moc"
