#include "DeskLink.h"

namespace commdesk {

namespace {

struct KindName
{
    DeskLink::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kKinds[] = {
    {DeskLink::Kind::Communication, QLatin1StringView("communication")},
    {DeskLink::Kind::Contact, QLatin1StringView("contact")},
    {DeskLink::Kind::QueueEntry, QLatin1StringView("queue")},
};

} // namespace

std::optional<DeskLink> DeskLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(kScheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds), [&url](const KindName &k) {
        return url.host().compare(k.name, Qt::CaseInsensitive) == 0;
    });
    if (kind == std::end(kKinds))
        return std::nullopt;
    QString value = url.path(QUrl::FullyDecoded);
    while (value.startsWith(QLatin1Char('/')))
        value.remove(0, 1);
    while (value.endsWith(QLatin1Char('/')))
        value.chop(1);
    if (value.isEmpty() || value.contains(QLatin1Char('/')))
        return std::nullopt;
    if (value.contains(QLatin1Char('='))) {
        const std::optional<Identifier> identifier = Identifier::parse(value);
        if (!identifier)
            return std::nullopt;
        return DeskLink {kind->kind, *identifier};
    }
    return DeskLink {kind->kind, Identifier::byNumber(value)};
}

QList<DeskLink> DeskLink::fromArguments(const QStringList &arguments)
{
    QList<DeskLink> links;
    for (const QString &argument : arguments) {
        if (const std::optional<DeskLink> link = parse(argument))
            links.append(*link);
    }
    return links;
}

QUrl DeskLink::toUrl() const
{
    QUrl url;
    url.setScheme(kScheme);
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            url.setHost(k.name);
    }
    // The number alone for communications and queue entries (what people read); field=value otherwise.
    const bool bare = target.field == QLatin1StringView("number") && kind != Kind::Contact;
    url.setPath(QLatin1Char('/') + (bare ? target.value : target.field + QLatin1Char('=') + target.value));
    return url;
}

} // namespace commdesk
