#include "Parameters.h"

#include "JavaDate.h"
#include "SandboxRules.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

QString decodeComponent(QByteArray part)
{
    if (rules::plusInQueryIsSpace)
        part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"null"_s;
    }
}

} // namespace

Parameters Parameters::fromQuery(const QByteArray &encodedQuery)
{
    Parameters parameters;
    const QList<QByteArray> pairs = encodedQuery.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decodeComponent(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decodeComponent(pair.mid(equals + 1));
        if (parameters.m_values.contains(name))
            throw ApiFailure::invalid(name, u"given more than once"_s);
        if (!value.isEmpty()) {
            parameters.m_values.insert(name, value);
            parameters.m_encoded.insert(name, pair.mid(equals + 1));
        }
    }
    return parameters;
}

Parameters Parameters::fromObject(const QJsonObject &object, const QString &path)
{
    Parameters parameters;
    parameters.m_values = object;
    parameters.m_path = path;
    parameters.m_body = true;
    return parameters;
}

QString Parameters::nameOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

QJsonValue Parameters::value(QStringView key) const
{
    return m_values.value(key);
}

bool Parameters::has(QStringView key) const
{
    return m_values.contains(key);
}

bool Parameters::isNull(QStringView key) const
{
    return has(key) && value(key).isNull();
}

QString Parameters::unknownValue(const QString &value, const QStringList &allowed)
{
    return u"\"%1\" is not one of %2"_s.arg(value, allowed.join(u", "_s));
}

std::optional<QString> Parameters::text(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        throw ApiFailure::invalid(nameOf(key), u"expected a string, got %1"_s.arg(typeName(v)));
    return v.toString();
}

QString Parameters::requiredText(QStringView key) const
{
    const auto v = text(key);
    if (!v || v->isEmpty())
        throw ApiFailure::missing(nameOf(key));
    return *v;
}

std::optional<double> Parameters::number(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double parsed = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(parsed))
            return parsed;
        throw ApiFailure::invalid(nameOf(key), u"\"%1\" is not a number"_s.arg(v.toString()));
    }
    throw ApiFailure::invalid(nameOf(key), u"expected a number, got %1"_s.arg(typeName(v)));
}

std::optional<qint64> Parameters::integer(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isString()) {
        bool ok = false;
        const qint64 parsed = v.toString().trimmed().toLongLong(&ok);
        if (!ok)
            throw ApiFailure::invalid(nameOf(key), u"\"%1\" is not a whole number"_s.arg(v.toString()));
        return parsed;
    }
    const auto n = number(key);
    if (!n)
        return std::nullopt;
    if (*n != std::floor(*n) || std::abs(*n) > 9.0e15)
        throw ApiFailure::invalid(nameOf(key), u"%1 is not a whole number"_s.arg(*n));
    return qint64(*n);
}

std::optional<bool> Parameters::boolean(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString();
        if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return false;
    }
    throw ApiFailure::invalid(nameOf(key), u"expected true or false"_s);
}

std::optional<QDateTime> Parameters::date(QStringView key, const JavaDate &dates) const
{
    const auto v = text(key);
    if (!v)
        return std::nullopt;
    const auto parsed = dates.parse(*v);
    if (!parsed)
        throw ApiFailure::invalid(
            nameOf(key), u"\"%1\" is neither a date like \"Mon May 22 12:42:03 EEST 2017\" nor ISO 8601"_s.arg(*v));
    return parsed;
}

std::optional<SentIdentifier> Parameters::identifier(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const QString name = nameOf(key);
    if (!m_body) {
        // `field=value` (docs/api-contract.md "Transport"), split at the first '=': the value may contain more of them.
        const QByteArray encoded = m_encoded.value(key.toString());
        qsizetype equals = -1;
        QString field;
        QString fieldValue;
        if (rules::acceptEncodedIdentifierSeparator) {
            const QString text = v.toString();
            equals = text.indexOf(u'=');
            field = text.left(equals);
            fieldValue = text.mid(equals + 1);
        } else {
            equals = encoded.indexOf('=');
            field = decodeComponent(encoded.left(equals));
            fieldValue = decodeComponent(encoded.mid(equals + 1));
        }
        if (equals < 0 || field.isEmpty() || fieldValue.isEmpty())
            throw ApiFailure::invalid(name, u"expected field=value, e.g. number=CM000680"_s);
        return SentIdentifier {field, fieldValue};
    }
    if (!v.isObject())
        throw ApiFailure::invalid(name, u"expected an object with one member, got %1"_s.arg(typeName(v)));
    const QJsonObject object = v.toObject();
    if (object.size() != 1)
        throw ApiFailure::invalid(name, u"an identifier has exactly one field, this one has %1"_s.arg(object.size()));
    const QString field = object.begin().key();
    const QJsonValue fieldValue = object.begin().value();
    QString text;
    if (fieldValue.isString())
        text = fieldValue.toString();
    else if (fieldValue.isDouble() && fieldValue.toDouble() == std::floor(fieldValue.toDouble()))
        text = QString::number(qint64(fieldValue.toDouble()));
    if (text.isEmpty())
        throw ApiFailure::invalid(name + u'.' + field, u"expected a non-empty string"_s);
    return SentIdentifier {field, text};
}

std::optional<Parameters> Parameters::object(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject())
        throw ApiFailure::invalid(nameOf(key), u"expected an object, got %1"_s.arg(typeName(v)));
    return fromObject(v.toObject(), nameOf(key));
}

QList<Parameters> Parameters::objectArray(QStringView key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        throw ApiFailure::invalid(nameOf(key), u"expected an array, got %1"_s.arg(typeName(v)));
    QList<Parameters> items;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = nameOf(key) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject())
            throw ApiFailure::invalid(path, u"expected an object, got %1"_s.arg(typeName(array.at(i))));
        items.append(fromObject(array.at(i).toObject(), path));
    }
    return items;
}

QStringList Parameters::fieldsSet(const QStringList &allowed) const
{
    static const auto key = u"fields_set"_s;
    const QJsonValue v = value(key);
    QStringList names;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                throw ApiFailure::invalid(key, u"expected names of fields"_s);
            names.append(item.toString());
        }
    } else if (const auto listed = text(key)) {
        names = listed->split(u',');
    }
    QStringList result;
    for (const QString &raw : std::as_const(names)) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || result.contains(name))
            continue;
        if (!allowed.contains(name))
            throw ApiFailure::invalid(key, u"unknown field \"%1\""_s.arg(name));
        result.append(name);
    }
    return result;
}

int Parameters::pageSize() const
{
    const auto size = integer(u"number_of_results");
    if (!size)
        return rules::defaultPageSize;
    if (*size < 1)
        throw ApiFailure::invalid(u"number_of_results"_s, u"must be at least 1"_s);
    return int(std::min<qint64>(*size, rules::maxPageSize));
}

int Parameters::offset() const
{
    const auto offset = integer(u"offset");
    if (!offset)
        return 0;
    if (*offset < 0 || *offset > std::numeric_limits<int>::max())
        throw ApiFailure::invalid(u"offset"_s, u"must be zero or more"_s);
    return int(*offset);
}

QString Parameters::token() const
{
    const QJsonValue v = value(u"token");
    return v.isString() ? v.toString() : QString();
}

} // namespace commdesk
