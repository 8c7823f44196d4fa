// The sandbox's demo data: deterministic for a seed, the size and variety the issue asks for,
// quick to seed, and kept on disk between runs unless reset.
#include "SandboxCommandLine.h"
#include "SandboxFixture.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace commdesk;
using namespace SandboxFormats;

class TestSandboxSeeding : public QObject
{
    Q_OBJECT

private:
    static SandboxConfig config(quint32 seed, int communications = 300)
    {
        SandboxConfig c = SandboxConfig::forTests();
        c.seed = seed;
        c.communications = communications;
        return c;
    }

    // Everything a client can read of the demo data, as one JSON document per call.
    static QList<QByteArray> snapshot(SandboxFixture &f)
    {
        QList<QByteArray> documents;
        const auto keep = [&documents](const SandboxAnswer &answer) {
            documents.append(QJsonDocument(answer.envelope()).toJson(QJsonDocument::Compact));
        };
        keep(f.get(QStringLiteral("communications/configuration/categories/list")));
        keep(f.get(QStringLiteral("communications/configuration/templates/list")));
        keep(f.get(QStringLiteral("communications/configuration/external_systems/list")));
        for (int i = 1; i <= 500; i += 37)
            keep(f.get(QStringLiteral("contact_information/show"),
                       "contact_information_identifier=number=CI" + QByteArray::number(i).rightJustified(6, '0')));
        for (const QJsonValue &category : f.get(QStringLiteral("communications/configuration/categories/list")).array())
            keep(f.get(QStringLiteral("communications/list"),
                       "number_of_results=1000&category_identifier=id="
                           + category.toObject().value(QStringLiteral("id")).toString().toLatin1()));
        for (const QByteArray media : {"EMAIL", "SMS", "LETTER"})
            keep(f.get(QStringLiteral("communications/queue/list"), "number_of_results=1000&media=" + media));
        return documents;
    }

private Q_SLOTS:
    void sameSeedSameData()
    {
        // A hundred communications show the seed at work as well as thousands would.
        SandboxFixture first(config(42, 100));
        SandboxFixture second(config(42, 100));
        SandboxFixture other(config(43, 100));
        QVERIFY(first.start());
        QVERIFY(second.start());
        QVERIFY(other.start());
        const QList<QByteArray> a = snapshot(first);
        const QList<QByteArray> b = snapshot(second);
        const QList<QByteArray> c = snapshot(other);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY2(a.at(i) == b.at(i), qPrintable(QStringLiteral("document %1 differs").arg(i)));
        int differing = 0;
        for (qsizetype i = 0; i < a.size() && i < c.size(); ++i)
            differing += a.at(i) != c.at(i) ? 1 : 0;
        QVERIFY(differing > a.size() / 2);
        QVERIFY(a.join().contains("\"code\":\"OK\""));
    }

