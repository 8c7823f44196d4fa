// The catalogues: English plural forms come from commdesk_en (also for a locale without a catalogue
// of its own), Greek, Spanish and German from theirs (any country), and every `%n` text in the sources has its
// English forms.
#include "Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace commdesk;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString pending(int n)
    {
        return QCoreApplication::translate("commdesk::QueueAlerts", "%n entries are pending (limit %1).", nullptr, n)
            .arg(10);
    }

    // Takes out every translator installTranslations() put in, so that each case starts clean.
    void removeTranslators()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void englishHasItsPluralForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << QStringLiteral("en_GB");
        QTest::newRow("a language without a catalogue") << QStringLiteral("fr_FR");
        QTest::newRow("C") << QStringLiteral("C");
    }

    void englishHasItsPluralForms()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(pending(1), QStringLiteral("1 entry is pending (limit 10)."));
        QCOMPARE(pending(3), QStringLiteral("3 entries are pending (limit 10)."));
    }

    void eachLanguageComesFromItsCatalogue_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::newRow("Greek") << QStringLiteral("el_GR") << QStringLiteral("1 καταχώριση είναι σε αναμονή (όριο 10).")
                               << QStringLiteral("3 καταχωρίσεις είναι σε αναμονή (όριο 10).");
        QTest::newRow("Spanish") << QStringLiteral("es_ES") << QStringLiteral("1 entrada está pendiente (límite 10).")
                                 << QStringLiteral("3 entradas están pendientes (límite 10).");
        QTest::newRow("Spanish, Mexico") << QStringLiteral("es_MX")
                                         << QStringLiteral("1 entrada está pendiente (límite 10).")
                                         << QStringLiteral("3 entradas están pendientes (límite 10).");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("1 Eintrag ist ausstehend (Grenzwert 10).")
                                << QStringLiteral("3 Einträge sind ausstehend (Grenzwert 10).");
        QTest::newRow("German, Austria") << QStringLiteral("de_AT")
                                         << QStringLiteral("1 Eintrag ist ausstehend (Grenzwert 10).")
                                         << QStringLiteral("3 Einträge sind ausstehend (Grenzwert 10).");
    }

    void eachLanguageComesFromItsCatalogue()
    {
        QFETCH(QString, locale);
        QFETCH(QString, one);
        QFETCH(QString, many);
        QLocale::setDefault(QLocale(locale));
        installTranslations(*QCoreApplication::instance());
        QCOMPARE(pending(1), one);
        QCOMPARE(pending(3), many);
    }

    // The language chosen in the Preferences wins over the system's, dates and numbers included; a code CommDesk does
    // not speak leaves the system's.
    void theChosenLanguageWins()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(pending(3), QStringLiteral("3 Einträge sind ausstehend (Grenzwert 10)."));
        removeTranslators();

        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("xx"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(pending(3), QStringLiteral("3 entries are pending (limit 10)."));

        QStringList codes;
        for (const Language &language : languages())
            codes << language.code;
        QCOMPARE(
            codes,
            (QStringList {QStringLiteral("en"), QStringLiteral("el"), QStringLiteral("es"), QStringLiteral("de")}));
    }

    // lupdate keeps commdesk_en.ts in step (`update_translations`); this catches a `%n` text added
    // without running it, which English would show as "1 entries".
    void everyPluralTextHasEnglishForms()
    {
        QFile catalogue(QStringLiteral(COMMDESK_SOURCE_DIR "/translations/commdesk_en.ts"));
        QVERIFY(catalogue.open(QIODevice::ReadOnly));
        const QString english = QString::fromUtf8(catalogue.readAll());
        // tr( followed by one or more adjacent string literals, which the compiler joins (no raw
        // strings here: Qt 6.4's moc misreads some).
        const QRegularExpression call(QStringLiteral("tr\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)"));
        const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        int found = 0;
        for (const char *folder : {"/app", "/ui"}) {
            QDirIterator files(QStringLiteral(COMMDESK_SOURCE_DIR) + QLatin1StringView(folder),
                               {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile source(files.next());
                QVERIFY(source.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(source.readAll());
                for (auto match = call.globalMatch(text); match.hasNext();) {
                    QString literal;
                    for (auto part = piece.globalMatch(match.next().captured(1)); part.hasNext();)
                        literal += part.next().captured(1);
                    if (!literal.contains(QStringLiteral("%n")))
                        continue;
                    literal.replace(QStringLiteral("&"), QStringLiteral("&amp;"))
                        .replace(QStringLiteral("<"), QStringLiteral("&lt;"))
                        .replace(QStringLiteral(">"), QStringLiteral("&gt;"));
                    ++found;
                    QVERIFY2(english.contains(QStringLiteral("<source>") + literal + QStringLiteral("</source>")),
                             qPrintable(files.filePath() + QStringLiteral(": ") + literal));
                }
            }
        }
        QVERIFY(found > 0); // the scan itself works
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
