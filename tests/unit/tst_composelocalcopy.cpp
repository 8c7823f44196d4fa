// Autosave of a compose window's typing, on the clock seam and the store thread: no waiting for real time.
#include "Clock.h"
#include "ComposeLocalCopy.h"
#include "LocalDrafts.h"
#include "StoreThread.h"
#include "Wait.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;
using namespace std::chrono_literals;

class TestComposeLocalCopy : public QObject
{
    Q_OBJECT

    static QList<LocalDraft> kept(LocalDrafts &drafts)
    {
        drafts.drain();
        LocalDraftStore store;
        return store.open(drafts.path()) ? store.drafts() : QList<LocalDraft>();
    }

private Q_SLOTS:
    void savesOncePausedIntoOneRowAndForgets()
    {
        QTemporaryDir dir;
        StoreThread thread;
        LocalDrafts drafts(&thread, dir.filePath(QStringLiteral("local-drafts.sqlite")));
        drafts.open();
        FakeClock clock;
        QString typed = QStringLiteral("Hello");
        ComposeLocalCopy copy(ComposeLocalCopy::kAutosaveDelay, [&typed] {
            ComposeForm form;
            form.subject = typed;
            return std::optional<LocalDraft>(ComposeLocalCopy::draftFor(form, {}, std::nullopt));
        });
        copy.setClock(&clock);
        copy.setStores(&drafts, nullptr);

        copy.scheduleAutosave();
        clock.advance(1000ms);
        copy.scheduleAutosave(); // typing again restarts the pause
        clock.advance(1000ms);
        QVERIFY(kept(drafts).isEmpty());
        clock.advance(500ms);
        QCOMPARE(kept(drafts).size(), 1);
        QCOMPARE(kept(drafts).first().title, QStringLiteral("Hello"));
        WAIT_VERIFY(copy.draftId() != 0);

        // Saves posted back to back (no answer waited for) still go to one row.
        typed = QStringLiteral("Hello again");
        copy.autosave();
        copy.autosave();
        QCOMPARE(kept(drafts).size(), 1);
        QCOMPARE(kept(drafts).first().title, QStringLiteral("Hello again"));

        copy.forgetDraft();
        QVERIFY(kept(drafts).isEmpty());
        QCOMPARE(copy.draftId(), 0);
    }

    void aNewWindowsFirstSavesMakeOneRow()
    {
        QTemporaryDir dir;
        StoreThread thread;
        LocalDrafts drafts(&thread, dir.filePath(QStringLiteral("local-drafts.sqlite")));
        drafts.open();
        ComposeLocalCopy copy(ComposeLocalCopy::kAutosaveDelay, [] {
            ComposeForm form;
            form.subject = QStringLiteral("Quick");
            return std::optional<LocalDraft>(ComposeLocalCopy::draftFor(form, {}, std::nullopt));
        });
        copy.setStores(&drafts, nullptr);
        for (int i = 0; i < 5; ++i)
            copy.autosave(); // before the first has an id
        QCOMPARE(kept(drafts).size(), 1);
    }

    void aFailedSaveIsSaidAndARecoveryToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("local-drafts.sqlite"));
        QVERIFY(QDir().mkpath(path)); // a folder where the file should be: nothing can be written
        StoreThread thread;
        LocalDrafts drafts(&thread, path);
        QSignalSpy unavailable(&drafts, &LocalDrafts::unavailable);
        drafts.open();
        QVERIFY(unavailable.wait(5000));
        ComposeLocalCopy copy(ComposeLocalCopy::kAutosaveDelay, [] {
            ComposeForm form;
            form.subject = QStringLiteral("Nowhere");
            return std::optional<LocalDraft>(ComposeLocalCopy::draftFor(form, {}, std::nullopt));
        });
        copy.setStores(&drafts, nullptr);
        QSignalSpy failed(&copy, &ComposeLocalCopy::autosaveFailed);
        copy.autosave();
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().first().toString().isEmpty());

        // Without any store at all, the window is told too.
        ComposeLocalCopy orphan(ComposeLocalCopy::kAutosaveDelay, [] {
            return std::optional<LocalDraft>(ComposeLocalCopy::draftFor({}, {}, std::nullopt));
        });
        QSignalSpy orphanFailed(&orphan, &ComposeLocalCopy::autosaveFailed);
        orphan.autosave();
        QCOMPARE(orphanFailed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestComposeLocalCopy)
#include "tst_composelocalcopy.moc"
