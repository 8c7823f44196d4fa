#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace commdesk {

QList<Language> languages()
{
    // Each name is written in its own language, so that a user who cannot read the current one finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("el"), QStringLiteral("Ελληνικά")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const auto known = languages();
    if (std::any_of(known.begin(), known.end(), [&](const Language &each) { return each.code == language; })) {
        // The system's country is kept when it speaks that language too (de_AT stays Austrian).
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale(language).language() ? system : QLocale(language));
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // A language without a catalogue (or the C locale) gets English, whose catalogue carries the
    // plural forms.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("commdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("commdesk_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace commdesk
