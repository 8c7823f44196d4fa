#pragma once

#include "Identifier.h"

#include <QList>
#include <QUrl>

#include <optional>

namespace commdesk {

// A link to something in CommDesk, to send a colleague or keep in a note (docs/architecture.md "Links"):
//   commdesk://communication/CM004902        a communication by number (or id=…)
//   commdesk://contact/number=CI000271       a contact's communications, by any contact identifier
//   commdesk://queue/CQ002393                a queue entry by number (or id=…)
// A bare value is a number; `field=value` names the field, as the CLI's F=V does.
struct DeskLink
{
    enum class Kind { Communication, Contact, QueueEntry };

    Kind kind = Kind::Communication;
    Identifier target;

    static constexpr QLatin1StringView kScheme {"commdesk"};

    // nullopt for anything else than a link of the three kinds above with a target.
    static std::optional<DeskLink> parse(const QString &text);
    // The links among a program's arguments (a desktop opens the handler with the link as one).
    static QList<DeskLink> fromArguments(const QStringList &arguments);

    static DeskLink communication(const QString &number) { return {Kind::Communication, Identifier::byNumber(number)}; }
    static DeskLink queueEntry(const QString &number) { return {Kind::QueueEntry, Identifier::byNumber(number)}; }

    QUrl toUrl() const;
    QString toString() const { return toUrl().toString(QUrl::FullyEncoded); }
    friend bool operator==(const DeskLink &, const DeskLink &) = default;
};

} // namespace commdesk
