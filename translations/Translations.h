#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace commdesk {

// A language CommDesk speaks: its code ("el") and its name in itself ("Ελληνικά"), as the Preferences offer it.
struct Language
{
    QString code;
    QString name;
};

// English, Greek, Spanish and German.
QList<Language> languages();

// Installs Qt's own translations and CommDesk's: those of `language` ("el", "de"…) when it is one of languages(),
// making it the default locale too (dates and numbers follow), otherwise those of the user's locale.
void installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace commdesk
