// How dates and the queue's actions read to a person: a date in the locale's own long format with
// its year in four digits, whatever the short format does; an action as a label, never its wire word.
#include "DisplayText.h"

#include <QLocale>
#include <QTest>

using namespace commdesk;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void datesShowAFourDigitYear_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("month"); // the long name, as the locale writes it in a date
        // en_US writes a short date as M/d/yy.
        QTest::newRow("English, United States") << QStringLiteral("en_US") << QStringLiteral("February");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("Februar");
        QTest::newRow("Greek") << QStringLiteral("el_GR") << QStringLiteral("Φεβρουαρίου");
    }

    void datesShowAFourDigitYear()
    {
        QFETCH(QString, locale);
        QFETCH(QString, month);
        QLocale::setDefault(QLocale(locale));
        // 31 is in no other field: a two-digit year would show as a lone 31.
        const QDateTime when(QDate(2031, 2, 5), QTime(14, 7));
        const QString text = DisplayText::dateTime(when);
        QVERIFY2(text.contains(QStringLiteral("2031")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("31")), 1);
        QVERIFY2(text.contains(month), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(QTime(14, 7), QLocale::ShortFormat)), qPrintable(text));
        // The date part is the locale's long one.
        QVERIFY2(text.startsWith(QLocale().toString(when.date(), QLocale::LongFormat)), qPrintable(text));
    }

    // Whatever a locale's data says, no two-digit year: in each of Qt's locales, in that locale's digits.
    void everyLocaleShowsTheWholeYear()
    {
        const QDateTime when(QDate(2031, 2, 5), QTime(14, 7));
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        QVERIFY(locales.size() > 100);
        for (const QLocale &locale : locales) {
            QLocale::setDefault(locale);
            QLocale plain = locale;
            plain.setNumberOptions(QLocale::OmitGroupSeparator);
            for (const QString &text : {DisplayText::dateTime(when), DisplayText::listDateTime(when)})
                QVERIFY2(text.contains(plain.toString(2031)), qPrintable(locale.name() + u": " + text));
        }
    }

    void twoDigitYearsBecomeFour_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short German") << QStringLiteral("dd.MM.yy") << QStringLiteral("dd.MM.yyyy");
        QTest::newRow("short US") << QStringLiteral("M/d/yy") << QStringLiteral("M/d/yyyy");
        QTest::newRow("already four") << QStringLiteral("dddd, d MMMM yyyy") << QStringLiteral("dddd, d MMMM yyyy");
        QTest::newRow("three reads as two") << QStringLiteral("d MMM yyy") << QStringLiteral("d MMM yyyy");
        QTest::newRow("quoted text") << QStringLiteral("d 'yy' MMMM 'de' yy")
                                     << QStringLiteral("d 'yy' MMMM 'de' yyyy");
        QTest::newRow("a quote inside quotes") << QStringLiteral("'o''yy' yy") << QStringLiteral("'o''yy' yyyy");
        QTest::newRow("a lone y is a letter") << QStringLiteral("y d.M.yy") << QStringLiteral("y d.M.yyyy");
    }

    void twoDigitYearsBecomeFour()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::withFourDigitYears(format), expected);
    }

    void datesDifferByLocale()
    {
        const QDateTime when(QDate(2031, 2, 5), QTime(14, 7));
        QStringList texts;
        for (const char *name : {"en_US", "de_DE", "el_GR"}) {
            QLocale::setDefault(QLocale(QString::fromLatin1(name)));
            texts.append(DisplayText::dateTime(when));
        }
        texts.removeDuplicates();
        QCOMPARE(texts.size(), 3);
    }

    void datesAreLocalTime()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        const QDateTime local(QDate(2031, 2, 5), QTime(14, 7));
        QCOMPARE(DisplayText::dateTime(local.toUTC()), DisplayText::dateTime(local));
        QCOMPARE(DisplayText::dateTime(QDateTime()), QString());
    }

    void queueActionsReadAsLabels()
    {
        using Action = QueueActionRunner::Action;
        for (const Action action : {Action::Complete, Action::Reject, Action::Remove, Action::Resend}) {
            const QString wire = QueueActionRunner::wireName(action);
            QCOMPARE(DisplayText::queueAction(wire), DisplayText::queueAction(action));
            QVERIFY2(DisplayText::queueAction(action) != wire, qPrintable(wire));
        }
        QCOMPARE(DisplayText::queueAction(QStringLiteral("remove")), QStringLiteral("Remove"));
        // An action a newer program journalled reads as it was written.
        QCOMPARE(DisplayText::queueAction(QStringLiteral("archive")), QStringLiteral("archive"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
