// Secrets in every log (docs/architecture.md "Rules of the house", "Secrets"): with every debug
// category on, Qt's own lines (qt.network, qt.httpserver, …) carry tokens, passwords and API keys;
// RedactingMessageHandler removes them before the next handler sees a message, whatever its
// category, and keeps the messages themselves. The same is checked on the real programs' stderr.
#include "CliProcess.h"
#include "ConfigurationApi.h"
#include "DemoCatalogue.h"
#include "SandboxFixture.h"
#include "SecretRedaction.h"
#include "Wait.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

#ifndef COMMDESK_CLI_PATH
#error "COMMDESK_CLI_PATH must name the commdesk-cli program (tests/integration/CMakeLists.txt)"
#endif
#ifndef COMMDESK_SANDBOX_PATH
#error "COMMDESK_SANDBOX_PATH must name the commdesk-sandbox program (tests/integration/CMakeLists.txt)"
#endif

using namespace commdesk;

namespace {

const QString kPassword = QStringLiteral("Pw-5e61c0-secret");

// What the handler under test passes on: the test stands where stderr would.
QMutex capturedLock;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker locker(&capturedLock);
    captured.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ") + message);
}

QStringList takeCaptured()
{
    const QMutexLocker locker(&capturedLock);
    return std::exchange(captured, {});
}

QStringList containing(const QStringList &lines, const QString &text)
{
    QStringList found;
    for (const QString &line : lines) {
        if (line.contains(text))
            found.append(line);
    }
    return found;
}

// A password of the demo user that cannot be mistaken for anything else in a log line.
bool setDemoPassword(const Sandbox &sandbox, const QString &password)
{
    QSqlQuery query(QSqlDatabase::database(sandbox.databaseConnectionName()));
    query.prepare(QStringLiteral("UPDATE users SET password = ? WHERE username = 'demo'"));
    query.addBindValue(password);
    return query.exec() && query.numRowsAffected() == 1;
}

struct Secrets
{
    QStringList tokens;
};

// Signs in by password and by API key, reads through the client, posts, and signs out: every kind
// of line that carries a secret on the way out or in.
bool useTheClient(SandboxFixture &f, Secrets *secrets)
{
    Session byKey(&f.client);
    byKey.setCredentials({{}, {}, QStringLiteral("DEMO"), {}, QString::fromLatin1(DemoCatalogue::apiKey)});
    for (Session *session : {&f.session, &byKey}) {
        Capture<Done> login;
        session->login(nullptr, login.handler());
        if (!SandboxFixture::wait(login) || !login.ok())
            return false;
        secrets->tokens.append(session->token());
        Capture<QList<Category>> categories;
        ConfigurationApi(session).categories(nullptr, categories.handler(), {QStringLiteral("name")});
        if (!SandboxFixture::wait(categories) || !categories.ok())
            return false;
    }
    Capture<QJsonValue> posted;
    f.session.post(nullptr, QStringLiteral("communications/set_as_viewed"),
                   QJsonObject {{QStringLiteral("communication_identifier"),
                                 QJsonObject {{QStringLiteral("number"), QStringLiteral("CM000001")}}}},
                   posted.handler());
    if (!SandboxFixture::wait(posted))
        return false;
    Capture<Done> released;
    byKey.release(nullptr, released.handler());
    return SandboxFixture::wait(released) && released.ok();
}

} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT

private:
    QtMessageHandler m_previous = nullptr;

    static SandboxConfig config()
    {
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 20;
        return config;
    }

