// Every typed call of docs/api-contract.md "Authentication" to "The communication queue" on the wire, compared with
// literals, and its answer decoded.
#include "Capture.h"
#include "CommunicationsApi.h"
#include "ConfigurationApi.h"
#include "QueueApi.h"
#include "ScriptedPeer.h"
#include "Wait.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace commdesk;

class TestApiCalls : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ScriptedPeer peer;
        ApiClient client;
        Session session {&client};
        CommunicationsApi communications {&session};
        ConfigurationApi configuration {&session};
        QueueApi queue {&session};

        Fixture()
        {
            client.setServer(peer.url());
            session.setToken(QStringLiteral("TK"));
        }
        const ScriptedPeer::Request &last() const { return peer.requests().last(); }
    };

    static QByteArray communicationJson()
    {
        return R"({"id":"0A1B2C3D4E5F60718293A4B5C6D7E8F9","number":"CM000680","life_cycle_state":"COMPLETED",
            "direction":"OUTGOING","media":"F2F","subject":"Welcome","content":"Hello Eleni","to":"",
            "notes":null,"viewed":false,"viewed_on":null,
            "contact_information":{"id":"C1","number":"CI000111","type":"PERSON","name":"Eleni Georgiou",
                                   "first_name":"Eleni","last_name":"Georgiou"},
            "category":{"id":"K1","name":"Billing","code":"BIL"},"template":null,
            "log_information":{"created_date":"Mon May 22 12:42:03 EEST 2017",
                               "created_by_user":{"id":"U1","username":"demo"}}})";
    }

