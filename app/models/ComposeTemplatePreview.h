#pragma once

#include "Contact.h"

#include <QStringList>

namespace commdesk {

// The placeholders of a template ({{first_name}}, {{last_name}}, {{name}}, {{number}}, docs/api-contract.md
// "Communications") resolved for one contact the way the server fills them, so that the compose window can show
// what will be sent and warn about placeholders that stay empty.
class ComposeTemplatePreview
{
public:
    struct Result
    {
        QString text; // the text with every known placeholder replaced
        QStringList empty; // known placeholders whose value is empty for this contact, in order, once each
        QStringList unknown; // placeholders the server does not fill (left as they are)
    };

    // The placeholders the server fills, without braces.
    static QStringList known();
    // Their values for a contact: the members of the contact as embedded in a communication.
    static QString valueOf(const Contact &contact, const QString &placeholder);
    // Placeholder names in the text, in order, once each.
    static QStringList placeholdersIn(const QString &text);
    static bool hasPlaceholders(const QString &text) { return !placeholdersIn(text).isEmpty(); }

    static Result resolve(const QString &text, const Contact &contact);
};

} // namespace commdesk
