// The store thread: jobs in order, off the asking thread, answers back on it, none once the asker is gone.
#include "StoreThread.h"
#include "Wait.h"

#include <QSemaphore>
#include <QTest>

using namespace commdesk;

class TestStoreThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunInOrderOffTheCallersThread()
    {
        StoreThread thread;
        QList<int> order;
        QList<QThread *> threads;
        for (int i = 0; i < 50; ++i)
            thread.post([&order, &threads, i] {
                order.append(i);
                threads.append(QThread::currentThread());
            });
        thread.drain();
        QCOMPARE(order.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(order.at(i), i);
        QVERIFY(!threads.contains(QThread::currentThread()));
        QCOMPARE(QSet<QThread *>(threads.begin(), threads.end()).size(), 1); // one thread, as Qt SQL needs
    }

    void answersComeBackOnTheCallersThread()
    {
        StoreThread thread;
        QObject context;
        QThread *answeredOn = nullptr;
        int answer = 0;
        thread.call([] { return 42; }, &context,
                    [&](int value) {
                        answer = value;
                        answeredOn = QThread::currentThread();
                    });
        WAIT_COMPARE(answer, 42);
        QCOMPARE(answeredOn, QThread::currentThread());
        bool voidDone = false;
        thread.call([] {}, &context, [&] { voidDone = true; });
        WAIT_VERIFY(voidDone);
    }

    void noAnswerOnceTheAskerIsGone()
    {
        StoreThread thread;
        auto *context = new QObject;
        bool answered = false;
        QSemaphore release;
        thread.post([&release] { release.acquire(); }); // holds the queue until the asker is gone
        thread.call([] { return 1; }, context, [&answered](int) { answered = true; });
        delete context;
        release.release();
        thread.drain();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!answered);
    }

    void storesAreMadeAndDestroyedOnTheThread()
    {
        struct Probe
        {
            explicit Probe(QThread **destroyedOn)
                : m_destroyedOn(destroyedOn)
            { }
            ~Probe() { *m_destroyedOn = QThread::currentThread(); }
            QThread **m_destroyedOn;
        };
        QThread *destroyedOn = nullptr;
        QThread *storeThread = nullptr;
        {
            StoreThread thread;
            thread.post([&storeThread] { storeThread = QThread::currentThread(); });
            std::shared_ptr<Probe> probe = thread.make<Probe>(&destroyedOn);
            probe.reset();
            thread.drain();
        }
        QVERIFY(storeThread);
        QCOMPARE(destroyedOn, storeThread);
    }

    void theLastJobsRunBeforeTheThreadStops()
    {
        int ran = 0;
        {
            StoreThread thread;
            for (int i = 0; i < 20; ++i)
                thread.post([&ran] { ++ran; });
        }
        QCOMPARE(ran, 20);
    }
};

QTEST_GUILESS_MAIN(TestStoreThread)
#include "tst_storethread.moc"
