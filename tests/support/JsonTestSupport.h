#pragma once

// Small helpers the JSON mapping tests share.

#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace JsonTestSupport {

// Parses a literal test document; a typo in the literal stops the test run at once.
inline QJsonObject object(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// Compact text with sorted keys: a readable diff when a comparison fails.
inline QByteArray text(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// Reads a T; the reader's first error (if any) goes to *error.
template<class T>
T read(const QJsonObject &json, QString *error = nullptr)
{
    commdesk::JsonReader reader;
    T value = T::fromJson(reader.root(json));
    if (error)
        *error = reader.error();
    else if (reader.hasError())
        qWarning("unexpected error: %s", qPrintable(reader.error()));
    return value;
}

} // namespace JsonTestSupport
