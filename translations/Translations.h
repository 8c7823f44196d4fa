#pragma once

class QCoreApplication;

namespace commdesk {

// Installs Qt's own translations and CommDesk's for the user's locale, when there are any.
void installTranslations(QCoreApplication &app);

} // namespace commdesk
