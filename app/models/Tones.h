#pragma once

#include <QColor>
#include <QPalette>

namespace commdesk {

// The colours CommDesk gives meaning to (docs/architecture.md "Themes"), taken from the palette in use so that they
// read on a light theme and on a dark one: each is the first of its candidates with a WCAG contrast of at least 4.5
// to the palette's base and window colours, as text needs.
namespace tones {

enum class Tone {
    Error, // rejected, over the limit, a field in error
    Warning, // stale, waiting too long, a template placeholder
    Success, // completed, delivered
    Muted, // labels and hints beside values
};

QColor color(Tone tone, const QPalette &palette);
// The same against the application's palette of the moment.
QColor color(Tone tone);
// A background for a banner or a highlighted row of this tone (or the plain information one), under text of the
// palette's WindowText colour.
QColor background(Tone tone, const QPalette &palette);
QColor informationBackground(const QPalette &palette);
// Whether the palette is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);

// WCAG 2.x: relative luminance of a colour, and the contrast ratio of two (1 to 21).
double luminance(const QColor &color);
double contrast(const QColor &a, const QColor &b);
// `color` made lighter (on a dark background) or darker (on a light one) until its contrast to `background` is
// at least `ratio`.
QColor withContrast(QColor color, const QColor &background, double ratio);

} // namespace tones

} // namespace commdesk
