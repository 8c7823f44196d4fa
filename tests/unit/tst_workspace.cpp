// The application layer without widgets: one CommDesk per account sends and recovers; a second one is told and
// leaves the outbox alone.
#include "CrmConnection.h"
#include "Outbox.h"
#include "OutboxStore.h"
#include "Settings.h"
#include "UnsentWork.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

class TestWorkspace : public QObject
{
    Q_OBJECT

    static void signInAs(CrmConnection &connection, const QString &user)
    {
        QVERIFY(connection.client()->setServer(QStringLiteral("http://127.0.0.1:9")));
        connection.session()->setCredentials({user, QStringLiteral("secret"), QStringLiteral("ORG"), {}, {}});
    }

private Q_SLOTS:
    void aSecondCopyForTheSameAccountNeitherSendsNorRecovers()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        CrmConnection one, two;
        signInAs(one, QStringLiteral("anna"));
        signInAs(two, QStringLiteral("anna"));
        Workspace first(&one, &settings, dir.path());
        Workspace second(&two, &settings, dir.path());
        QSignalSpy firstInUse(&first, &Workspace::accountInUse);
        QSignalSpy secondInUse(&second, &Workspace::accountInUse);
        QSignalSpy firstOutbox(first.unsentWork()->outbox(), &Outbox::changed);

        first.startAccount();
        QVERIFY(first.holdsAccount());
        QVERIFY(firstOutbox.wait(5000)); // the outbox opened its file: it may send
        second.startAccount();
        QVERIFY(!second.holdsAccount());
        QCOMPARE(secondInUse.size(), 1);
        QVERIFY(secondInUse.first().first().toString().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(!second.unsentWork()->outbox()->isReady()); // never started: it cannot claim, let alone send
        QCOMPARE(firstInUse.size(), 0);

        // Signed out of the first, the account is free for the second.
        first.forgetAccount();
        QVERIFY(!first.holdsAccount());
        second.startAccount();
        QVERIFY(second.holdsAccount());
        QCOMPARE(secondInUse.size(), 1);
    }

    void anotherAccountInTheSameFolderIsFree()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        CrmConnection one, two;
        signInAs(one, QStringLiteral("anna"));
        signInAs(two, QStringLiteral("bob"));
        Workspace first(&one, &settings, dir.path());
        Workspace second(&two, &settings, dir.path());
        first.startAccount();
        second.startAccount();
        QVERIFY(first.holdsAccount());
        QVERIFY(second.holdsAccount());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
