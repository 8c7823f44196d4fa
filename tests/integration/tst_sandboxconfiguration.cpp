// docs/api-contract.md "Identifiers", docs/api-contract.md "Configuration look-ups" against the sandbox: categories,
// templates, external systems and contact_information/show, through the real client and on the wire.
#include "ConfigurationApi.h"
#include "SandboxFixture.h"

#include <QSet>

using namespace commdesk;
using namespace SandboxFormats;

class TestSandboxConfiguration : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    void categoriesFormATree()
    {
        const SandboxAnswer answer = f->get(QStringLiteral("communications/configuration/categories/list"));
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QVERIFY(answer.data().isArray());
        const QJsonArray categories = answer.array();
        QVERIFY(categories.size() >= 12);
        QSet<QString> ids;
        for (const QJsonValue &item : categories)
            ids.insert(item.toObject().value(QStringLiteral("id")).toString());
        int roots = 0;
        for (const QJsonValue &item : categories) {
            const QJsonObject category = item.toObject();
            QCOMPARE(sortedKeys(category),
                     sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("code"),
                             QStringLiteral("description"), QStringLiteral("parent_id")}));
            QVERIFY(isId(category.value(QStringLiteral("id")).toString()));
            const QJsonValue parent = category.value(QStringLiteral("parent_id"));
            if (parent.isNull())
                ++roots;
            else
                QVERIFY(ids.contains(parent.toString()));
        }
        QVERIFY(roots >= 3);
        QVERIFY(roots < categories.size());

        Capture<QList<Category>> listed;
        ConfigurationApi(&f->session).categories(nullptr, listed.handler(), {QStringLiteral("name")});
        QVERIFY(SandboxFixture::wait(listed));
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), categories.size());
        for (const Category &category : listed.value()) {
            QVERIFY(!category.id.isEmpty());
            QVERIFY(!category.name.isEmpty());
            QVERIFY(category.code.isEmpty()); // not asked for
        }
        QCOMPARE(f->get(QStringLiteral("communications/configuration/categories/list"), "fields_set=name,size").code(),
                 QStringLiteral("INVALID_PARAMETER"));
    }

    void templates()
    {
        const SandboxAnswer all = f->get(QStringLiteral("communications/configuration/templates/list"));
        QCOMPARE(all.code(), QStringLiteral("OK"));
        QVERIFY(all.array().size() >= 9);
        bool placeholders = false;
        for (const QJsonValue &item : all.array()) {
            const QJsonObject t = item.toObject();
            QCOMPARE(sortedKeys(t),
                     sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code"),
                             QStringLiteral("description"), QStringLiteral("direction"), QStringLiteral("media"),
                             QStringLiteral("category"), QStringLiteral("subject"), QStringLiteral("content")}));
            QVERIFY(t.value(QStringLiteral("category")).isNull()
                    || sortedKeys(t.value(QStringLiteral("category")).toObject())
                        == sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("code")}));
            // The retired template is not effective, so it is not listed.
            QVERIFY(t.value(QStringLiteral("alternative_code")).toString() != QStringLiteral("TPL-RENEW-2019"));
            placeholders = placeholders
                || t.value(QStringLiteral("content")).toString().contains(QStringLiteral("{{first_name}}"));
        }
        QVERIFY(placeholders);

        ConfigurationApi::TemplateFilter filter;
        filter.media = Media::Sms;
        filter.direction = Direction::Outgoing;
        Capture<QList<Template>> sms;
        ConfigurationApi(&f->session).templates(nullptr, filter, sms.handler());
        QVERIFY(SandboxFixture::wait(sms));
        QVERIFY(sms.ok());
        QVERIFY(sms.value().size() >= 2);
        for (const Template &t : sms.value()) {
            QCOMPARE(t.media, Media::Sms);
            QCOMPARE(t.direction, Direction::Outgoing);
        }

        const SandboxAnswer byCategory = f->get(QStringLiteral("communications/configuration/templates/list"),
                                                "category_identifier=name=Payment%20Reminders");
        QCOMPARE(byCategory.code(), QStringLiteral("OK"));
        QCOMPARE(byCategory.array().size(), 3);
        for (const QJsonValue &item : byCategory.array())
            QCOMPARE(
                item.toObject().value(QStringLiteral("category")).toObject().value(QStringLiteral("code")).toString(),
                QStringLiteral("BILL-REM"));

        filter = {};
        filter.externalSystem = Identifier(QStringLiteral("alternative_code"), QStringLiteral("SMSGW"));
        filter.fieldsSet = {QStringLiteral("name"), QStringLiteral("media")};
        Capture<QList<Template>> gateway;
        ConfigurationApi(&f->session).templates(nullptr, filter, gateway.handler());
        QVERIFY(SandboxFixture::wait(gateway));
        QVERIFY(gateway.ok());
        QVERIFY(!gateway.value().isEmpty());
        for (const Template &t : gateway.value())
            QCOMPARE(t.media, Media::Sms);

        QCOMPARE(f->get(QStringLiteral("communications/configuration/templates/list"), "media=CARRIER_PIGEON").code(),
                 QStringLiteral("INVALID_PARAMETER"));
        QCOMPARE(f->get(QStringLiteral("communications/configuration/templates/list"), "category_identifier=code=NOPE")
                     .code(),
                 QStringLiteral("NOT_FOUND"));
        QCOMPARE(f->get(QStringLiteral("communications/configuration/templates/list"),
                        "communication_queue_external_system_identifier=number=1")
                     .code(),
                 QStringLiteral("INVALID_PARAMETER"));
    }

    void externalSystems()
    {
        const SandboxAnswer answer = f->get(QStringLiteral("communications/configuration/external_systems/list"));
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        QCOMPARE(answer.array().size(), 3);
        for (const QJsonValue &item : answer.array())
            QCOMPARE(sortedKeys(item.toObject()),
                     sorted({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code"),
                             QStringLiteral("description"), QStringLiteral("character_limit")}));
        Capture<QList<ExternalSystem>> systems;
        ConfigurationApi(&f->session).externalSystems(nullptr, systems.handler());
        QVERIFY(SandboxFixture::wait(systems));
        QVERIFY(systems.ok());
        QStringList codes;
        for (const ExternalSystem &system : systems.value())
            codes.append(system.alternativeCode);
        QCOMPARE(codes, QStringList({QStringLiteral("SMSGW"), QStringLiteral("MAILRELAY"), QStringLiteral("PORTAL")}));
        QCOMPARE(systems.value().at(0).characterLimit, std::optional<int>(160));
        QVERIFY(!systems.value().at(1).characterLimit.has_value());
    }

    void contactOnTheWire()
    {
        const SandboxAnswer answer =
            f->get(QStringLiteral("contact_information/show"), "contact_information_identifier=number=CI000001");
        QCOMPARE(answer.code(), QStringLiteral("OK"));
        const QJsonObject contact = answer.object();
        QCOMPARE(
            sortedKeys(contact),
            sorted({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("name"),
                    QStringLiteral("title"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
                    QStringLiteral("last_name"), QStringLiteral("company_name"), QStringLiteral("life_cycle_state"),
                    QStringLiteral("demographics"), QStringLiteral("phone_set"), QStringLiteral("email_set")}));
        const QJsonArray phones = contact.value(QStringLiteral("phone_set")).toArray();
        const QJsonArray emails = contact.value(QStringLiteral("email_set")).toArray();
        QVERIFY(!phones.isEmpty());
        QVERIFY(!emails.isEmpty());
        int primaryPhones = 0;
        for (const QJsonValue &item : phones) {
            const QJsonObject phone = item.toObject();
            QCOMPARE(sortedKeys(phone),
                     sorted({QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("is_primary")}));
            QVERIFY(phone.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("+357")));
            QVERIFY(QStringList({QStringLiteral("LANDLINE"), QStringLiteral("MOBILE"), QStringLiteral("FAX")})
                        .contains(phone.value(QStringLiteral("type")).toString()));
            primaryPhones += phone.value(QStringLiteral("is_primary")).toBool() ? 1 : 0;
        }
        QCOMPARE(primaryPhones, 1);
        for (const QJsonValue &item : emails) {
            const QJsonObject email = item.toObject();
            QCOMPARE(sortedKeys(email),
                     sorted({QStringLiteral("email_address"), QStringLiteral("type"), QStringLiteral("is_primary")}));
            QVERIFY(email.value(QStringLiteral("email_address")).toString().contains(u'@'));
            QVERIFY(QStringList({QStringLiteral("PERSONAL"), QStringLiteral("BUSINESS")})
                        .contains(email.value(QStringLiteral("type")).toString()));
        }
        const QJsonObject demographics = contact.value(QStringLiteral("demographics")).toObject();
        if (contact.value(QStringLiteral("type")).toString() == QStringLiteral("PERSON")) {
            const QJsonObject birth = demographics.value(QStringLiteral("date_of_birth")).toObject();
            QCOMPARE(sortedKeys(birth),
                     sorted({QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("year")}));
        }
    }

    void contactThroughTheClient()
    {
        // Persons and companies both, across the demo contacts.
        int persons = 0;
        int companies = 0;
        for (int i = 1; i <= 40; ++i) {
            Capture<Contact> shown;
            const QString number = QStringLiteral("CI%1").arg(i, 6, 10, QLatin1Char('0'));
            ConfigurationApi(&f->session).contact(nullptr, Identifier::byNumber(number), shown.handler());
            QVERIFY(SandboxFixture::wait(shown));
            QVERIFY2(shown.ok(), qPrintable(shown.ok() ? QString() : SandboxFixture::describe(shown.error())));
            const Contact &c = shown.value();
            QCOMPARE(c.number, number);
            QVERIFY(!c.displayName().isEmpty());
            QVERIFY(!c.primaryEmail().isEmpty());
            if (c.type == ContactType::Person) {
                ++persons;
                QVERIFY(!c.primaryMobile().isEmpty());
                QVERIFY(!c.firstName.isEmpty());
            } else {
                ++companies;
                QCOMPARE(c.companyName, c.name);
            }
        }
        QVERIFY(persons > 0);
        QVERIFY(companies > 0);
    }

    void contactIdentifiers_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("number") << QByteArray("contact_information_identifier=number=CI000500") << QStringLiteral("OK");
        QTest::newRow("past the last") << QByteArray("contact_information_identifier=number=CI000501")
                                       << QStringLiteral("NOT_FOUND");
        QTest::newRow("field not accepted")
            << QByteArray("contact_information_identifier=name=Someone") << QStringLiteral("INVALID_PARAMETER");
        QTest::newRow("absent") << QByteArray() << QStringLiteral("MISSING_PARAMETER");
        QTest::newRow("fields_set") << QByteArray("contact_information_identifier=number=CI000002&fields_set=phone_set")
                                    << QStringLiteral("OK");
    }

    void contactIdentifiers()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, code);
        const SandboxAnswer answer = f->get(QStringLiteral("contact_information/show"), query);
        QCOMPARE(answer.code(), code);
        if (code != QStringLiteral("OK"))
            QVERIFY(answer.message().contains(QStringLiteral("contact_information_identifier")));
        if (query.contains("fields_set"))
            QCOMPARE(sortedKeys(answer.object()), sorted({QStringLiteral("id"), QStringLiteral("phone_set")}));
    }

    void contactByEveryField()
    {
        // Each field docs/api-contract.md "Identifiers" lists names the contact; the demo data derives identity numbers
        // from the contact number (docs/sandbox.md): persons have an id_number and social security number, or a
        // passport number; companies a registration and a VAT number.
        const auto resolve = [this](const QByteArray &field, const QString &value) {
            return f->get(QStringLiteral("contact_information/show"),
                          "contact_information_identifier=" + field + "=" + QUrl::toPercentEncoding(value)
                              + "&fields_set=number");
        };
        int persons = 0;
        int companies = 0;
        for (int i = 1; i <= 30; ++i) {
            const QString number = QStringLiteral("CI%1").arg(i, 6, 10, QLatin1Char('0'));
            const QJsonObject contact = resolve("number", number).object();
            const QString id = contact.value(QStringLiteral("id")).toString();
            QVERIFY(isId(id));
            QCOMPARE(resolve("id", id).object().value(QStringLiteral("number")).toString(), number);
            const QString type = f->get(QStringLiteral("contact_information/show"),
                                        "contact_information_identifier=id=" + id.toLatin1() + "&fields_set=type")
                                     .object()
                                     .value(QStringLiteral("type"))
                                     .toString();
            if (type == QStringLiteral("COMPANY")) {
                ++companies;
                QCOMPARE(resolve("registration_number", QStringLiteral("HE%1").arg(300000 + i))
                             .object()
                             .value(QStringLiteral("id"))
                             .toString(),
                         id);
                QCOMPARE(resolve("vat_registration_number",
                                 QStringLiteral("CY%1%2").arg(10000000 + i).arg(QChar(u'A' + i % 26)))
                             .object()
                             .value(QStringLiteral("id"))
                             .toString(),
                         id);
                QCOMPARE(resolve("id_number", QString::number(800000 + i)).code(), QStringLiteral("NOT_FOUND"));
                continue;
            }
            ++persons;
            const SandboxAnswer byIdNumber = resolve("id_number", QString::number(800000 + i));
            const SandboxAnswer byPassport = resolve("passport_number", QStringLiteral("K%1").arg(20000000 + i));
            QVERIFY((byIdNumber.code() == QStringLiteral("OK")) != (byPassport.code() == QStringLiteral("OK")));
            const SandboxAnswer found = byIdNumber.code() == QStringLiteral("OK") ? byIdNumber : byPassport;
            QCOMPARE(found.object().value(QStringLiteral("id")).toString(), id);
            if (byIdNumber.code() == QStringLiteral("OK")) {
                QCOMPARE(resolve("social_security_number", QString::number(1000000 + i))
                             .object()
                             .value(QStringLiteral("id"))
                             .toString(),
                         id);
            } else {
                QCOMPARE(byIdNumber.code(), QStringLiteral("NOT_FOUND"));
            }
        }
        QVERIFY(persons > 0);
        QVERIFY(companies > 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConfiguration)
#include "tst_sandboxconfiguration.moc"
