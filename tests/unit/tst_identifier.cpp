#include "Identifier.h"

#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

class TestIdentifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void queryValue_data();
    void queryValue();
    void json();
    void factories();
};

void TestIdentifier::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("number") << QStringLiteral("number=CM000680") << QStringLiteral("number")
                            << QStringLiteral("CM000680");
    QTest::newRow("value with '='") << QStringLiteral("name=a=b") << QStringLiteral("name") << QStringLiteral("a=b");
    QTest::newRow("value with blanks") << QStringLiteral("name=Billing and more") << QStringLiteral("name")
                                       << QStringLiteral("Billing and more");
    QTest::newRow("Greek") << QStringLiteral("name=Ελένη") << QStringLiteral("name") << QStringLiteral("Ελένη");
}

void TestIdentifier::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const std::optional<Identifier> identifier = Identifier::parse(text);
    QVERIFY(identifier);
    QCOMPARE(identifier->field, field);
    QCOMPARE(identifier->value, value);
    QVERIFY(identifier->isValid());
    QCOMPARE(identifier->toString(), text);
}

void TestIdentifier::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no '='") << QStringLiteral("CM000680");
    QTest::newRow("no field") << QStringLiteral("=CM000680");
    QTest::newRow("no value") << QStringLiteral("number=");
    QTest::newRow("only '='") << QStringLiteral("=");
}

void TestIdentifier::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Identifier::parse(text));
}

void TestIdentifier::queryValue_data()
{
    QTest::addColumn<Identifier>("identifier");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << Identifier::byNumber(QStringLiteral("CM000680")) << QByteArray("number=CM000680");
    QTest::newRow("unreserved kept") << Identifier::byName(QStringLiteral("a-b_c.d~e")) << QByteArray("name=a-b_c.d~e");
    QTest::newRow("space") << Identifier::byName(QStringLiteral("Billing Team")) << QByteArray("name=Billing%20Team");
    QTest::newRow("ampersand") << Identifier::byName(QStringLiteral("A&B")) << QByteArray("name=A%26B");
    QTest::newRow("plus") << Identifier::byName(QStringLiteral("1+1")) << QByteArray("name=1%2B1");
    QTest::newRow("inner '=' of the value") << Identifier::byName(QStringLiteral("a=b")) << QByteArray("name=a%3Db");
    QTest::newRow("hash and percent") << Identifier::byName(QStringLiteral("50%#x")) << QByteArray("name=50%25%23x");
    QTest::newRow("Greek and everything") << Identifier(QStringLiteral("name"), QStringLiteral("Ελένη & Co+1=2"))
                                          << QByteArray("name=%CE%95%CE%BB%CE%AD%CE%BD%CE%B7%20%26%20Co%2B1%3D2");
}

void TestIdentifier::queryValue()
{
    QFETCH(Identifier, identifier);
    QFETCH(QByteArray, expected);
    QCOMPARE(identifier.toQueryValue(), expected);
}

void TestIdentifier::json()
{
    const Identifier identifier(QStringLiteral("name"), QStringLiteral("Ελένη & Co"));
    QCOMPARE(QJsonDocument(identifier.toJson()).toJson(QJsonDocument::Compact),
             QStringLiteral(R"({"name":"Ελένη & Co"})").toUtf8());
    QCOMPARE(identifier.toJson().size(), 1);
}

void TestIdentifier::factories()
{
    QCOMPARE(Identifier::byId(QStringLiteral("ABC")), Identifier(QStringLiteral("id"), QStringLiteral("ABC")));
    QCOMPARE(Identifier::byNumber(QStringLiteral("CM1")).field, QStringLiteral("number"));
    QCOMPARE(Identifier::byName(QStringLiteral("Billing")).field, QStringLiteral("name"));
    QVERIFY(!Identifier().isValid());
    QVERIFY(!Identifier(QStringLiteral("id"), QString()).isValid());
}

QTEST_GUILESS_MAIN(TestIdentifier)
#include "tst_identifier.moc"
