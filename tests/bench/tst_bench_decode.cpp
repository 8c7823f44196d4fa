// How long the client takes to turn a large list answer into domain values: the envelope parse
// (done on a worker for big bodies) and the mapping (done where the answer is consumed).
#include "ApiClient.h"
#include "Communication.h"
#include "Decode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace commdesk;

namespace {

QByteArray communicationsAnswer(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        items.append(QJsonObject {
            {QStringLiteral("id"), QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0')).toUpper()},
            {QStringLiteral("number"), QStringLiteral("CM%1").arg(i, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("life_cycle_state"), QStringLiteral("COMPLETED")},
            {QStringLiteral("direction"), QStringLiteral("OUTGOING")},
            {QStringLiteral("media"), QStringLiteral("EMAIL")},
            {QStringLiteral("subject"), QStringLiteral("Your invoice for May is ready")},
            {QStringLiteral("content"), QString(600, QLatin1Char('x'))},
            {QStringLiteral("to"), QStringLiteral("eleni.georgiou@example.com")},
            {QStringLiteral("viewed"), i % 3 == 0},
            {QStringLiteral("contact_information"),
             QJsonObject {{QStringLiteral("id"), QStringLiteral("C%1").arg(i)},
                          {QStringLiteral("number"), QStringLiteral("CI%1").arg(i)},
                          {QStringLiteral("type"), QStringLiteral("PERSON")},
                          {QStringLiteral("name"), QStringLiteral("Eleni Georgiou")}}},
            {QStringLiteral("category"),
             QJsonObject {{QStringLiteral("id"), QStringLiteral("K1")},
                          {QStringLiteral("name"), QStringLiteral("Billing")},
                          {QStringLiteral("code"), QStringLiteral("BIL")}}},
            {QStringLiteral("log_information"),
             QJsonObject {{QStringLiteral("created_date"), QStringLiteral("Mon May 22 12:42:03 EEST 2017")},
                          {QStringLiteral("updated_date"), QStringLiteral("Tue May 23 08:00:00 EEST 2017")}}},
        });
    }
    const QJsonObject envelope {
        {QStringLiteral("status"), QJsonObject {{QStringLiteral("code"), QStringLiteral("OK")}}},
        {QStringLiteral("data"), items}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace

class BenchDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeEnvelope_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("50") << 50;
        QTest::newRow("1000") << 1000;
        QTest::newRow("5000") << 5000;
    }
    void decodeEnvelope()
    {
        QFETCH(int, count);
        const QByteArray body = communicationsAnswer(count);
        QBENCHMARK
        {
            const auto result = ApiClient::decodeEnvelope(body, 200);
            QVERIFY(result.ok());
        }
    }

    void mapCommunications_data() { decodeEnvelope_data(); }
    void mapCommunications()
    {
        QFETCH(int, count);
        const QJsonValue data = ApiClient::decodeEnvelope(communicationsAnswer(count), 200).value();
        QBENCHMARK
        {
            const auto list = decodeList<Communication>(data);
            QCOMPARE(list.value().size(), count);
        }
    }
};

QTEST_GUILESS_MAIN(BenchDecode)
#include "tst_bench_decode.moc"
