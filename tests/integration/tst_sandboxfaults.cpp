// The sandbox's fault injection (--faults): parsed strictly, deterministic with the seed, sign-in
// spared; a dropped-after or malformed answer follows a performed call, a 500 or a drop before
// means nothing was performed.
#include "CommunicationsApi.h"
#include "SandboxFixture.h"

#include <QTest>

using namespace commdesk;
using namespace std::chrono_literals;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    static SandboxConfig withFaults(const QString &spec)
    {
        SandboxConfig config = SandboxConfig::forTests();
        QString error;
        const std::optional<FaultConfig> faults = FaultConfig::parse(spec, &error);
        if (!faults)
            qFatal("%s", qPrintable(error));
        config.faults = *faults;
        return config;
    }

    static CommunicationInput input(const QString &subject)
    {
        CommunicationInput in;
        in.direction = Direction::Outgoing;
        in.media = Media::Phone;
        in.subject = subject;
        in.content = QStringLiteral("Fault test");
        return in;
    }

    // The subjects of the contact's latest communications, asked until a clean answer comes.
    static QStringList subjects(CommunicationsApi &api)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            Capture<QList<Communication>> listed;
            CommunicationsApi::ListFilter filter;
            filter.contact = Identifier::byNumber(QStringLiteral("CI000001"));
            filter.paging = {200, 0};
            api.list(nullptr, filter, listed.handler());
            if (!SandboxFixture::wait(listed))
                continue;
            if (listed.ok()) {
                QStringList found;
                for (const Communication &c : listed.value())
                    found.append(c.subject);
                return found;
            }
        }
        return {QStringLiteral("<no clean answer>")};
    }

private Q_SLOTS:
    void parsesSpec()
    {
        QString error;
        const auto faults = FaultConfig::parse(
            QStringLiteral(
                "latency=200ms,drop=0.1,drop_after=0.05,error500=0.05,malformed=0.05,invalid_token=0.02,seed=7"),
            &error);
        QVERIFY2(faults, qPrintable(error));
        QCOMPARE(faults->latency, 200ms);
        QCOMPARE(faults->drop, 0.1);
        QCOMPARE(faults->dropAfter, 0.05);
        QCOMPARE(faults->error500, 0.05);
        QCOMPARE(faults->malformed, 0.05);
        QCOMPARE(faults->invalidToken, 0.02);
        QCOMPARE(faults->seed, 7u);
        QVERIFY(faults->isOn());
        QCOMPARE(FaultConfig::parse(QStringLiteral("latency=1.5s"), &error)->latency, 1500ms);
        QVERIFY(!FaultConfig::parse(QString(), &error)->isOn());
        QVERIFY(!FaultConfig::parse(QStringLiteral("drop=2"), &error));
        QVERIFY(error.contains(QStringLiteral("drop")));
        QVERIFY(!FaultConfig::parse(QStringLiteral("explode=0.1"), &error));
        QVERIFY(error.contains(QStringLiteral("explode")));
    }

    void deterministicWithSeed()
    {
        FaultConfig config;
        config.drop = 0.2;
        config.error500 = 0.2;
        config.malformed = 0.2;
        SandboxFaults a(config, 42);
        SandboxFaults b(config, 42);
        SandboxFaults other(config, 43);
        QList<SandboxFaults::Fault> first;
        QList<SandboxFaults::Fault> second;
        QList<SandboxFaults::Fault> third;
        for (int i = 0; i < 200; ++i) {
            first.append(a.next(QStringLiteral("communications/list")));
            second.append(b.next(QStringLiteral("communications/list")));
            third.append(other.next(QStringLiteral("communications/list")));
            QCOMPARE(a.next(QStringLiteral("authentication/token")), SandboxFaults::Fault::None);
        }
        QCOMPARE(first, second);
        QVERIFY(first != third);
        QVERIFY(first.count(SandboxFaults::Fault::None) > 40 && first.count(SandboxFaults::Fault::None) < 80);
    }

    void faultsTellWhetherTheCallWasPerformed()
    {
        SandboxFixture f(withFaults(QStringLiteral("drop=0.15,drop_after=0.15,error500=0.15,malformed=0.15,seed=3")));
        QVERIFY(f.start());
        Capture<Done> login;
        f.session.login(nullptr, login.handler());
        QVERIFY(SandboxFixture::wait(login) && login.ok());
        CommunicationsApi api(&f.session);
        QStringList performed; // must be there
        QStringList refused; // must not be there
        for (int i = 0; i < 40; ++i) {
            const QString subject = QStringLiteral("Fault %1").arg(i);
            Capture<Communication> created;
            api.create(nullptr, Identifier::byNumber(QStringLiteral("CI000001")), input(subject), created.handler());
            QVERIFY(SandboxFixture::wait(created));
            if (created.ok() || created.error().kind() == ApiError::Kind::Protocol)
                performed.append(subject); // answered, or answered malformed after performing
            else if (created.error().httpStatus() == 500)
                refused.append(subject); // 500 before performing
        }
        QVERIFY(performed.size() < 40);
        QVERIFY(!refused.isEmpty());
        const QStringList found = subjects(api);
        for (const QString &subject : std::as_const(performed))
            QVERIFY2(found.contains(subject), qPrintable(subject));
        for (const QString &subject : std::as_const(refused))
            QVERIFY2(!found.contains(subject), qPrintable(subject));
        // Every create either reached the list or failed visibly; drops after performing are found.
        int dropped = 0;
        for (int i = 0; i < 40; ++i) {
            const QString subject = QStringLiteral("Fault %1").arg(i);
            if (!performed.contains(subject) && !refused.contains(subject) && found.contains(subject))
                ++dropped;
        }
        QVERIFY(dropped > 0); // drop_after performed them without an answer
    }

    void invalidTokenIsRecoveredBySession()
    {
        SandboxFixture f(withFaults(QStringLiteral("invalid_token=0.3,seed=5")));
        QVERIFY(f.start());
        CommunicationsApi api(&f.session);
        int ok = 0;
        for (int i = 0; i < 10; ++i) {
            Capture<Communication> shown;
            api.show(nullptr, Identifier::byNumber(QStringLiteral("CM000001")), {}, shown.handler());
            QVERIFY(SandboxFixture::wait(shown));
            ok += shown.ok() ? 1 : 0;
        }
        QVERIFY(ok >= 7); // one re-login and replay per INVALID_TOKEN
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
