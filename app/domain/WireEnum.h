#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace commdesk {

// One row of an enum's wire table: the value and the text CRM-API.md uses for it. A table may list
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

template<class E>
std::optional<E> fromWire(QStringView text, WireCase wireCase = WireCase::Exact)
{
    const Qt::CaseSensitivity cs = wireCase == WireCase::Exact ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (const auto &row : WireTable<E>::table()) {
        if (text.compare(QLatin1StringView(row.text), cs) == 0)
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
