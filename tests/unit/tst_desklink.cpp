// commdesk:// links (workspace/DeskLink): the three kinds read back as written, a bare value is a
// number, field=value names the field, and anything else is no link.
#include "DeskLink.h"

#include <QTest>

using namespace commdesk;

class TestDeskLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("communication") << QStringLiteral("commdesk://communication/CM004902")
                                       << int(DeskLink::Kind::Communication) << QStringLiteral("number")
                                       << QStringLiteral("CM004902");
        QTest::newRow("communication by id")
            << QStringLiteral("commdesk://communication/id=0A1B2C") << int(DeskLink::Kind::Communication)
            << QStringLiteral("id") << QStringLiteral("0A1B2C");
        QTest::newRow("contact") << QStringLiteral("commdesk://contact/number=CI000271") << int(DeskLink::Kind::Contact)
                                 << QStringLiteral("number") << QStringLiteral("CI000271");
        QTest::newRow("contact by e-mail")
            << QStringLiteral("commdesk://contact/email=maria%40example.com") << int(DeskLink::Kind::Contact)
            << QStringLiteral("email") << QStringLiteral("maria@example.com");
        QTest::newRow("queue") << QStringLiteral("commdesk://queue/CQ002393") << int(DeskLink::Kind::QueueEntry)
                               << QStringLiteral("number") << QStringLiteral("CQ002393");
        QTest::newRow("any case, trailing slash")
            << QStringLiteral(" COMMDESK://Queue/CQ002393/ ") << int(DeskLink::Kind::QueueEntry)
            << QStringLiteral("number") << QStringLiteral("CQ002393");
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const std::optional<DeskLink> link = DeskLink::parse(text);
        QVERIFY(link);
        QCOMPARE(int(link->kind), kind);
        QCOMPARE(link->target.field, field);
        QCOMPARE(link->target.value, value);
        QCOMPARE(DeskLink::parse(link->toString()), link); // written and read back alike
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("other scheme") << QStringLiteral("https://communication/CM004902");
        QTest::newRow("unknown kind") << QStringLiteral("commdesk://invoice/IN0001");
        QTest::newRow("no target") << QStringLiteral("commdesk://communication/");
        QTest::newRow("two targets") << QStringLiteral("commdesk://communication/CM1/CM2");
        QTest::newRow("empty field") << QStringLiteral("commdesk://contact/=CI000271");
        QTest::newRow("not a url") << QStringLiteral("--server");
    }

    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!DeskLink::parse(text));
    }

    void writesWhatPeopleRead()
    {
        QCOMPARE(DeskLink::communication(QStringLiteral("CM004902")).toString(),
                 QStringLiteral("commdesk://communication/CM004902"));
        QCOMPARE(DeskLink::queueEntry(QStringLiteral("CQ002393")).toString(),
                 QStringLiteral("commdesk://queue/CQ002393"));
        QCOMPARE((DeskLink {DeskLink::Kind::Contact, Identifier::byNumber(QStringLiteral("CI000271"))}.toString()),
                 QStringLiteral("commdesk://contact/number=CI000271"));
        QCOMPARE(DeskLink::fromArguments({QStringLiteral("commdesk"), QStringLiteral("--server"),
                                          QStringLiteral("https://crm.example.com"),
                                          QStringLiteral("commdesk://queue/CQ1")}),
                 QList<DeskLink> {DeskLink::queueEntry(QStringLiteral("CQ1"))});
    }
};

QTEST_GUILESS_MAIN(TestDeskLink)
#include "tst_desklink.moc"
