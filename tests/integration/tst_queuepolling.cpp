// The queue monitor's incremental polling (docs/architecture.md "The queue monitor at scale") against the
// sandbox: the first poll reads the whole queue, later ones only what changed, and what they report
// keeps a model equal to a fresh read of the whole queue.
#include "QueueEntryModel.h"
#include "QueuePoller.h"
#include "SandboxFixture.h"

#include <QSet>

using namespace commdesk;

class TestQueuePolling : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *f = nullptr;

    static std::optional<QueueUpdate> poll(QueuePoller &poller)
    {
        QSignalSpy polled(&poller, &QueuePoller::polled);
        QSignalSpy failed(&poller, &QueuePoller::pollFailed);
        poller.refresh();
        if (!QTest::qWaitFor([&] { return !polled.isEmpty() || !failed.isEmpty(); }, 15000) || polled.isEmpty())
            return std::nullopt;
        return polled.first().first().value<QueueUpdate>();
    }

    static QHash<QString, int> statesOf(const QList<QueueEntry> &entries)
    {
        QHash<QString, int> states;
        for (const QueueEntry &entry : entries)
            states.insert(entry.id, int(*knownValue(entry.lifeCycleState)));
        return states;
    }

    static const QueueEntry *find(const QList<QueueEntry> &entries, const QString &id)
    {
        for (const QueueEntry &entry : entries) {
            if (entry.id == id)
                return &entry;
        }
        return nullptr;
    }

    // The id of the newest entry of `media` in `state`, as the wire has it.
    QString newestId(const char *media, const char *state)
    {
        const SandboxAnswer answer =
            f->get(QStringLiteral("communications/queue/list"),
                   QByteArray("media=") + media + "&life_cycle_state=" + state + "&number_of_results=1");
        if (answer.array().isEmpty())
            return {};
        return answer.array().first().toObject().value(QStringLiteral("id")).toString();
    }

    SandboxAnswer transition(const char *method, const QString &id, QJsonObject extra = {})
    {
        extra.insert(QStringLiteral("communication_queue_identifier"), QJsonObject {{QStringLiteral("id"), id}});
        return f->post(QStringLiteral("communications/queue/") + QLatin1StringView(method), extra);
    }

    // An outgoing SMS, completed: it enters the queue as PENDING.
    void sendSms(const QString &subject)
    {
        const QJsonObject request {{QStringLiteral("contact_information_identifier"),
                                    QJsonObject {{QStringLiteral("number"), QStringLiteral("CI000021")}}},
                                   {QStringLiteral("direction"), QStringLiteral("OUTGOING")},
                                   {QStringLiteral("media"), QStringLiteral("SMS")},
                                   {QStringLiteral("to"), QStringLiteral("+35799000111")},
                                   {QStringLiteral("subject"), subject},
                                   {QStringLiteral("content"), QStringLiteral("Polling test")}};
        QCOMPARE(f->post(QStringLiteral("communications/create"), request).code(), QStringLiteral("OK"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        f = new SandboxFixture;
        QVERIFY(f->start());
    }

    void cleanupTestCase() { delete f; }

    void laterPollsReadOnlyWhatChanged()
    {
        QueuePoller poller(&f->session);
        QueueEntryModel model;
        auto follow = [&model](const QueueUpdate &update) {
            if (update.complete)
                model.setEntries(update.changed);
            else
                model.applyChanges(update.changed, update.gone);
        };

        // The first poll reads everything.
        std::optional<QueueUpdate> update = poll(poller);
        QVERIFY(update);
        QVERIFY(update->complete);
        follow(*update);
        const qsizetype queueSize = update->changed.size();
        QVERIFY(queueSize > 20);
        QCOMPARE(poller.knownEntries(), queueSize);
        QCOMPARE(update->figures.size(), 5 + 3 + 1);
        qsizetype counted = 0;
        for (QueueState state : allValues<QueueState>())
            counted += update->figures.last().count(state);
        QCOMPARE(counted, queueSize);

        // Nothing moved: nothing is reported, and the poll asked only, per media, the pending ids and
        // the newest page, and one page of the sweep.
        update = poll(poller);
        QVERIFY(update);
        QVERIFY(!update->complete);
        QCOMPARE(update->changed.size(), 0);
        QCOMPARE(update->gone.size(), 0);
        QCOMPARE(update->requests, 5 * 2 + 1);
        QCOMPARE(
            update->figures.last().count(QueueState::Pending), model.rowCount() - [&model] {
                int finished = 0;
                for (const QueueEntry &entry : model.entries())
                    finished += entry.lifeCycleState != QueueState::Pending;
                return finished;
            }());

        // An entry completed elsewhere left PENDING: asked after by itself, reported once.
        const QString completed = newestId("EMAIL", "PENDING");
        QVERIFY(!completed.isEmpty());
        QCOMPARE(transition("complete", completed).code(), QStringLiteral("OK"));
        // A new SMS entered the queue; another came and was rejected between two polls.
        sendSms(QStringLiteral("Arrives while the monitor looks"));
        const QString arrived = newestId("SMS", "PENDING");
        sendSms(QStringLiteral("Comes and goes between two polls"));
        const QString cameAndWent = newestId("SMS", "PENDING");
        QVERIFY(cameAndWent != arrived);
        QCOMPARE(transition("reject", cameAndWent,
                            {{QStringLiteral("error_code"), QStringLiteral("POLL_TEST")},
                             {QStringLiteral("error_description"), QStringLiteral("Rejected between polls")}})
                     .code(),
                 QStringLiteral("OK"));
        update = poll(poller);
        QVERIFY(update);
        QCOMPARE(update->changed.size(), 3);
        QCOMPARE(find(update->changed, completed)->lifeCycleState, QueueState::Completed);
        QCOMPARE(find(update->changed, arrived)->lifeCycleState, QueueState::Pending);
        QCOMPARE(find(update->changed, arrived)->communication->subject,
                 QStringLiteral("Arrives while the monitor looks"));
        QCOMPARE(find(update->changed, cameAndWent)->lifeCycleState, QueueState::Rejected);
        QCOMPARE(find(update->changed, cameAndWent)->errorCode, QStringLiteral("POLL_TEST"));
        follow(*update);
        QCOMPARE(model.rowCount(), queueSize + 2);
        bool grouped = false;
        for (const RejectionGroupModel::Group &group : update->rejectionGroups)
            grouped = grouped || (group.errorCode == QStringLiteral("POLL_TEST") && group.count == 1);
        QVERIFY(grouped);

        // A COMPLETED entry removed by someone else: no rule but the sweep sees it, within one round
        // (five media, three finished states, one list a poll at this size).
        const QString removed = newestId("SMS", "COMPLETED");
        QVERIFY(!removed.isEmpty());
        QCOMPARE(transition("remove", removed).code(), QStringLiteral("OK"));
        bool seen = false;
        for (int round = 0; round < 16 && !seen; ++round) {
            update = poll(poller);
            QVERIFY(update);
            follow(*update);
            const QueueEntry *entry = find(update->changed, removed);
            seen = entry && entry->lifeCycleState == QueueState::CompletedAndRemoved;
            QVERIFY(update->changed.size() <= 1);
        }
        QVERIFY(seen);

        // What the polls reported adds up to what a fresh read of the whole queue finds.
        QueuePoller fresh(&f->session);
        const std::optional<QueueUpdate> whole = poll(fresh);
        QVERIFY(whole);
        QCOMPARE(statesOf(model.entries()), statesOf(whole->changed));
        for (int i = 0; i < whole->figures.size(); ++i) {
            for (QueueState state : allValues<QueueState>())
                QCOMPARE(update->figures.at(i).count(state), whole->figures.at(i).count(state));
        }
    }

    // The poller reads on a network thread with a connection of its own: none of its calls goes
    // through the session's client, yet it uses the session's token, and when the server refuses that
    // token the session signs in again once and the poll goes on with the new one.
    void pollsBorrowTheSessionsTokenAndNotItsClient()
    {
        QueuePoller poller(&f->session);
        QVERIFY(poll(poller));
        const QString token = f->session.token();
        QVERIFY(!token.isEmpty());
        f->session.client()->diagnosticLog()->clear();
        const quint64 answersBefore = f->session.client()->traffic().answers;
        std::optional<QueueUpdate> unchanged = poll(poller);
        QVERIFY(unchanged);
        QCOMPARE(f->session.client()->traffic().answers, answersBefore);
        QCOMPARE(f->session.token(), token);
        // Its requests still reach the account's diagnostic log, the token redacted.
        const QString log = f->session.client()->diagnosticLog()->text();
        QVERIFY2(log.contains(QStringLiteral("communications/queue/list")), qPrintable(log));
        QVERIFY(!log.contains(token));

        QCOMPARE(
            f->post(QStringLiteral("authentication/token/release"), {{QStringLiteral("token"), token}}, false).code(),
            QStringLiteral("OK"));
        QSignalSpy tokenChanged(&f->session, &Session::tokenChanged);
        const std::optional<QueueUpdate> afterRelease = poll(poller);
        QVERIFY(afterRelease);
        QCOMPARE(tokenChanged.count(), 1); // one login, however many calls were refused
        QVERIFY(!f->session.token().isEmpty());
        QVERIFY(f->session.token() != token);
        QCOMPARE(f->session.client()->traffic().answers, answersBefore + 1); // the login, nothing else
    }

    // When the session cannot sign in, the poll fails with the server's answer to the login.
    void aSessionThatCannotSignInFailsThePoll()
    {
        Session refused(&f->client);
        refused.setCredentials({QStringLiteral("demo"), QStringLiteral("wrong"), QStringLiteral("DEMO"), {}, {}});
        QueuePoller poller(&refused);
        QSignalSpy failed(&poller, &QueuePoller::pollFailed);
        poller.refresh();
        QVERIFY(failed.wait(15000));
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::Api);
        QVERIFY(!poller.isPolling());
        QVERIFY(!refused.hasToken());
    }

    void resyncReadsTheWholeQueueAgain()
    {
        QueuePoller poller(&f->session);
        std::optional<QueueUpdate> first = poll(poller);
        QVERIFY(first);
        poller.resync();
        const std::optional<QueueUpdate> again = poll(poller);
        QVERIFY(again);
        QVERIFY(again->complete);
        QCOMPARE(statesOf(again->changed), statesOf(first->changed));
    }
};

QTEST_GUILESS_MAIN(TestQueuePolling)
#include "tst_queuepolling.moc"
