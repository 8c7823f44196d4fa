#pragma once

#include "JsonReader.h"

#include <array>
#include <concepts>
#include <tuple>
#include <type_traits>

// Table-driven JSON mapping for the domain types. Each type lists its members once, as wire name
// and struct member, and both directions go through that table, so that the tolerance rules of
// docs/api-contract.md "Envelope" live here (and in JsonReader) rather than in twelve hand-written readers.
namespace commdesk::mapping {

template<class S, class M>
struct Member
{
    QStringView key;
    M S::*pointer;
};

template<class S, class M>
constexpr Member<S, M> member(QStringView key, M S::*pointer)
{
    return {key, pointer};
}

// A type with its own table: `static T fromJson(const JsonReader::Object &)` and `toJson()`.
template<class T>
concept Mappable = requires(const JsonReader::Object &json, const T &value)
{
    {
        T::fromJson(json)
        } -> std::same_as<T>;
    {
        value.toJson()
        } -> std::same_as<QJsonObject>;
};

template<class T>
inline constexpr bool isOptional = false;
template<class T>
inline constexpr bool isOptional<std::optional<T>> = true;
template<class T>
inline constexpr bool isList = false;
template<class T>
inline constexpr bool isList<QList<T>> = true;
template<class T>
inline constexpr bool isArray = false;
template<class T, std::size_t N>
inline constexpr bool isArray<std::array<T, N>> = true;
template<class T>
inline constexpr bool isWireValue = false;
template<class E>
inline constexpr bool isWireValue<WireValue<E>> = true;

// A std::array member maps to numbered keys: `udf_string_` and element 0 give `udf_string_1`.
inline QString numberedKey(QStringView prefix, std::size_t index)
{
    return prefix + QString::number(index + 1);
}

// One value; nullopt when the member is missing, null or "" (or of the wrong type: the reader
// then holds the error).
template<class T>
std::optional<T> readOptional(const JsonReader::Object &json, QStringView key)
{
    if constexpr (std::is_same_v<T, bool>) {
        return json.boolean(key);
    } else if constexpr (std::is_same_v<T, double>) {
        return json.number(key);
    } else if constexpr (std::is_same_v<T, int>) {
        return json.int32(key);
    } else if constexpr (std::is_same_v<T, qint64>) {
        return json.integer(key);
    } else if constexpr (std::is_same_v<T, ApiDate>) {
        return json.date(key);
    } else if constexpr (std::is_enum_v<T>) {
        return json.enumValue<T>(key);
    } else if constexpr (isWireValue<T>) {
        return json.wireValue<typename T::Enum>(key);
    } else if constexpr (std::is_same_v<T, QString>) {
        QString text = json.string(key);
        return text.isEmpty() ? std::nullopt : std::optional<QString>(std::move(text));
    } else {
        static_assert(Mappable<T>, "a nested object needs fromJson and toJson");
        std::optional<T> result;
        json.object(key, [&result](const JsonReader::Object &object) { result = T::fromJson(object); });
        return result;
    }
}

template<class T>
void read(const JsonReader::Object &json, QStringView key, T &out)
{
    if constexpr (isOptional<T>) {
        out = readOptional<typename T::value_type>(json, key);
    } else if constexpr (std::is_same_v<T, QString>) {
        out = json.string(key);
    } else if constexpr (std::is_same_v<T, QStringList>) {
        out = json.stringArray(key);
    } else if constexpr (std::is_same_v<T, QJsonArray>) {
        out = json.rawArray(key);
    } else if constexpr (isList<T>) {
        out.clear();
        json.array(key, [&out](const JsonReader::Object &item) { out.append(T::value_type::fromJson(item)); });
    } else if constexpr (isArray<T>) {
        for (std::size_t i = 0; i < out.size(); ++i)
            read(json, numberedKey(key, i), out[i]);
    } else if (std::optional<T> value = readOptional<T>(json, key)) {
        out = std::move(*value); // a plain bool, int or enum keeps its default when there is no value
    }
}

// Normalised output: dates ISO 8601 in UTC, enums by their canonical wire name.
template<class T>
QJsonValue toJsonValue(const T &value)
{
    if constexpr (std::is_same_v<T, ApiDate>)
        return value.toIsoUtc();
    else if constexpr (std::is_enum_v<T> || isWireValue<T>)
        return wireName(value);
    else if constexpr (Mappable<T>)
        return value.toJson();
    else
        return QJsonValue(value);
}

// Leaves out what a reader would take as "no value": empty optionals, strings and lists, false.
template<class T>
void write(QJsonObject &json, QStringView key, const T &value)
{
    if constexpr (isOptional<T>) {
        if (value)
            json.insert(key, toJsonValue(*value));
    } else if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, QJsonArray>) {
        if (!value.isEmpty())
            json.insert(key, value);
    } else if constexpr (isList<T>) {
        QJsonArray items;
        for (const auto &item : value)
            items.append(toJsonValue(item));
        if (!items.isEmpty())
            json.insert(key, items);
    } else if constexpr (isArray<T>) {
        for (std::size_t i = 0; i < value.size(); ++i)
            write(json, numberedKey(key, i), value[i]);
    } else if constexpr (std::is_same_v<T, bool>) {
        if (value)
            json.insert(key, true);
    } else {
        json.insert(key, toJsonValue(value));
    }
}

template<class S, class Table>
void readMembers(const JsonReader::Object &json, S &target, const Table &members)
{
    std::apply([&](const auto &...m) { (read(json, m.key, target.*m.pointer), ...); }, members);
}

template<class S, class Table>
S fromJson(const JsonReader::Object &json, const Table &members)
{
    S target;
    readMembers(json, target, members);
    return target;
}

template<class S, class Table>
QJsonObject toJson(const S &source, const Table &members)
{
    QJsonObject json;
    std::apply([&](const auto &...m) { (write(json, m.key, source.*m.pointer), ...); }, members);
    return json;
}

} // namespace commdesk::mapping
