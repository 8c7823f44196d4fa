// docs/api-contract.md "Transport", docs/api-contract.md "Identifiers", docs/api-contract.md "Communications" against
// the sandbox: communications/show and communications/list, the communication's JSON on the wire, identifiers,
// fields_set and paging.
#include "CommunicationsApi.h"
#include "SandboxFixture.h"

#include <QSet>

using namespace commdesk;
using namespace SandboxFormats;

class TestSandboxCommunications : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;

    // The members of a communication, literally as docs/api-contract.md "Communications" lists them.
    static QStringList communicationMembers()
    {
        return sorted({QStringLiteral("id"),
                       QStringLiteral("number"),
                       QStringLiteral("life_cycle_state"),
                       QStringLiteral("direction"),
                       QStringLiteral("media"),
                       QStringLiteral("subject"),
                       QStringLiteral("content"),
                       QStringLiteral("to"),
                       QStringLiteral("notes"),
                       QStringLiteral("viewed"),
                       QStringLiteral("viewed_on"),
                       QStringLiteral("contact_information"),
                       QStringLiteral("category"),
                       QStringLiteral("template"),
                       QStringLiteral("communication_queue_external_system"),
                       QStringLiteral("owned_by_group"),
                       QStringLiteral("privacy_level"),
                       QStringLiteral("referring_to"),
                       QStringLiteral("udf_string_1"),
                       QStringLiteral("udf_string_2"),
                       QStringLiteral("udf_string_3"),
                       QStringLiteral("udf_string_4"),
                       QStringLiteral("udf_string_5"),
                       QStringLiteral("udf_string_6"),
                       QStringLiteral("udf_string_7"),
                       QStringLiteral("udf_string_8"),
                       QStringLiteral("udf_float_1"),
                       QStringLiteral("udf_float_2"),
                       QStringLiteral("udf_float_3"),
                       QStringLiteral("udf_float_4"),
                       QStringLiteral("udf_date_1"),
                       QStringLiteral("udf_date_2"),
                       QStringLiteral("udf_date_3"),
                       QStringLiteral("udf_date_4"),
                       QStringLiteral("unrestricted_parameter_set"),
                       QStringLiteral("follow_up_set"),
                       QStringLiteral("log_information")});
    }

    // Every id in a category's list, page by page.
    QStringList pagedNumbers(const QByteArray &filter, int pageSize)
    {
        QStringList numbers;
        for (int offset = 0;; offset += pageSize) {
            const SandboxAnswer page =
                f->get(QStringLiteral("communications/list"),
                       filter + "&fields_set=number&number_of_results=" + QByteArray::number(pageSize)
                           + "&offset=" + QByteArray::number(offset));
            if (page.code() != QStringLiteral("OK"))
                return {page.code()};
            for (const QJsonValue &item : page.array())
                numbers.append(item.toObject().value(QStringLiteral("number")).toString());
            if (page.array().size() < pageSize)
                return numbers;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    void showOnTheWire()
    {
        const SandboxAnswer answer =
            f->get(QStringLiteral("communications/show"), "communication_identifier=number=CM000001");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        const QJsonObject c = answer.object();
        QCOMPARE(sortedKeys(c), communicationMembers());
        QVERIFY(isId(c.value(QStringLiteral("id")).toString()));
        QCOMPARE(c.value(QStringLiteral("number")).toString(), QStringLiteral("CM000001"));
        QVERIFY(QStringList({QStringLiteral("DRAFT"), QStringLiteral("COMPLETED")})
                    .contains(c.value(QStringLiteral("life_cycle_state")).toString()));
        QVERIFY(c.value(QStringLiteral("viewed")).isBool());
        QCOMPARE(c.value(QStringLiteral("follow_up_set")).toArray(), QJsonArray());
        QVERIFY(c.value(QStringLiteral("unrestricted_parameter_set")).isArray());

        const QJsonObject contact = c.value(QStringLiteral("contact_information")).toObject();
        QCOMPARE(sortedKeys(contact),
                 sorted({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("name"),
                         QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
                         QStringLiteral("last_name"), QStringLiteral("company_name"),
                         QStringLiteral("life_cycle_state"), QStringLiteral("demographics")}));
        QVERIFY(isId(contact.value(QStringLiteral("id")).toString()));
        QVERIFY(isNumber(contact.value(QStringLiteral("number")).toString(), "CI"));
        QVERIFY(QStringList({QStringLiteral("PERSON"), QStringLiteral("COMPANY")})
                    .contains(contact.value(QStringLiteral("type")).toString()));

        const QJsonObject log = c.value(QStringLiteral("log_information")).toObject();
        QCOMPARE(sortedKeys(log),
                 sorted({QStringLiteral("created_date"), QStringLiteral("created_by_user"),
                         QStringLiteral("updated_date"), QStringLiteral("updated_by_user")}));
        QVERIFY2(isJavaDate(log.value(QStringLiteral("created_date")).toString()),
                 qPrintable(log.value(QStringLiteral("created_date")).toString()));
        QVERIFY(isJavaDate(log.value(QStringLiteral("updated_date")).toString()));
        QCOMPARE(sortedKeys(log.value(QStringLiteral("created_by_user")).toObject()),
                 sorted({QStringLiteral("id"), QStringLiteral("username")}));
    }

    void embeddedReferences()
    {
        // Across a whole category the embedded objects have exactly their docs/api-contract.md "Communications"
        // members, or are null.
        const SandboxAnswer answer =
            f->get(QStringLiteral("communications/list"), "category_identifier=code=BILL-REM&number_of_results=1000");
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QVERIFY(!answer.array().isEmpty());
        const QList<QPair<QString, QStringList>> shapes {
            {QStringLiteral("category"),
             sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("code")})},
            {QStringLiteral("template"),
             sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code")})},
            {QStringLiteral("communication_queue_external_system"),
             sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code")})},
            {QStringLiteral("owned_by_group"),
             sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code")})},
            {QStringLiteral("privacy_level"),
             sorted({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("name")})},
            {QStringLiteral("referring_to"),
             sorted({QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("number")})},
        };
        QSet<QString> seen;
        for (const QJsonValue &item : answer.array()) {
            const QJsonObject c = item.toObject();
            QCOMPARE(c.value(QStringLiteral("category")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("BILL-REM"));
            for (const auto &[member, keys] : shapes) {
                const QJsonValue value = c.value(member);
                QVERIFY2(value.isNull() || value.isObject(), qPrintable(member));
                if (value.isObject()) {
                    QCOMPARE(sortedKeys(value.toObject()), keys);
                    seen.insert(member);
                }
            }
            const QJsonValue viewedOn = c.value(QStringLiteral("viewed_on"));
            QVERIFY(viewedOn.isNull() || isJavaDate(viewedOn.toString()));
            QCOMPARE(c.value(QStringLiteral("viewed")).toBool(), !viewedOn.isNull());
            for (const QJsonValue &p : c.value(QStringLiteral("unrestricted_parameter_set")).toArray()) {
                const QJsonObject parameter = p.toObject();
                const QString type = parameter.value(QStringLiteral("type")).toString();
                QCOMPARE(sortedKeys(parameter),
                         sorted({QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("name"),
                                 QStringLiteral("type"), type.toLower() + QStringLiteral("_value")}));
                if (type == QStringLiteral("DATE"))
                    QVERIFY(isJavaDate(parameter.value(QStringLiteral("date_value")).toString()));
            }
        }
        QCOMPARE(seen.size(), shapes.size());
    }

    void identifiers_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("number") << QByteArray("communication_identifier=number=CM000002") << QStringLiteral("OK");
        QTest::newRow("encoded separator")
            << QByteArray("communication_identifier=number%3DCM000002") << QStringLiteral("OK");
        QTest::newRow("all encoded") << QByteArray("communication_identifier=number%3D%43M000002")
                                     << QStringLiteral("OK");
        QTest::newRow("unknown field") << QByteArray("communication_identifier=code=CM000002")
                                       << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("no field") << QByteArray("communication_identifier=CM000002")
                                  << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("no value") << QByteArray("communication_identifier=number=")
                                  << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("empty field") << QByteArray("communication_identifier==CM000002")
                                     << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("given twice") << QByteArray(
            "communication_identifier=number=CM000002&communication_identifier=number=CM000003")
                                     << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("names nothing") << QByteArray("communication_identifier=number=CM999999")
                                       << QStringLiteral("NOT_FOUND");
        QTest::newRow("unknown id") << QByteArray("communication_identifier=id=0123456789ABCDEF0123456789ABCDEF")
                                    << QStringLiteral("NOT_FOUND");
        QTest::newRow("absent") << QByteArray("fields_set=number") << QStringLiteral("MISSING_PARAMETER");
        QTest::newRow("unknown fields_set")
            << QByteArray("communication_identifier=number=CM000002&fields_set=number,colour")
            << QStringLiteral("INVALID_PARAMETER");
    }

    void identifiers()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, code);
        const SandboxAnswer answer = f->get(QStringLiteral("communications/show"), query);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.code(), code);
        if (code == QStringLiteral("OK")) {
            QCOMPARE(answer.object().value(QStringLiteral("number")).toString(), QStringLiteral("CM000002"));
        } else {
            QVERIFY(answer.data().isNull());
            const QString named = code == QStringLiteral("INVALID_PARAMETER") && query.contains("fields_set")
                ? QStringLiteral("fields_set")
                : QStringLiteral("communication_identifier");
            QVERIFY2(answer.message().contains(named), qPrintable(answer.message()));
        }
    }

    void showById()
    {
        const QString id = f->get(QStringLiteral("communications/show"), "communication_identifier=number=CM000003")
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        Capture<Communication> shown;
        CommunicationsApi(&f->session).show(nullptr, Identifier::byId(id), {}, shown.handler());
        QVERIFY(SandboxFixture::wait(shown));
        QVERIFY2(shown.ok(), qPrintable(shown.ok() ? QString() : SandboxFixture::describe(shown.error())));
        QCOMPARE(shown.value().number, QStringLiteral("CM000003"));
        QCOMPARE(shown.value().id, id);
        QVERIFY(shown.value().contact.has_value());
        QVERIFY(shown.value().logInformation.has_value());
    }

    void fieldsSet()
    {
        const SandboxAnswer answer =
            f->get(QStringLiteral("communications/show"),
                   "communication_identifier=number=CM000004&fields_set=subject,%20media,log_information");
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QCOMPARE(sortedKeys(answer.object()),
                 sorted({QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("media"),
                         QStringLiteral("log_information")}));
        Capture<QList<Communication>> listed;
        CommunicationsApi::ListFilter filter;
        filter.category = Identifier(QStringLiteral("code"), QStringLiteral("CS-ENQ"));
        filter.fieldsSet = {QStringLiteral("number"), QStringLiteral("viewed")};
        CommunicationsApi(&f->session).list(nullptr, filter, listed.handler());
        QVERIFY(SandboxFixture::wait(listed));
        QVERIFY(listed.ok());
        QVERIFY(!listed.value().isEmpty());
        for (const Communication &c : listed.value()) {
            QVERIFY(isId(c.id));
            QVERIFY(!c.number.isEmpty());
            QVERIFY(c.viewed.has_value());
            QVERIFY(c.subject.isEmpty());
            QVERIFY(!c.contact.has_value());
        }
    }

    void listExactlyOneOfContactAndCategory()
    {
        const SandboxAnswer both =
            f->get(QStringLiteral("communications/list"),
                   "category_identifier=code=BILL&contact_information_identifier=number=CI000001");
        QCOMPARE(both.code(), QStringLiteral("INVALID_PARAMETER"));
        const SandboxAnswer neither = f->get(QStringLiteral("communications/list"), "media=EMAIL");
        QCOMPARE(neither.code(), QStringLiteral("MISSING_PARAMETER"));
        QVERIFY(neither.message().contains(QStringLiteral("category_identifier")));
        const SandboxAnswer unknown = f->get(QStringLiteral("communications/list"), "category_identifier=name=Nothing");
        QCOMPARE(unknown.code(), QStringLiteral("NOT_FOUND"));
    }

    void listFilters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("direction") << QByteArray("direction=INCOMING") << QStringLiteral("OK");
        QTest::newRow("media") << QByteArray("media=SMS") << QStringLiteral("OK");
        QTest::newRow("media lower case") << QByteArray("media=email") << QStringLiteral("OK");
        QTest::newRow("F2F") << QByteArray("media=F2F") << QStringLiteral("OK");
        QTest::newRow("bad media") << QByteArray("media=PIGEON") << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("bad direction") << QByteArray("direction=SIDEWAYS") << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("bad page size") << QByteArray("number_of_results=ten") << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("zero page size") << QByteArray("number_of_results=0") << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("negative offset") << QByteArray("offset=-1") << QStringLiteral("INVALID_PARAMETER");
    }

    void listFilters()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, code);
        const SandboxAnswer answer =
            f->get(QStringLiteral("communications/list"), "contact_information_identifier=number=CI000007&" + query);
        QCOMPARE(answer.code(), code);
        if (code != QStringLiteral("OK"))
            return;
        const QByteArray value = query.mid(query.indexOf('=') + 1).toUpper();
        const QString member = QString::fromLatin1(query.left(query.indexOf('=')));
        const QString expected = value == "F2F" ? QStringLiteral("FACE_TO_FACE") : QString::fromLatin1(value);
        for (const QJsonValue &item : answer.array()) {
            const QJsonObject c = item.toObject();
            QCOMPARE(c.value(member).toString(), expected);
            QCOMPARE(
                c.value(QStringLiteral("contact_information")).toObject().value(QStringLiteral("number")).toString(),
                QStringLiteral("CI000007"));
        }
    }

    void listNewestFirstAndDefaultPage()
    {
        // With no number_of_results the page holds 50 (SandboxRules.h); the demo data has more.
        const SandboxAnswer answer = f->get(QStringLiteral("communications/list"),
                                            "category_identifier=code=BILL-INV&fields_set=number,log_information");
        const SandboxAnswer all = f->get(QStringLiteral("communications/list"),
                                         "category_identifier=code=BILL-INV&fields_set=number&number_of_results=1000");
        QCOMPARE(answer.array().size(), std::min<qsizetype>(50, all.array().size()));
        QDateTime previous;
        QString previousNumber;
        for (const QJsonValue &item : answer.array()) {
            const QString created = item.toObject()
                                        .value(QStringLiteral("log_information"))
                                        .toObject()
                                        .value(QStringLiteral("created_date"))
                                        .toString();
            const auto date = ApiDate::parse(created);
            QVERIFY(date);
            if (previous.isValid())
                QVERIFY2(date->toUtc() <= previous, qPrintable(created));
            previous = date->toUtc();
        }
    }

    void pagesConcatenate()
    {
        const QStringList whole = pagedNumbers("category_identifier=code=CS-CMP", 1000);
        QVERIFY(whole.size() > 7);
        for (int pageSize : {1, 3, 7}) {
            const QStringList paged = pagedNumbers("category_identifier=code=CS-CMP", pageSize);
            QCOMPARE(paged, whole);
        }
        const QSet<QString> distinct(whole.cbegin(), whole.cend());
        QCOMPARE(distinct.size(), whole.size());
        // Past the end: an empty page.
        const SandboxAnswer beyond =
            f->get(QStringLiteral("communications/list"), "category_identifier=code=CS-CMP&offset=100000");
        QCOMPARE(beyond.code(), QStringLiteral("OK"));
        QCOMPARE(beyond.array(), QJsonArray());
    }

    void pagesThroughTheClient()
    {
        CommunicationsApi api(&f->session);
        QStringList numbers;
        for (int offset = 0;; offset += 4) {
            CommunicationsApi::ListFilter filter;
            filter.contact = Identifier::byNumber(QStringLiteral("CI000011"));
            filter.paging = {4, offset};
            Capture<QList<Communication>> page;
            api.list(nullptr, filter, page.handler());
            QVERIFY(SandboxFixture::wait(page));
            QVERIFY(page.ok());
            for (const Communication &c : page.value())
                numbers.append(c.number);
            if (page.value().size() < 4)
                break;
        }
        QCOMPARE(numbers, pagedNumbers("contact_information_identifier=number=CI000011", 1000));
    }

    void pageSizeIsCapped()
    {
        // 5,000 communications give well over 1,000 EMAIL queue entries: a page stops at 1,000.
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 5000;
        SandboxFixture big(config);
        QVERIFY(big.start());
        const SandboxAnswer first = big.get(QStringLiteral("communications/queue/list"),
                                            "media=EMAIL&fields_set=number&number_of_results=100000");
        QCOMPARE(first.code(), QStringLiteral("OK"));
        QCOMPARE(first.array().size(), 1000);
        const SandboxAnswer rest = big.get(QStringLiteral("communications/queue/list"),
                                           "media=EMAIL&fields_set=number&number_of_results=1000&offset=1000");
        QVERIFY(!rest.array().isEmpty());
        QVERIFY(rest.array().first() != first.array().last());
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommunications)
#include "tst_sandboxcommunications.moc"
