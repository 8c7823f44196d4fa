// A list as a file (models/CommunicationExport): CSV a spreadsheet reads as intended (quoted where
// needed, formulas defused, UTF-8 with or without a byte-order mark, CRLF lines), and JSON under the
// wire's names.
#include "CommunicationExport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace commdesk;

namespace {

CommunicationRow row(const QString &subject)
{
    return CommunicationRow::fromJson(QJsonObject {
        {QStringLiteral("id"), QStringLiteral("A1")},
        {QStringLiteral("number"), QStringLiteral("CM000001")},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("life_cycle_state"), QStringLiteral("COMPLETED")},
        {QStringLiteral("direction"), QStringLiteral("INCOMING")},
        {QStringLiteral("media"), QStringLiteral("EMAIL")},
        {QStringLiteral("viewed"), false},
        {QStringLiteral("contact_information"),
         QJsonObject {{QStringLiteral("name"), QStringLiteral("Ηλίας Παπαδόπουλος")},
                      {QStringLiteral("number"), QStringLiteral("CI000271")}}},
        {QStringLiteral("category"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Billing")}}},
        {QStringLiteral("log_information"),
         QJsonObject {{QStringLiteral("created_date"), QStringLiteral("2026-11-20T10:00:00Z")}}},
    });
}

} // namespace

class TestCommunicationExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvFieldsAreQuotedAndFormulasDefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("Invoice") << QStringLiteral("Invoice");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+357 99 123456") << QStringLiteral("'+357 99 123456");
        QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvFieldsAreQuotedAndFormulasDefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CommunicationExport::csvField(text), field);
    }

    void csvDocument()
    {
        const QList<CommunicationRow> rows {row(QStringLiteral("Invoice, overdue")), row(QStringLiteral("=1+1"))};
        CommunicationExport::Options options;
        options.byteOrderMark = true;
        const QByteArray bytes = CommunicationExport::document(rows, options);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0),
                 QStringLiteral("number,created_date,life_cycle_state,direction,media,subject,"
                                "contact_name,contact_number,category,viewed,id"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("CM000001,2026-11-20T10:00:00Z,COMPLETED,INCOMING,EMAIL,"
                                "\"Invoice, overdue\",Ηλίας Παπαδόπουλος,CI000271,Billing,false,A1"));
        QVERIFY(lines.at(2).contains(QStringLiteral(",'=1+1,")));
        QVERIFY(lines.at(3).isEmpty());
        options.byteOrderMark = false;
        QVERIFY(CommunicationExport::document(rows, options).startsWith("number,"));
    }

    void jsonDocument()
    {
        CommunicationExport::Options options;
        options.format = CommunicationExport::Format::Json;
        const QJsonDocument document =
            QJsonDocument::fromJson(CommunicationExport::document({row(QStringLiteral("Invoice"))}, options));
        QVERIFY(document.isArray());
        const QJsonObject first = document.array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("number")).toString(), QStringLiteral("CM000001"));
        QCOMPARE(first.value(QStringLiteral("contact_information")).toObject().value(QStringLiteral("number")),
                 QStringLiteral("CI000271"));
    }

    void aRefusedWriteSaysWhy()
    {
        QBuffer closed; // never opened: every write fails
        QString error;
        QVERIFY(!CommunicationExport::write(&closed, {row(QStringLiteral("x"))}, {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommunicationExport)
#include "tst_communicationexport.moc"
