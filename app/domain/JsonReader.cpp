#include "JsonReader.h"

#include <QLocale>

#include <cmath>

namespace commdesk {

namespace {

// docs/api-contract.md, "Envelope": a missing member, `null` and `""` all mean "no value".
bool isNoValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
}

QLatin1StringView typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QLatin1StringView("null");
    case QJsonValue::Bool:
        return QLatin1StringView("a boolean");
    case QJsonValue::Double:
        return QLatin1StringView("a number");
    case QJsonValue::String:
        return QLatin1StringView("a string");
    case QJsonValue::Array:
        return QLatin1StringView("an array");
    case QJsonValue::Object:
        return QLatin1StringView("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QLatin1StringView("nothing");
}

QString typeProblem(const char *expected, const QJsonValue &got)
{
    return u"expected " + QLatin1StringView(expected) + u", got " + typeName(got);
}

// Quotes a value for an error message; a huge value must not make a huge message.
QString quoted(const QString &text)
{
    constexpr qsizetype limit = 60;
    if (text.size() <= limit)
        return u'"' + text + u'"';
    return u'"' + text.left(limit) + u"\u2026\"";
}

// Integral numbers beyond this are not exact in a double.
constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53

bool isExactInteger(double number)
{
    return std::trunc(number) == number && std::abs(number) <= exactIntegerLimit;
}

// Some servers send ids as numbers: write integral ones without ".0".
QString numberText(const QJsonValue &value)
{
    const double number = value.toDouble();
    if (isExactInteger(number))
        return QString::number(value.toInteger(static_cast<qint64>(number)));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString itemKey(QStringView key, qsizetype index)
{
    return key + u'[' + QString::number(index) + u']';
}

} // namespace

JsonReader::JsonReader(QString rootPath)
    : m_rootPath(std::move(rootPath))
{ }

JsonReader::Object JsonReader::root(const QJsonObject &object)
{
    return Object(*this, object, m_rootPath);
}

void JsonReader::forEach(const QJsonArray &array, const std::function<void(const Object &)> &read)
{
    for (qsizetype i = 0; i < array.size() && !hasError(); ++i) {
        const QString path = itemKey(m_rootPath, i);
        const QJsonValue item = array.at(i);
        if (item.isObject())
            read(Object(*this, item.toObject(), path));
        else
            fail(path, typeProblem("an object", item));
    }
}

void JsonReader::fail(const QString &path, const QString &problem)
{
    if (hasError())
        return; // the first error is the one that explains the others
    m_errorPath = path;
    m_error = path + u": " + problem;
}

JsonReader::Object::Object(JsonReader &reader, QJsonObject object, QString path)
    : m_reader(reader)
    , m_object(std::move(object))
    , m_path(std::move(path))
{ }

QJsonValue JsonReader::Object::value(QStringView key) const
{
    if (m_reader.hasError())
        return QJsonValue(QJsonValue::Undefined);
    return m_object.value(key);
}

void JsonReader::Object::fail(QStringView key, const QString &problem) const
{
    m_reader.fail(m_path + u'.' + key, problem);
}

void JsonReader::Object::typeError(QStringView key, const char *expected, const QJsonValue &got) const
{
    fail(key, typeProblem(expected, got));
}

bool JsonReader::Object::has(QStringView key) const
{
    return !isNoValue(value(key));
}

QString JsonReader::Object::string(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isDouble())
        return numberText(v);
    return strictString(key);
}

QString JsonReader::Object::strictString(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (!isNoValue(v))
        typeError(key, "a string", v);
    return {};
}

std::optional<double> JsonReader::Object::number(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isDouble())
        return v.toDouble();
    if (isNoValue(v))
        return std::nullopt;
    if (v.isString()) {
        // A number written as text ("12", "-2.5"); a locale's decimal comma or "NaN" is no number.
        bool ok = false;
        const double n = QLocale::c().toDouble(v.toString().trimmed(), &ok);
        if (ok && std::isfinite(n))
            return n;
        fail(key, u"expected a number, got " + quoted(v.toString()));
        return std::nullopt;
    }
    typeError(key, "a number", v);
    return std::nullopt;
}

std::optional<qint64> JsonReader::Object::integer(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isString()) {
        // Digits are read exactly, beyond the 2^53 that a double holds.
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    const std::optional<double> n = number(key);
    if (!n)
        return std::nullopt;
    if (!isExactInteger(*n)) {
        fail(key, u"expected an integer, got " + QString::number(*n, 'g', QLocale::FloatingPointShortest));
        return std::nullopt;
    }
    return v.isDouble() ? v.toInteger(static_cast<qint64>(*n)) : static_cast<qint64>(*n);
}

std::optional<int> JsonReader::Object::int32(QStringView key) const
{
    const std::optional<qint64> n = integer(key);
    if (!n)
        return std::nullopt;
    if (*n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max()) {
        fail(key, u"expected a 32-bit integer, got " + QString::number(*n));
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

std::optional<bool> JsonReader::Object::boolean(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (isNoValue(v))
        return std::nullopt;
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    if (v.isString()) {
        const QString text = v.toString().trimmed();
        if (text.compare(u"true", Qt::CaseInsensitive) == 0 || text == u"1")
            return true;
        if (text.compare(u"false", Qt::CaseInsensitive) == 0 || text == u"0")
            return false;
        fail(key, u"expected a boolean, got " + quoted(text));
        return std::nullopt;
    }
    if (v.isDouble()) {
        fail(key, u"expected a boolean, got " + numberText(v));
        return std::nullopt;
    }
    typeError(key, "a boolean", v);
    return std::nullopt;
}

std::optional<ApiDate> JsonReader::Object::date(QStringView key) const
{
    const QJsonValue v = value(key);
    if (isNoValue(v))
        return std::nullopt;
    if (!v.isString()) {
        typeError(key, "a date", v);
        return std::nullopt;
    }
    std::optional<ApiDate> date = ApiDate::parse(v.toString());
    if (!date)
        fail(key, u"expected a date, got " + quoted(v.toString()));
    return date;
}

bool JsonReader::Object::object(QStringView key, const std::function<void(const Object &)> &read) const
{
    const QJsonValue v = value(key);
    if (isNoValue(v))
        return false;
    if (!v.isObject()) {
        typeError(key, "an object", v);
        return false;
    }
    read(Object(m_reader, v.toObject(), m_path + u'.' + key));
    return true;
}

void JsonReader::Object::array(QStringView key, const std::function<void(const Object &)> &read) const
{
    const QJsonArray items = rawArray(key);
    for (qsizetype i = 0; i < items.size() && !m_reader.hasError(); ++i) {
        const QString elementKey = itemKey(key, i);
        const QJsonValue item = items.at(i);
        if (item.isObject())
            read(Object(m_reader, item.toObject(), m_path + u'.' + elementKey));
        else
            typeError(elementKey, "an object", item);
    }
}

QStringList JsonReader::Object::stringArray(QStringView key) const
{
    const QJsonArray items = rawArray(key);
    QStringList strings;
    for (qsizetype i = 0; i < items.size() && !m_reader.hasError(); ++i) {
        const QJsonValue item = items.at(i);
        if (item.isString())
            strings.append(item.toString());
        else if (item.isDouble())
            strings.append(numberText(item));
        else if (!item.isNull())
            typeError(itemKey(key, i), "a string", item);
    }
    return strings;
}

QJsonArray JsonReader::Object::rawArray(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isArray())
        return v.toArray();
    if (!isNoValue(v))
        typeError(key, "an array", v);
    return {};
}

} // namespace commdesk