private Q_SLOTS:
    void communicationsShow()
    {
        Fixture f;
        f.peer.respondJson(communicationJson());
        Capture<Communication> capture;
        f.communications.show(nullptr, Identifier::byNumber(QStringLiteral("CM000680")),
                              {QStringLiteral("number"), QStringLiteral("subject")}, capture.handler());
        WAIT_VERIFY(capture.done());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/communications/show?token=TK"
                            "&communication_identifier=number=CM000680&fields_set=number,subject"));
        QVERIFY2(capture.ok(), qPrintable(capture.ok() ? QString() : capture.error().detail()));
        const Communication &c = capture.value();
        QCOMPARE(c.number, QStringLiteral("CM000680"));
        QCOMPARE(c.media, Media::FaceToFace);
        QCOMPARE(c.direction, Direction::Outgoing);
        QCOMPARE(c.viewed, false);
        QCOMPARE(c.contact->number, QStringLiteral("CI000111"));
        QCOMPARE(c.category->code, QStringLiteral("BIL"));
        QVERIFY(!c.templateRef);
        QCOMPARE(c.logInformation->createdDate->toUtc(), QDateTime(QDate(2017, 5, 22), QTime(9, 42, 3), Qt::UTC));
    }

    void communicationsList()
    {
        Fixture f;
        f.peer.respondJson("[" + communicationJson() + "," + communicationJson() + "]");
        CommunicationsApi::ListFilter filter;
        filter.category = Identifier(QStringLiteral("name"), QStringLiteral("Billing & Payments"));
        filter.direction = Direction::Incoming;
        filter.media = Media::Sms;
        filter.paging = {50, 100};
        filter.fieldsSet = {QStringLiteral("number"), QStringLiteral("subject")};
        Capture<QList<Communication>> capture;
        f.communications.list(nullptr, filter, capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/communications/list?token=TK"
                            "&category_identifier=name=Billing%20%26%20Payments&direction=INCOMING"
                            "&media=SMS&number_of_results=50&offset=100&fields_set=number,subject"));
        QCOMPARE(capture.value().size(), 2);
    }

    void communicationsListByContact()
    {
        CommunicationsApi::ListFilter filter;
        filter.contact = Identifier(QStringLiteral("id_number"), QStringLiteral("X 123+4"));
        QCOMPARE(CommunicationsApi::listQuery(filter).toEncoded(),
                 QByteArray("contact_information_identifier=id_number=X%20123%2B4"));
    }

    void wrongTypeInAnswerIsAProtocolErrorWithPath()
    {
        Fixture f;
        f.peer.respondJson(R"([{"id":"A","viewed":false},{"id":"B","viewed":"yes"}])");
        Capture<QList<Communication>> capture;
        f.communications.list(nullptr, {}, capture.handler());
        WAIT_VERIFY(capture.done());
        QCOMPARE(capture.error().kind(), ApiError::Kind::Protocol);
        QVERIFY2(capture.error().detail().contains(QStringLiteral("data[1].viewed")),
                 qPrintable(capture.error().detail()));
    }

    void listAnswerThatIsNotAnArray()
    {
        Fixture f;
        f.peer.respondJson(R"({"id":"A"})");
        Capture<QList<Communication>> capture;
        f.communications.list(nullptr, {}, capture.handler());
        WAIT_VERIFY(capture.done());
        QCOMPARE(capture.error().kind(), ApiError::Kind::Protocol);
    }

    void communicationsCreate()
    {
        Fixture f;
        f.peer.respondJson(communicationJson());
        CommunicationInput input;
        input.templateId = Identifier(QStringLiteral("alternative_code"), QStringLiteral("WELCOME"));
        input.direction = Direction::Outgoing;
        input.media = Media::Email;
        input.subject = QStringLiteral("Hello");
        input.to = QStringLiteral("eleni@example.com");
        input.lifeCycleState = LifeCycleState::Draft;
        Capture<Communication> capture;
        f.communications.create(nullptr, Identifier::byNumber(QStringLiteral("CI000111")), input, capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target, QByteArray("/crmapi/rest/v2/communications/create"));
        QCOMPARE(QJsonDocument::fromJson(f.last().body).object(),
                 QJsonDocument::fromJson(R"({"token":"TK","contact_information_identifier":{"number":"CI000111"},
                    "template_identifier":{"alternative_code":"WELCOME"},"direction":"OUTGOING","media":"EMAIL",
                    "subject":"Hello","to":"eleni@example.com","life_cycle_state":"DRAFT"})")
                     .object());
    }

    void communicationsUpdateSendsOnlyWhatChanged()
    {
        Fixture f;
        f.peer.respondJson(communicationJson());
        CommunicationInput input;
        input.subject = QStringLiteral("New subject");
        input.notes = Patch<QString>::cleared();
        Capture<Communication> capture;
        f.communications.update(nullptr, Identifier::byNumber(QStringLiteral("CM000680")), input, capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target, QByteArray("/crmapi/rest/v2/communications/update"));
        QCOMPARE(QJsonDocument::fromJson(f.last().body).object(),
                 QJsonDocument::fromJson(R"({"token":"TK","communication_identifier":{"number":"CM000680"},
                    "subject":"New subject","notes":null})")
                     .object());
    }

    void communicationsComplete()
    {
        Fixture f;
        f.peer.respondJson(communicationJson());
        Capture<Communication> capture;
        f.communications.complete(nullptr, Identifier::byId(QStringLiteral("ABC")), capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target, QByteArray("/crmapi/rest/v2/communications/complete"));
        QCOMPARE(f.last().body, QByteArray(R"({"communication_identifier":{"id":"ABC"},"token":"TK"})"));
    }

    void communicationsSetAsViewed()
    {
        Fixture f;
        f.peer.respondJson(communicationJson());
        Capture<Communication> capture;
        const QDateTime on(QDate(2017, 5, 22), QTime(12, 42, 3), QTimeZone(3 * 3600));
        f.communications.setAsViewed(nullptr, Identifier::byNumber(QStringLiteral("CM1")), on, capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target, QByteArray("/crmapi/rest/v2/communications/set_as_viewed"));
        QCOMPARE(f.last().body,
                 QByteArray(R"({"communication_identifier":{"number":"CM1"},"token":"TK",)"
                            R"("viewed_on":"2017-05-22T12:42:03+03:00"})"));
        Capture<Communication> now;
        f.communications.setAsViewed(nullptr, Identifier::byNumber(QStringLiteral("CM1")), {}, now.handler());
        WAIT_VERIFY(now.ok());
        QCOMPARE(f.last().body, QByteArray(R"({"communication_identifier":{"number":"CM1"},"token":"TK"})"));
    }

    void categories()
    {
        Fixture f;
        f.peer.respondJson(R"([{"id":"K1","name":"Billing","code":"BIL","description":"","parent_id":null},
                              {"id":"K2","name":"Invoices","code":"INV","description":"Bills","parent_id":"K1"}])");
        Capture<QList<Category>> capture;
        f.configuration.categories(nullptr, capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target, QByteArray("/crmapi/rest/v2/communications/configuration/categories/list?token=TK"));
        QCOMPARE(capture.value().size(), 2);
        QCOMPARE(capture.value().at(1).parentId, QStringLiteral("K1"));
        QVERIFY(capture.value().at(0).parentId.isEmpty());
    }

    void templates()
    {
        Fixture f;
        f.peer.respondJson(R"([{"id":"T1","name":"Welcome","alternative_code":"WELCOME","direction":"OUTGOING",
                              "media":"EMAIL","category":{"id":"K1","name":"Billing","code":"BIL"},
                              "subject":"Welcome {{first_name}}","content":"Dear {{name}}"}])");
        ConfigurationApi::TemplateFilter filter;
        filter.direction = Direction::Outgoing;
        filter.media = Media::Email;
        filter.category = Identifier::byName(QStringLiteral("Billing"));
        filter.externalSystem = Identifier(QStringLiteral("alternative_code"), QStringLiteral("SMSGW"));
        Capture<QList<Template>> capture;
        f.configuration.templates(nullptr, filter, capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/communications/configuration/templates/list?token=TK&direction=OUTGOING"
                            "&media=EMAIL&category_identifier=name=Billing"
                            "&communication_queue_external_system_identifier=alternative_code=SMSGW"));
        QCOMPARE(capture.value().first().subject, QStringLiteral("Welcome {{first_name}}"));
        QCOMPARE(capture.value().first().category->name, QStringLiteral("Billing"));
    }

    void externalSystems()
    {
        Fixture f;
        f.peer.respondJson(R"([{"id":"E1","name":"SMS Gateway","alternative_code":"SMSGW","character_limit":160}])");
        Capture<QList<ExternalSystem>> capture;
        f.configuration.externalSystems(nullptr, capture.handler(), {QStringLiteral("name")});
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/communications/configuration/external_systems/list"
                            "?token=TK&fields_set=name"));
        QCOMPARE(capture.value().first().characterLimit, 160);
    }

    void contactShow()
    {
        Fixture f;
        f.peer.respondJson(R"({"id":"C1","number":"CI000111","type":"PERSON","first_name":"Eleni",
            "last_name":"Georgiou","phone_set":[{"number":"+35799123456","type":"MOBILE","is_primary":true}],
            "email_set":[{"email_address":"eleni@example.com","type":"PERSONAL","is_primary":true}]})");
        Capture<Contact> capture;
        f.configuration.contact(nullptr, Identifier(QStringLiteral("id_number"), QStringLiteral("778899")),
                                capture.handler());
        WAIT_VERIFY(capture.ok());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/contact_information/show?token=TK"
                            "&contact_information_identifier=id_number=778899"));
        QCOMPARE(capture.value().primaryEmail(), QStringLiteral("eleni@example.com"));
        QCOMPARE(capture.value().primaryMobile(), QStringLiteral("+35799123456"));
    }

    void queueShowAndList()
    {
        Fixture f;
        const QByteArray entry = R"({"id":"Q1","number":"CQ000001","life_cycle_state":"REJECTED",
            "error_code":"ABSENT_SUBSCRIBER","error_description":"Handset off","media":"SMS",
            "communication":{"id":"A","number":"CM000680","subject":"Hi","direction":"OUTGOING","media":"SMS",
                             "to":"+35799123456","life_cycle_state":"COMPLETED","viewed":false,
                             "contact_information":{"id":"C1","number":"CI000111","name":"Eleni Georgiou"}},
            "communication_queue_external_system":{"id":"E1","name":"SMS Gateway","alternative_code":"SMSGW"},
            "log_information":{"created_date":"2017-05-22T09:42:03Z","updated_date":"2017-05-22T09:43:03Z"}})";
        f.peer.respondJson(entry);
        f.peer.respondJson("[" + entry + "]");
        Capture<QueueEntry> shown;
        f.queue.show(nullptr, Identifier::byNumber(QStringLiteral("CQ000001")), shown.handler());
        WAIT_VERIFY(shown.ok());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/communications/queue/show?token=TK"
                            "&communication_queue_identifier=number=CQ000001"));
        QCOMPARE(shown.value().lifeCycleState, QueueState::Rejected);
        QCOMPARE(shown.value().errorCode, QStringLiteral("ABSENT_SUBSCRIBER"));
        QCOMPARE(shown.value().communication->contact->name, QStringLiteral("Eleni Georgiou"));

        QueueApi::ListFilter filter;
        filter.source.externalSystem = Identifier::byName(QStringLiteral("SMS Gateway"));
        filter.contact = Identifier::byNumber(QStringLiteral("CI000111"));
        filter.state = QueueState::CompletedAndRemoved;
        filter.paging = {10, 0};
        Capture<QList<QueueEntry>> listed;
        f.queue.list(nullptr, filter, listed.handler());
        WAIT_VERIFY(listed.ok());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/communications/queue/list?token=TK"
                            "&communication_queue_external_system_identifier=name=SMS%20Gateway"
                            "&contact_information_identifier=number=CI000111&life_cycle_state=COMPLETED_AND_REMOVED"
                            "&number_of_results=10&offset=0"));
        QCOMPARE(listed.value().size(), 1);
    }

    void queuePendingCalls()
    {
        Fixture f;
        f.peer.respondJson("[]");
        Capture<QList<QueueEntry>> pending;
        f.queue.pending(nullptr, {Media::Email, {}}, std::nullopt, 25, pending.handler());
        WAIT_VERIFY(pending.ok());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/communications/queue/get_pending?token=TK"
                            "&media=EMAIL&number=25"));
        Capture<QList<QueueEntry>> completed;
        f.queue.pendingCompleted(nullptr, {std::nullopt, Identifier::byId(QStringLiteral("E1"))},
                                 Identifier::byNumber(QStringLiteral("CI1")), std::nullopt, completed.handler());
        WAIT_VERIFY(completed.ok());
        QCOMPARE(f.last().target,
                 QByteArray("/crmapi/rest/v2/communications/queue/get_pending_completed?token=TK"
                            "&communication_queue_external_system_identifier=id=E1"
                            "&contact_information_identifier=number=CI1"));
    }

    void queueActions()
    {
        Fixture f;
        f.peer.respondJson(R"({"id":"Q1","number":"CQ1","life_cycle_state":"COMPLETED"})");
        const Identifier entry = Identifier::byNumber(QStringLiteral("CQ1"));
        Capture<QueueEntry> completed;
        f.queue.complete(nullptr, entry, completed.handler());
        WAIT_VERIFY(completed.ok());
        QCOMPARE(f.last().target, QByteArray("/crmapi/rest/v2/communications/queue/complete"));
        QCOMPARE(f.last().body, QByteArray(R"({"communication_queue_identifier":{"number":"CQ1"},"token":"TK"})"));

        Capture<QueueEntry> rejected;
        f.queue.reject(nullptr, entry, QStringLiteral("BOUNCED"), QStringLiteral("550 No such user"),
                       rejected.handler());
        WAIT_VERIFY(rejected.ok());
        QCOMPARE(f.last().target, QByteArray("/crmapi/rest/v2/communications/queue/reject"));
        QCOMPARE(f.last().body,
                 QByteArray(R"({"communication_queue_identifier":{"number":"CQ1"},)"
                            R"("error_code":"BOUNCED","error_description":"550 No such user",)"
                            R"("token":"TK"})"));

        Capture<QueueEntry> removed;
        f.queue.remove(nullptr, entry, removed.handler());
        WAIT_VERIFY(removed.ok());
        QCOMPARE(f.last().target, QByteArray("/crmapi/rest/v2/communications/queue/remove"));
    }

    void apiErrorReachesTypedCaller()
    {
        Fixture f;
        f.peer.respondStatus("INVALID_STATE", "Only PENDING entries can be completed");
        Capture<QueueEntry> capture;
        f.queue.complete(nullptr, Identifier::byNumber(QStringLiteral("CQ1")), capture.handler());
        WAIT_VERIFY(capture.done());
        QCOMPARE(capture.error().code(), QStringLiteral("INVALID_STATE"));
        QCOMPARE(capture.error().method(), QStringLiteral("communications/queue/complete"));
    }
};

QTEST_GUILESS_MAIN(TestApiCalls)
#include "tst_apicalls.moc"