    void variety()
    {
        SandboxFixture f(config(7, 1000));
        QVERIFY(f.start());
        QCOMPARE(f.sandbox.seedReport().communications, 1000);
        QCOMPARE(
            f.get(QStringLiteral("contact_information/show"), "contact_information_identifier=number=CI000500").code(),
            QStringLiteral("OK"));
        QCOMPARE(
            f.get(QStringLiteral("contact_information/show"), "contact_information_identifier=number=CI000501").code(),
            QStringLiteral("NOT_FOUND"));
        QCOMPARE(f.get(QStringLiteral("communications/show"), "communication_identifier=number=CM001000").code(),
                 QStringLiteral("OK"));
        QCOMPARE(f.get(QStringLiteral("communications/show"), "communication_identifier=number=CM001001").code(),
                 QStringLiteral("NOT_FOUND"));

        QSet<QString> media, directions, states, contacts, years;
        bool greek = false;
        bool templated = false;
        bool parameters = false;
        int total = 0;
        for (const QJsonValue &category :
             f.get(QStringLiteral("communications/configuration/categories/list")).array()) {
            const QJsonArray list = f.get(QStringLiteral("communications/list"),
                                          "number_of_results=1000&category_identifier=id="
                                              + category.toObject().value(QStringLiteral("id")).toString().toLatin1())
                                        .array();
            for (const QJsonValue &item : list) {
                const QJsonObject c = item.toObject();
                ++total;
                media.insert(c.value(QStringLiteral("media")).toString());
                directions.insert(c.value(QStringLiteral("direction")).toString());
                states.insert(c.value(QStringLiteral("life_cycle_state")).toString());
                const QJsonObject contact = c.value(QStringLiteral("contact_information")).toObject();
                contacts.insert(contact.value(QStringLiteral("number")).toString());
                const QString created = c.value(QStringLiteral("log_information"))
                                            .toObject()
                                            .value(QStringLiteral("created_date"))
                                            .toString();
                years.insert(created.right(4));
                greek = greek
                    || contact.value(QStringLiteral("name"))
                           .toString()
                           .contains(QRegularExpression(QStringLiteral("[α-ωΑ-Ω]")));
                templated = templated || !c.value(QStringLiteral("template")).isNull();
                parameters = parameters || !c.value(QStringLiteral("unrestricted_parameter_set")).toArray().isEmpty();
                if (c.value(QStringLiteral("media")).toString() == QStringLiteral("EMAIL"))
                    QVERIFY(!c.value(QStringLiteral("to")).toString().isEmpty());
            }
        }
        QCOMPARE(total, 1000); // every demo communication has a category
        QCOMPARE(media,
                 QSet<QString>({QStringLiteral("EMAIL"), QStringLiteral("SMS"), QStringLiteral("PHONE"),
                                QStringLiteral("LETTER"), QStringLiteral("FACE_TO_FACE")}));
        QCOMPARE(directions, QSet<QString>({QStringLiteral("INCOMING"), QStringLiteral("OUTGOING")}));
        QCOMPARE(states, QSet<QString>({QStringLiteral("DRAFT"), QStringLiteral("COMPLETED")}));
        QVERIFY(contacts.size() > 300);
        QVERIFY(years.size() >= 2); // two years of history
        QVERIFY(greek);
        QVERIFY(templated);
        QVERIFY(parameters);
    }

    // A queue of a given size, in every state, the same for the same seed.
    void queueOfAGivenSize_data()
    {
        QTest::addColumn<int>("entries");
        QTest::newRow("fewer than the due communications") << 40;
        QTest::newRow("more: some sent several times") << 1500;
    }
    void queueOfAGivenSize()
    {
        QFETCH(int, entries);
        SandboxConfig c = config(5, 200);
        c.queueEntries = entries;
        SandboxFixture f(c);
        QVERIFY(f.start());
        QCOMPARE(f.sandbox.seedReport().queueEntries, entries);
        QHash<QString, int> states;
        QHash<QString, int> entriesOfCommunication;
        int total = 0;
        for (const QByteArray media : {"EMAIL", "SMS", "LETTER", "PHONE", "FACE_TO_FACE"}) {
            for (const QJsonValue &item :
                 f.get(QStringLiteral("communications/queue/list"), "number_of_results=5000&media=" + media).array()) {
                const QJsonObject entry = item.toObject();
                ++total;
                ++states[entry.value(QStringLiteral("life_cycle_state")).toString()];
                ++entriesOfCommunication
                    [entry.value(QStringLiteral("communication")).toObject().value(QStringLiteral("id")).toString()];
            }
        }
        QCOMPARE(total, entries);
        QCOMPARE(f.get(QStringLiteral("communications/queue/show"),
                       "communication_queue_identifier=number=CQ" + QByteArray::number(entries).rightJustified(6, '0'))
                     .code(),
                 QStringLiteral("OK"));
        for (const char *state : {"PENDING", "COMPLETED", "REJECTED", "COMPLETED_AND_REMOVED"})
            QVERIFY2(states.value(QString::fromLatin1(state)) > 0, state);
        const int most = *std::max_element(entriesOfCommunication.cbegin(), entriesOfCommunication.cend());
        QCOMPARE(most > 1, entries == 1500);
    }

