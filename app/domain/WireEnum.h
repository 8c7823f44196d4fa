#pragma once

#include <QAnyStringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace commdesk {

// One row of an enum's wire table: the value and the text docs/api-contract.md uses for it. A table may list
// extra rows after the canonical ones (aliases such as F2F); the first row of a value is what we write.
template<class E>
struct WireName
{
    E value;
    const char *text;
};

// Specialised next to each enum: static std::span<const WireName<E>> table();
template<class E>
struct WireTable;

template<class E>
QString wireName(E value)
{
    for (const auto &row : WireTable<E>::table()) {
        if (row.value == value)
            return QString::fromLatin1(row.text);
    }
    return {};
}

enum class WireCase { Exact, Insensitive };

// `text` in any encoding: a list page's rows are read from UTF-8 (CommunicationRow::fromMembers).
template<class E>
std::optional<E> fromWire(QAnyStringView text, WireCase wireCase = WireCase::Exact)
{
    const Qt::CaseSensitivity cs = wireCase == WireCase::Exact ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (const auto &row : WireTable<E>::table()) {
        // The wire names are ASCII: a text of another length is none of them.
        const QLatin1StringView name(row.text);
        if (text.size() == name.size() && QAnyStringView::compare(text, name, cs) == 0)
            return row.value;
    }
    return std::nullopt;
}

// The canonical wire names, without aliases, in table order (for help texts and validation messages).
template<class E>
QStringList wireNames()
{
    QStringList names;
    QList<E> seen;
    for (const auto &row : WireTable<E>::table()) {
        if (seen.contains(row.value))
            continue;
        seen.append(row.value);
        names.append(QString::fromLatin1(row.text));
    }
    return names;
}

// A value read from the wire: one of E's values, or the text of a value this client does not know
// (a newer server's media or state). Readers keep the unknown text instead of failing the whole
// answer, and it is shown and written back as it came (docs/api-contract.md, "Envelope").
template<class E>
class WireValue
{
public:
    using Enum = E;

    WireValue(E value) // implicit: a known value is a WireValue
        : m_value(value)
    { }

    // The known value for a canonical name or alias, else the text kept as it is.
    static WireValue fromText(QString text)
    {
        WireValue result;
        result.m_value = fromWire<E>(text);
        if (!result.m_value)
            result.m_text = std::move(text);
        return result;
    }

    bool isKnown() const { return m_value.has_value(); }
    std::optional<E> known() const { return m_value; }
    // The canonical wire name of a known value, else the text as it came.
    QString text() const { return m_value ? wireName(*m_value) : m_text; }

    friend bool operator==(const WireValue &, const WireValue &) = default;
    friend bool operator==(const WireValue &wire, E value) { return wire.m_value == value; }

private:
    WireValue() = default;

    std::optional<E> m_value;
    QString m_text; // only for a value this client does not know
};

template<class E>
QString wireName(const WireValue<E> &value)
{
    return value.text();
}

// The known value of an optional wire value; an unknown one reads as no value.
template<class E>
std::optional<E> knownValue(const std::optional<WireValue<E>> &value)
{
    return value ? value->known() : std::nullopt;
}

template<class E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto &row : WireTable<E>::table()) {
        if (!values.contains(row.value))
            values.append(row.value);
    }
    return values;
}

} // namespace commdesk
