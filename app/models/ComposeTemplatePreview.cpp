#include "ComposeTemplatePreview.h"

#include <QRegularExpression>

namespace commdesk {

namespace {

// `{{name}}`: exactly the syntax the server replaces (docs/api-contract.md "Communications"), so the preview shows what
// it will.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{([A-Za-z_][A-Za-z0-9_]*)\}\})"));
    return pattern;
}

} // namespace

QStringList ComposeTemplatePreview::known()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("name"),
            QStringLiteral("number")};
}

QString ComposeTemplatePreview::valueOf(const Contact &contact, const QString &placeholder)
{
    if (placeholder == QLatin1StringView("first_name"))
        return contact.firstName;
    if (placeholder == QLatin1StringView("last_name"))
        return contact.lastName;
    if (placeholder == QLatin1StringView("name"))
        return contact.name;
    if (placeholder == QLatin1StringView("number"))
        return contact.number;
    return {};
}

QStringList ComposeTemplatePreview::placeholdersIn(const QString &text)
{
    QStringList names;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

ComposeTemplatePreview::Result ComposeTemplatePreview::resolve(const QString &text, const Contact &contact)
{
    Result result;
    const QStringList names = known();
    qsizetype copied = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        result.text += QStringView(text).mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        if (!names.contains(name)) {
            result.text += match.captured();
            if (!result.unknown.contains(name))
                result.unknown.append(name);
            continue;
        }
        const QString value = valueOf(contact, name);
        result.text += value;
        if (value.isEmpty() && !result.empty.contains(name))
            result.empty.append(name);
    }
    result.text += QStringView(text).mid(copied);
    return result;
}

} // namespace commdesk
