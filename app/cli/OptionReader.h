#pragma once

#include "CommandLine.h"
#include "Identifier.h"
#include "WireEnum.h"

#include <QDateTime>

namespace commdesk {

// What an identifier names, for checking its field against docs/api-contract.md "Identifiers".
enum class IdentifierKind {
    Communication,
    Contact,
    Category,
    Template,
    QueueEntry,
    ExternalSystem,
    Group,
    PrivacyLevel,
    UnrestrictedParameter,
    ReferredEntity, // the entity_identifier of referring_to
};

// Typed reading of option values and words, each checked before anything is sent. The first
// problem is kept as one sentence for the user; after it, the readers return empty values.
class OptionReader
{
    Q_DECLARE_TR_FUNCTIONS(OptionReader)

public:
    explicit OptionReader(const CommandLine &line)
        : m_line(line)
    { }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &error);

    bool has(const QString &option) const { return m_line.has(option); }
    QString text(const QString &option) const { return m_line.value(option); }
    QStringList values(const QString &option) const { return m_line.values(option); } // a repeatable option

    // Any letter case; the message lists the canonical names.
    template<class E>
    std::optional<E> enumValue(const QString &option)
    {
        if (!has(option))
            return std::nullopt;
        const QString value = text(option);
        if (auto parsed = fromWire<E>(value, WireCase::Insensitive))
            return parsed;
        failInvalidChoice(option, value, wireNames<E>());
        return std::nullopt;
    }

    std::optional<Identifier> identifier(const QString &option, IdentifierKind kind);
    // One value of a repeatable option, or part of a value, as an identifier.
    std::optional<Identifier> identifierIn(const QString &option, const QString &value, IdentifierKind kind);
    // A command word such as `number=CM000680`.
    std::optional<Identifier> identifierWord(const QString &word, IdentifierKind kind);
    // A whole number not below minimum.
    std::optional<int> count(const QString &option, int minimum);
    // A number from 0 to 1.
    std::optional<double> ratio(const QString &option);
    // Any finite number, `2.5`, `-1`, `1e3` (the C locale's decimal point).
    std::optional<double> decimal(const QString &option);
    // ISO 8601, `2017-05-22T12:42:03+03:00` or `2017-05-22`.
    std::optional<QDateTime> date(const QString &option);
    // The UTF-8 text of the file the option names.
    std::optional<QString> fileText(const QString &option);
    // A comma-separated list, `a,b`, without empty items.
    QStringList list(const QString &option);

    static QStringList fieldsOf(IdentifierKind kind);
    static QString exampleOf(IdentifierKind kind); // e.g. number=CM000680
    static std::optional<QDateTime> parseDate(const QString &text); // as date() reads it

private:
    void failInvalidChoice(const QString &option, const QString &value, const QStringList &choices);
    std::optional<Identifier> checkedIdentifier(const QString &text, IdentifierKind kind, const QString &where);

    const CommandLine &m_line;
    QString m_error;
};

} // namespace commdesk