private Q_SLOTS:
    void init()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        m_previous = qInstallMessageHandler(capture);
        takeCaptured();
    }

    void cleanup()
    {
        RedactingMessageHandler::uninstall();
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules({});
    }

    // Without the handler Qt's lines do carry the secrets: what the next test removes is there.
    void qtLogsSecretsWithoutTheHandler()
    {
        SandboxFixture f(config());
        QVERIFY(f.start());
        QVERIFY(setDemoPassword(f.sandbox, kPassword));
        f.session.setCredentials({QStringLiteral("demo"), kPassword, QStringLiteral("DEMO"), {}, {}});
        Secrets secrets;
        QVERIFY(useTheClient(f, &secrets));
        const QStringList lines = takeCaptured();
        QVERIFY2(!containing(lines, secrets.tokens.first()).isEmpty(), "no line carried the token at all");
    }

    void everyCategoryIsRedacted()
    {
        RedactingMessageHandler::install();
        SandboxFixture f(config());
        QVERIFY(f.start());
        QVERIFY(setDemoPassword(f.sandbox, kPassword));
        f.session.setCredentials({QStringLiteral("demo"), kPassword, QStringLiteral("DEMO"), {}, {}});
        Secrets secrets;
        QVERIFY(useTheClient(f, &secrets));
        qDebug() << "a body of our own" << QByteArray(R"({"token":")" + secrets.tokens.first().toLatin1() + R"("})");
        const QStringList lines = takeCaptured();

        for (const QString &secret :
             secrets.tokens + QStringList {kPassword, QString::fromLatin1(DemoCatalogue::apiKey)}) {
            const QStringList leaks = containing(lines, secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }
        // The messages themselves are still there, with the secrets replaced.
        QVERIFY(lines.size() > 20);
        QVERIFY(!containing(lines, QStringLiteral("qt.httpserver")).isEmpty());
        QVERIFY(!containing(lines, QStringLiteral("categories/list")).isEmpty());
        QVERIFY(!containing(lines, QStringLiteral("REDACTED")).isEmpty());
        QVERIFY(!containing(lines, QStringLiteral("a body of our own")).isEmpty());
    }

    // The real programs, with every debug category on: the sandbox program and the CLI (--verbose
    // shows Qt's lines) against it. Neither knows the test's token, so stderr is searched for
    // anything shaped like one (the sandbox's tokens are 64 hexadecimal digits) and for a
    // password or API key member with a value left.
    void programsKeepSecretsOffStderr()
    {
        QProcessEnvironment environment = CliProcess::cleanEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        QProcess sandbox;
        sandbox.setProcessEnvironment(environment);
        sandbox.start(QStringLiteral(COMMDESK_SANDBOX_PATH),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--database"),
                       QStringLiteral(":memory:"), QStringLiteral("--communications"), QStringLiteral("20"),
                       QStringLiteral("--consumers"), QStringLiteral("off")});
        QVERIFY(sandbox.waitForStarted());
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
        QByteArray out;
        WAIT_VERIFY_WITH_TIMEOUT(
            (out += sandbox.readAllStandardOutput(), listening.match(QString::fromUtf8(out)).hasMatch()), 30000);
        const QString server = listening.match(QString::fromUtf8(out)).captured(1);

        const QStringList signIn {QStringLiteral("--server"), server, QStringLiteral("--organisation"),
                                  QStringLiteral("DEMO"), QStringLiteral("--verbose")};
        const CliProcess::Run byPassword =
            CliProcess::run(QStringLiteral(COMMDESK_CLI_PATH),
                            QStringList {QStringLiteral("categories")} + signIn
                                + QStringList {QStringLiteral("--username"), QStringLiteral("demo"),
                                               QStringLiteral("--password-stdin")},
                            "demo\n", environment);
        const CliProcess::Run byKey = CliProcess::run(QStringLiteral(COMMDESK_CLI_PATH),
                                                      QStringList {QStringLiteral("external-systems")} + signIn
                                                          + QStringList {QStringLiteral("--api-key-stdin")},
                                                      QByteArray(DemoCatalogue::apiKey) + "\n", environment);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        const QByteArray sandboxErr = sandbox.readAllStandardError();
        QCOMPARE(byPassword.exitCode, 0);
        QCOMPARE(byKey.exitCode, 0);

        static const QRegularExpression tokenShaped(QStringLiteral("[0-9a-f]{64}"));
        static const QRegularExpression secretMember(
            QStringLiteral("(password|api_key)(\\\\?\"\\s*:\\s*\\\\?\"|=)(?!REDACTED)"),
            QRegularExpression::CaseInsensitiveOption);
        const QList<QPair<const char *, QByteArray>> streams {{"commdesk-sandbox", sandboxErr},
                                                              {"commdesk-cli (password)", byPassword.err},
                                                              {"commdesk-cli (key)", byKey.err}};
        for (const auto &[name, err] : streams) {
            const QString text = QString::fromUtf8(err);
            QVERIFY2(text.contains(QStringLiteral("REDACTED")), name); // the lines that carried secrets are there
            QVERIFY2(!text.contains(QLatin1String(DemoCatalogue::apiKey)), name);
            const QRegularExpressionMatch token = tokenShaped.match(text);
            QVERIFY2(!token.hasMatch(), qPrintable(QLatin1String(name) + QLatin1String(": ") + token.captured()));
            const QRegularExpressionMatch member = secretMember.match(text);
            QVERIFY2(
                !member.hasMatch(),
                qPrintable(QLatin1String(name) + QLatin1String(": ") + text.mid(member.capturedStart() - 80, 200)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
