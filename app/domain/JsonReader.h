#pragma once

#include "ApiDate.h"
#include "Enums.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

namespace commdesk {

// Reads the members of server JSON generously where real servers vary (docs/api-contract.md,
// "Envelope": members missing, `null` or `""` for "no value", any order, unknown members, booleans
// as 1/0 or text, numbers as text, enum values this client does not know) and strictly where a
// value cannot be read at all: an object where text is expected is an error naming its path
// (`data[3].viewed`), never a silent zero. Only the first error is kept; after it, reads return
// empty values.
class JsonReader
{
public:
    explicit JsonReader(QString rootPath = QStringLiteral("data"));

    bool hasError() const { return !m_error.isEmpty(); }
    // `data[3].contact_information.type: expected a string, got a number`
    QString error() const { return m_error; }
    QString errorPath() const { return m_errorPath; }

    // A scope for reading one object; member names are appended to the path.
    class Object
    {
    public:
        Object(JsonReader &reader, QJsonObject object, QString path);

        bool has(QStringView key) const; // present and neither null nor ""
        // Also accepts a number for an id-like text member (some servers send numbers as numbers).
        QString string(QStringView key) const;
        // Numbers may also arrive as text ("12", "2.5"); "" is no value, other text a type error.
        std::optional<double> number(QStringView key) const;
        std::optional<qint64> integer(QStringView key) const; // 2.5 is an error, not 2
        // An integer that fits an int (day, month, character_limit).
        std::optional<int> int32(QStringView key) const;
        // true/false, 1/0 or "true"/"false" (servers differ; CRM.COM's own example answers 1).
        std::optional<bool> boolean(QStringView key) const;
        std::optional<ApiDate> date(QStringView key) const;
        // A value this client knows, or none: an unknown value reads as no value, without an
        // error. Members worth showing as they came use wireValue instead.
        template<class E>
        std::optional<E> enumValue(QStringView key) const
        {
            const QString text = strictString(key); // a number is no enum value: a type error
            return text.isEmpty() ? std::nullopt : fromWire<E>(text);
        }
        // A known value, or the text of one this client does not know (a newer server's media).
        template<class E>
        std::optional<WireValue<E>> wireValue(QStringView key) const
        {
            QString text = strictString(key);
            if (text.isEmpty())
                return std::nullopt;
            return WireValue<E>::fromText(std::move(text));
        }
        // Calls read for a nested object when the member is an object; absent or null gives false.
        bool object(QStringView key, const std::function<void(const Object &)> &read) const;
        // Calls read for each element of an array of objects, with the path `key[i]`.
        void array(QStringView key, const std::function<void(const Object &)> &read) const;
        QStringList stringArray(QStringView key) const;
        // An array taken as it is, for members whose items the contract leaves open (follow_up_set).
        QJsonArray rawArray(QStringView key) const;
        QJsonObject raw() const { return m_object; }
        QString path() const { return m_path; }

        void fail(QStringView key, const QString &problem) const;

    private:
        QJsonValue value(QStringView key) const;
        // Like string() but without accepting a number.
        QString strictString(QStringView key) const;
        void typeError(QStringView key, const char *expected, const QJsonValue &got) const;

        JsonReader &m_reader;
        QJsonObject m_object;
        QString m_path;
    };

    Object root(const QJsonObject &object);
    // Reads each element of a top-level array (a list answer) as `data[i]`; a non-object element
    // is an error.
    void forEach(const QJsonArray &array, const std::function<void(const Object &)> &read);

    void fail(const QString &path, const QString &problem);

private:
    QString m_rootPath;
    QString m_error;
    QString m_errorPath;
};

} // namespace commdesk
