#pragma once

#include "ApiClient.h"
#include "JsonReader.h"

namespace commdesk {

// Turns the `data` of an answer into domain values; a shape or type mismatch becomes a protocol
// error that names the member's path.
template<class T>
Result<T> decodeObject(const QJsonValue &data)
{
    if (!data.isObject())
        return ApiError::protocol(QStringLiteral("data: expected an object"));
    JsonReader reader;
    T value = T::fromJson(reader.root(data.toObject()));
    if (reader.hasError())
        return ApiError::protocol(reader.error());
    return value;
}

template<class T>
Result<QList<T>> decodeList(const QJsonValue &data)
{
    if (!data.isArray())
        return ApiError::protocol(QStringLiteral("data: expected an array"));
    const QJsonArray array = data.toArray();
    QList<T> values;
    values.reserve(array.size());
    JsonReader reader;
    reader.forEach(array, [&values](const JsonReader::Object &item) { values.append(T::fromJson(item)); });
    if (reader.hasError())
        return ApiError::protocol(reader.error());
    return values;
}

// Reads a list answer's bytes (envelope and items) into values, for a call's own decoder.
template<class T>
Result<QList<T>> readList(const QByteArray &body, int httpStatus)
{
    const Result<QJsonValue> data = ApiClient::decodeEnvelope(body, httpStatus);
    if (!data.ok())
        return data.error();
    return decodeList<T>(data.value());
}

// Adapts a typed handler to the client's raw one.
template<class T, class Decoder>
ApiClient::Handler decodeWith(Decoder decoder, std::function<void(const Result<T> &)> done)
{
    return [decoder, done = std::move(done)](const Result<QJsonValue> &raw) {
        if (!raw.ok())
            return done(raw.error());
        done(decoder(raw.value()));
    };
}

template<class T>
ApiClient::Handler objectHandler(std::function<void(const Result<T> &)> done)
{
    return decodeWith<T>(&decodeObject<T>, std::move(done));
}

template<class T>
ApiClient::Handler listHandler(std::function<void(const Result<QList<T>> &)> done)
{
    return decodeWith<QList<T>>(&decodeList<T>, std::move(done));
}

} // namespace commdesk
