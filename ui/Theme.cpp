#include "Theme.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QVariant>
#include <QWidget>

#include <memory>

namespace commdesk::theme {

namespace {

Choice g_current = Choice::System;
QString g_systemStyle; // the platform's style and palette, remembered before the first change
QPalette g_systemPalette;

const char *const kToneProperty = "commdeskTextTone";

void paintTone(QWidget *widget)
{
    const QVariant tone = widget->property(kToneProperty);
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText,
                     tone.isValid() ? tones::color(tones::Tone(tone.toInt()))
                                    : QApplication::palette().color(QPalette::WindowText));
    widget->setPalette(palette);
}

} // namespace

QString key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice fromKey(const QString &key)
{
    if (key == QLatin1StringView("light"))
        return Choice::Light;
    if (key == QLatin1StringView("dark"))
        return Choice::Dark;
    return Choice::System;
}

Choice current()
{
    return g_current;
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    // Fusion's selection blue is too light under white text (3.6:1): a deeper one reads at 5:1.
    palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette darkPalette()
{
    // Greys far enough apart for borders and alternate rows; text at WCAG AAA on every background.
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x8a, 0x8d, 0x91);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x51));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x40, 0x43));
    palette.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    palette.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2d, 0x64, 0xa8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x51));
    return palette;
}

void apply(Choice choice)
{
    if (g_systemStyle.isEmpty() && QApplication::style()) {
        g_systemStyle = QApplication::style()->name();
        g_systemPalette = QApplication::palette();
        if (choice == Choice::System)
            return; // as the platform made it: nothing to change
    }
    g_current = choice;
    switch (choice) {
    case Choice::System:
        QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(g_systemPalette);
        break;
    case Choice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    Q_EMIT Notifier::instance()->changed();
}

Notifier *Notifier::instance()
{
    static QPointer<Notifier> notifier;
    if (!notifier)
        notifier = new Notifier; // goes with the application
    if (!notifier->parent() && QCoreApplication::instance())
        notifier->setParent(QCoreApplication::instance());
    return notifier;
}

void setTextTone(QWidget *widget, std::optional<tones::Tone> tone)
{
    widget->setProperty(kToneProperty, tone ? QVariant(int(*tone)) : QVariant());
    paintTone(widget);
    if (tone && !widget->property("commdeskToneFollowed").toBool()) { // one connection, however many calls
        widget->setProperty("commdeskToneFollowed", true);
        QObject::connect(Notifier::instance(), &Notifier::changed, widget, [widget] { paintTone(widget); });
    }
}

} // namespace commdesk::theme
