// The action journal as a supervisor reads it: actions and answers by their labels, never the API's
// words, while the file and its CSV export keep the wire words that commdesk-cli and scripts read.
#include "ActionJournalDialog.h"
#include "QueueActionDialog.h"
#include "QueueJournal.h"
#include "StoreThread.h"
#include "Wait.h"

#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace commdesk;

namespace {

JournalRecord record(int second, const char *action, const char *number, bool succeeded, const QString &answer)
{
    JournalRecord r;
    r.at = QDateTime(QDate(2031, 2, 5), QTime(9, 0, second), QTimeZone::utc());
    r.user = QStringLiteral("demo");
    r.action = QString::fromLatin1(action);
    r.entryNumber = QString::fromLatin1(number);
    r.entryId = r.entryNumber;
    r.reason = QStringLiteral("test");
    r.succeeded = succeeded;
    r.answer = answer;
    return r;
}

} // namespace

class TestActionJournalDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_GB"))); }

    void showsLabelsAndExportsWireWords()
    {
        QTemporaryDir dir;
        StoreThread stores;
        QueueJournal journal(&stores, dir.filePath(QStringLiteral("action-journal.sqlite")));
        const QList<JournalRecord> written = {
            record(1, "complete", "CQ1", true, QStringLiteral("COMPLETED")),
            record(2, "reject", "CQ2", true, QStringLiteral("REJECTED")),
            record(3, "remove", "CQ3", true, QStringLiteral("COMPLETED_AND_REMOVED")),
            record(4, "resend", "CQ4", true, QStringLiteral("DRAFT")), // the new communication's state
            record(5, "complete", "CQ5", true, QStringLiteral("OK")), // an answer that named no state
            record(6, "complete", "CQ6", true, QStringLiteral("ARCHIVED")), // a state of a newer server
            record(7, "remove", "CQ7", false, QStringLiteral("INVALID_STATE: This is not allowed.")),
        };
        for (const JournalRecord &r : written)
            journal.append(r);

        ActionJournalDialog dialog(&journal);
        QSignalSpy shown(&dialog, &ActionJournalDialog::recordsShown);
        WAIT_VERIFY(shown.count() == 1);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), int(written.size()));
        auto cell = [table](const QString &number, int column) {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 3)->text() == number)
                    return table->item(row, column)->text();
            }
            return QStringLiteral("(no row %1)").arg(number);
        };
        const int action = 2;
        const int answer = 7;
        QCOMPARE(cell(QStringLiteral("CQ1"), action), QStringLiteral("Complete"));
        QCOMPARE(cell(QStringLiteral("CQ1"), answer), QStringLiteral("Completed"));
        QCOMPARE(cell(QStringLiteral("CQ2"), action), QStringLiteral("Reject"));
        QCOMPARE(cell(QStringLiteral("CQ2"), answer), QStringLiteral("Rejected"));
        QCOMPARE(cell(QStringLiteral("CQ3"), action), QStringLiteral("Remove"));
        QCOMPARE(cell(QStringLiteral("CQ3"), answer), QStringLiteral("Completed and removed"));
        QCOMPARE(cell(QStringLiteral("CQ4"), action), QStringLiteral("Resend"));
        QCOMPARE(cell(QStringLiteral("CQ4"), answer), QStringLiteral("Draft"));
        QCOMPARE(cell(QStringLiteral("CQ5"), answer), QStringLiteral("OK"));
        QCOMPARE(cell(QStringLiteral("CQ6"), answer), QStringLiteral("ARCHIVED")); // unknown: as it came
        QCOMPARE(cell(QStringLiteral("CQ7"), answer), QStringLiteral("INVALID_STATE: This is not allowed."));
        QCOMPARE(cell(QStringLiteral("CQ7"), 6), QStringLiteral("Failed"));
        QVERIFY(cell(QStringLiteral("CQ1"), 0).contains(QStringLiteral("2031")));

        const QString csvPath = dir.filePath(QStringLiteral("queue-actions.csv"));
        QVERIFY(dialog.exportTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(csv.readAll());
        QVERIFY2(exported.contains(QStringLiteral(",remove,CQ3,")), qPrintable(exported));
        QVERIFY2(exported.contains(QStringLiteral(",COMPLETED_AND_REMOVED\r\n")), qPrintable(exported));
        QVERIFY(!exported.contains(QStringLiteral("Completed and removed")));
    }

    // The confirmation names the state the entries will be in by the label the State column shows.
    void confirmationNamesStatesByTheirLabels()
    {
        using Action = QueueActionRunner::Action;
        const QString complete = QueueActionDialog::explanation(Action::Complete, 2);
        const QString reject = QueueActionDialog::explanation(Action::Reject, 2);
        const QString remove = QueueActionDialog::explanation(Action::Remove, 1);
        QVERIFY2(complete.contains(QStringLiteral("“Completed”")), qPrintable(complete));
        QVERIFY2(reject.contains(QStringLiteral("“Rejected”")), qPrintable(reject));
        QVERIFY2(remove.contains(QStringLiteral("“Completed and removed”")), qPrintable(remove));
        for (const QString &text : {complete, reject, remove, QueueActionDialog::explanation(Action::Resend, 3)}) {
            for (const char *wire : {"PENDING", "COMPLETED", "REJECTED", "COMPLETED_AND_REMOVED"})
                QVERIFY2(!text.contains(QLatin1StringView(wire)), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestActionJournalDialog)
#include "tst_actionjournaldialog.moc"
