#include "Tones.h"

#include <QGuiApplication>

#include <cmath>

namespace commdesk::tones {

namespace {

constexpr double kTextContrast = 4.5;

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

// The tone's hue as it is on a light theme; withContrast() moves it to where it reads.
QColor base(Tone tone)
{
    switch (tone) {
    case Tone::Error:
        return QColor(0xb0, 0x2a, 0x2a);
    case Tone::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Tone::Success:
        return QColor(0x1d, 0x6f, 0x42);
    case Tone::Muted:
        return QColor(0x5f, 0x63, 0x68);
    }
    return Qt::black;
}

// The darker (or, on a dark theme, the lighter) of the palette's base and window: what the text must stand out from.
QColor hardestBackground(const QPalette &palette)
{
    const QColor baseColor = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDark(palette);
    return (luminance(baseColor) > luminance(window)) == dark ? baseColor : window;
}

// `hue` laid over the palette's window at `share` (deeper on a dark theme), under the palette's own text; the plain
// window when the text would not read on it.
QColor wash(const QPalette &palette, const QColor &hue, double lightShare, double darkShare)
{
    const QColor window = palette.color(QPalette::Window);
    const double share = isDark(palette) ? darkShare : lightShare;
    const QColor mixed = QColor::fromRgbF(float(window.redF() * (1 - share) + hue.redF() * share),
                                          float(window.greenF() * (1 - share) + hue.greenF() * share),
                                          float(window.blueF() * (1 - share) + hue.blueF() * share));
    return contrast(mixed, palette.color(QPalette::WindowText)) >= kTextContrast ? mixed : window;
}

} // namespace

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

QColor withContrast(QColor color, const QColor &background, double ratio)
{
    const bool lighten = luminance(background) < 0.18;
    for (int step = 0; step < 40 && contrast(color, background) < ratio; ++step) {
        float h, s, l;
        color.getHslF(&h, &s, &l);
        l = lighten ? std::min(1.0f, l + 0.04f) : std::max(0.0f, l - 0.04f);
        color = QColor::fromHslF(h, s, l);
    }
    return color;
}

QColor color(Tone tone, const QPalette &palette)
{
    const QColor against = hardestBackground(palette);
    QColor result = withContrast(base(tone), against, kTextContrast);
    // Both backgrounds must hold: a window lighter than the base on a light theme, say.
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window})
        result = withContrast(result, palette.color(role), kTextContrast);
    return result;
}

QColor color(Tone tone)
{
    return color(tone, QGuiApplication::palette());
}

QColor background(Tone tone, const QPalette &palette)
{
    return wash(palette, base(tone), 0.12, 0.30);
}

QColor informationBackground(const QPalette &palette)
{
    return wash(palette, palette.color(QPalette::Highlight), 0.10, 0.25);
}

} // namespace commdesk::tones
