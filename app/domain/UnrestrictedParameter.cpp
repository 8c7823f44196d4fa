#include "UnrestrictedParameter.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto members = std::tuple {
    mapping::member(u"id", &UnrestrictedParameter::id),
    mapping::member(u"key", &UnrestrictedParameter::key),
    mapping::member(u"name", &UnrestrictedParameter::name),
};

template<class T>
QVariant readAs(const JsonReader::Object &json, QStringView key)
{
    const std::optional<T> value = mapping::readOptional<T>(json, key);
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant readValue(const JsonReader::Object &json, ParameterType type)
{
    const QString key = UnrestrictedParameter::valueMember(type);
    switch (type) {
    case ParameterType::String:
        return readAs<QString>(json, key);
    case ParameterType::Float:
        return readAs<double>(json, key);
    case ParameterType::Integer:
        return readAs<qint64>(json, key);
    case ParameterType::Date:
        return readAs<ApiDate>(json, key);
    }
    return {};
}

// Without a type member, the value member that is present tells the type.
ParameterType impliedType(const JsonReader::Object &json)
{
    for (ParameterType type : allValues<ParameterType>()) {
        if (json.has(UnrestrictedParameter::valueMember(type)))
            return type;
    }
    return ParameterType::String;
}

enum class DateForm { Normalised, Request };

// Callers may hold a QDateTime where an ApiDate is documented; both mean the same instant.
ApiDate toApiDate(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<ApiDate>())
        return value.value<ApiDate>();
    return ApiDate(value.toDateTime());
}

QJsonValue valueToJson(ParameterType type, const QVariant &value, DateForm form)
{
    switch (type) {
    case ParameterType::String:
        return value.toString();
    case ParameterType::Float:
        return value.toDouble();
    case ParameterType::Integer:
        return value.toLongLong();
    case ParameterType::Date:
        return form == DateForm::Normalised ? toApiDate(value).toIsoUtc() : toApiDate(value).toWire();
    }
    return {};
}

void writeTypeAndValue(QJsonObject &json, const UnrestrictedParameter &parameter, DateForm form)
{
    json.insert(QStringLiteral("type"), wireName(parameter.type));
    if (parameter.value.isValid())
        json.insert(UnrestrictedParameter::valueMember(parameter.type),
                    valueToJson(parameter.type, parameter.value, form));
}

} // namespace

UnrestrictedParameter UnrestrictedParameter::fromJson(const JsonReader::Object &json)
{
    auto parameter = mapping::fromJson<UnrestrictedParameter>(json, members);
    parameter.type = json.enumValue<ParameterType>(u"type").value_or(impliedType(json));
    parameter.value = readValue(json, parameter.type);
    return parameter;
}

QJsonObject UnrestrictedParameter::toJson() const
{
    QJsonObject json = mapping::toJson(*this, members);
    writeTypeAndValue(json, *this, DateForm::Normalised);
    return json;
}

QJsonObject UnrestrictedParameter::toCreateJson() const
{
    QJsonObject json;
    mapping::write(json, u"name", name);
    writeTypeAndValue(json, *this, DateForm::Request);
    return json;
}

QString UnrestrictedParameter::valueMember(ParameterType type)
{
    return wireName(type).toLower() + u"_value";
}

QJsonObject UnrestrictedParameterChange::toJson() const
{
    // docs/api-contract.md "Communications": ADD and UPDATE carry name, type and value; UPDATE and REMOVE name their
    // target.
    QJsonObject json = action == ParameterAction::Remove ? QJsonObject() : value.toCreateJson();
    json.insert(QStringLiteral("action"), wireName(action));
    if (action != ParameterAction::Add)
        json.insert(QStringLiteral("unrestricted_parameter_identifier"), parameter.toJson());
    return json;
}

} // namespace commdesk