    void queueEntriesOnTheCommandLine()
    {
        const auto read = [](const QStringList &arguments, SandboxConfig *config, QString *error) {
            QCommandLineParser parser;
            SandboxCommandLine::addOptions(parser);
            return parser.parse(QStringList {QStringLiteral("commdesk-sandbox")} + arguments)
                && SandboxCommandLine::read(parser, config, error);
        };
        SandboxConfig config;
        QString error;
        QVERIFY(read({}, &config, &error));
        QCOMPARE(config.queueEntries, std::nullopt); // one for each due communication
        QVERIFY(read({QStringLiteral("--queue-entries"), QStringLiteral("50000")}, &config, &error));
        QCOMPARE(config.queueEntries, std::optional<int>(50000));
        QVERIFY(!read({QStringLiteral("--queue-entries"), QStringLiteral("-1")}, &config, &error));
        QVERIFY2(error.contains(QStringLiteral("queue-entries")), qPrintable(error));
    }

    void seedingFiveThousandIsQuick()
    {
        QElapsedTimer timer;
        timer.start();
        SandboxFixture f(config(1, 5000));
        QVERIFY(f.start());
        const qint64 started = timer.elapsed();
        const Sandbox::SeedReport report = f.sandbox.seedReport();
        QVERIFY(report.seeded);
        QCOMPARE(report.communications, 5000);
        qInfo("seeded 5000 communications in %lld ms; the sandbox was up after %lld ms", report.elapsedMs, started);
        QVERIFY2(report.elapsedMs < 10000, "seeding 5000 communications must take seconds, not more");
    }

    void keptOnDiskUnlessReset()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        SandboxConfig c = config(5, 50);
        c.databasePath = folder.filePath(QStringLiteral("nested/sandbox.sqlite"));
        QString created;
        {
            SandboxFixture f(c);
            QVERIFY(f.start());
            QVERIFY(f.sandbox.seedReport().seeded);
            const SandboxAnswer answer = f.post(QStringLiteral("communications/create"),
                                                QJsonDocument::fromJson(R"({
                "contact_information_identifier":{"number":"CI000001"},"direction":"INCOMING","media":"PHONE",
                "subject":"Kept","content":"Still here tomorrow"})")
                                                    .object());
            created = answer.object().value(QStringLiteral("number")).toString();
            QCOMPARE(created, QStringLiteral("CM000051"));
        }
        {
            SandboxFixture f(c);
            QVERIFY(f.start());
            QVERIFY(!f.sandbox.seedReport().seeded);
            QCOMPARE(
                f.get(QStringLiteral("communications/show"), "communication_identifier=number=" + created.toLatin1())
                    .object()
                    .value(QStringLiteral("subject"))
                    .toString(),
                QStringLiteral("Kept"));
            // Numbers and ids continue after a restart.
            const SandboxAnswer next = f.post(QStringLiteral("communications/create"),
                                              QJsonDocument::fromJson(R"({
                "contact_information_identifier":{"number":"CI000001"},"direction":"INCOMING","media":"PHONE",
                "subject":"Next","content":"c"})")
                                                  .object());
            QCOMPARE(next.object().value(QStringLiteral("number")).toString(), QStringLiteral("CM000052"));
        }
        c.reset = true;
        {
            SandboxFixture f(c);
            QVERIFY(f.start());
            QVERIFY(f.sandbox.seedReport().seeded);
            QCOMPARE(
                f.get(QStringLiteral("communications/show"), "communication_identifier=number=" + created.toLatin1())
                    .code(),
                QStringLiteral("NOT_FOUND"));
        }
    }

    void badConfiguration()
    {
        SandboxConfig c = config(1, 10);
        c.timeZone = "Atlantis/Capital";
        Sandbox sandbox(c);
        QString error;
        QVERIFY(!sandbox.start(&error));
        QVERIFY(error.contains(QStringLiteral("time zone")));
        QVERIFY(!sandbox.isRunning());

        // A port that is taken.
        SandboxFixture first(config(1, 10));
        QVERIFY(first.start());
        SandboxConfig clash = config(1, 10);
        clash.port = first.sandbox.port();
        Sandbox second(clash);
        QVERIFY(!second.start(&error));
        QVERIFY(error.contains(QString::number(clash.port)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeeding)
#include "tst_sandboxseeding.moc"
