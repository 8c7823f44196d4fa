// One CommDesk per data folder: the second InstanceChannel on a folder hands its arguments to the
// first, which receives exactly those; channels on other folders do not meet; a socket left behind
// by a dead instance does not block listen().
#include "InstanceChannel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace commdesk;

class TestInstanceChannel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Later
    {
        bool handedOver = false;
        bool listening = false;
    };

    // A later start: handOver() blocks until acknowledged, so it runs on a thread of its own while
    // this one's event loop lets the first channel answer.
    static Later handOverLater(const QString &dataFolder, const QStringList &arguments)
    {
        Later later;
        std::unique_ptr<QThread> thread(QThread::create([&later, dataFolder, arguments] {
            InstanceChannel channel(dataFolder);
            later.handedOver = channel.handOver(arguments);
            later.listening = channel.isListening();
        }));
        QSignalSpy finished(thread.get(), &QThread::finished);
        thread->start();
        if (!finished.wait(10000))
            qFatal("the hand-over did not end");
        return later;
    }

    QString folder(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void namesDependOnTheDataFolder()
    {
        QCOMPARE(InstanceChannel::serverNameFor(folder("a")), InstanceChannel::serverNameFor(folder("a")));
        QVERIFY(InstanceChannel::serverNameFor(folder("a")) != InstanceChannel::serverNameFor(folder("b")));
        QVERIFY(InstanceChannel::serverNameFor(folder("a")) != InstanceChannel::serverNameFor({}));
    }

    void secondHandsOverToFirst()
    {
        InstanceChannel first(folder("handover"));
        QSignalSpy received(&first, &InstanceChannel::argumentsReceived);
        QVERIFY(!first.handOver({QStringLiteral("commdesk")})); // nobody there: it listens
        QVERIFY(first.isListening());

        const QStringList arguments {QStringLiteral("commdesk"), QStringLiteral("--server"),
                                     QStringLiteral("https://crm.example.com/a b?x=\"1\""), QStringLiteral("Ελένη")};
        const Later later = handOverLater(folder("handover"), arguments);
        QVERIFY(later.handedOver);
        QVERIFY(!later.listening);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(), arguments);
    }

    void otherFoldersDoNotMeet()
    {
        InstanceChannel first(folder("one"));
        QVERIFY(!first.handOver({}));
        InstanceChannel other(folder("two"));
        QVERIFY(!other.handOver({}));
        QVERIFY(first.isListening());
        QVERIFY(other.isListening());
    }

    void aStaleSocketDoesNotBlockListen()
    {
#ifdef Q_OS_UNIX
        // What a crashed instance leaves: a socket file nobody accepts on.
        InstanceChannel channel(folder("stale"));
        const QByteArray path = QFile::encodeName(QDir::tempPath() + QLatin1Char('/') + channel.serverName());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::copy(path.begin(), path.end(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd); // never listened, never removed
        QVERIFY(QFile::exists(QFile::decodeName(path)));

        QVERIFY(!channel.handOver({QStringLiteral("commdesk")}));
        QVERIFY(channel.isListening());
        QSignalSpy received(&channel, &InstanceChannel::argumentsReceived);
        QVERIFY(handOverLater(folder("stale"), {QStringLiteral("commdesk"), QStringLiteral("again")}).handedOver);
        QCOMPARE(received.size(), 1);
#else
        QSKIP("Unix leaves socket files behind; elsewhere names vanish with their process");
#endif
    }
};

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
