#pragma once

#include "Tones.h"

#include <QObject>

#include <optional>

class QWidget;

namespace commdesk {

// View > Theme (docs/architecture.md "Themes"): the platform's look, or Fusion with a light or a dark palette
// (the dark one also where the platform has none). Everything CommDesk colours takes its colours from the palette
// (models/Tones, models/PaletteIcon), so a change of theme shows at once.
namespace theme {

enum class Choice { System, Light, Dark };

QString key(Choice choice); // "system", "light", "dark": what the settings keep
Choice fromKey(const QString &key); // anything else: System
void apply(Choice choice);
Choice current();
QPalette lightPalette();
QPalette darkPalette();

// Says when the theme changed, for what sets colours of its own.
class Notifier : public QObject
{
    Q_OBJECT

public:
    static Notifier *instance();

Q_SIGNALS:
    void changed();
};

// The widget's text in the tone's colour (none: the palette's own), now and after every change of theme.
void setTextTone(QWidget *widget, std::optional<tones::Tone> tone);

} // namespace theme

} // namespace commdesk
