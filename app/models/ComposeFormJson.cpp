#include "ComposeFormJson.h"

#include "Enums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace commdesk {

namespace {

QJsonValue choiceJson(const std::optional<ComposeChoice> &choice)
{
    if (!choice)
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("field"), choice->ref.field},
                        {QStringLiteral("value"), choice->ref.value},
                        {QStringLiteral("label"), choice->label}};
}

std::optional<ComposeChoice> readChoice(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    return ComposeChoice {
        Identifier(o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("value")).toString()),
        o.value(QStringLiteral("label")).toString()};
}

template<class E>
QJsonValue enumJson(const std::optional<E> &value)
{
    return value ? QJsonValue(wireName(*value)) : QJsonValue(QJsonValue::Null);
}

template<class E>
std::optional<E> readEnum(const QJsonValue &value)
{
    return value.isString() ? fromWire<E>(value.toString()) : std::nullopt;
}

template<std::size_t N>
QJsonArray arrayJson(const std::array<QString, N> &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

template<std::size_t N>
void readArray(const QJsonValue &value, std::array<QString, N> &into)
{
    const QJsonArray array = value.toArray();
    for (std::size_t i = 0; i < N && i < std::size_t(array.size()); ++i)
        into[i] = array.at(qsizetype(i)).toString();
}

} // namespace

QByteArray ComposeFormJson::write(const ComposeForm &form)
{
    QJsonArray parameters;
    for (const ComposeParameterRow &row : form.parameters)
        parameters.append(QJsonObject {{QStringLiteral("id"), row.id},
                                       {QStringLiteral("name"), row.name},
                                       {QStringLiteral("type"), wireName(row.type)},
                                       {QStringLiteral("value"), row.value}});
    const QJsonObject o {
        {QStringLiteral("contact_field"), form.contactField},
        {QStringLiteral("contact_value"), form.contactValue},
        {QStringLiteral("template"), choiceJson(form.templateChoice)},
        {QStringLiteral("category"), choiceJson(form.category)},
        {QStringLiteral("external_system"), choiceJson(form.externalSystem)},
        {QStringLiteral("direction"), enumJson(form.direction)},
        {QStringLiteral("media"), enumJson(form.media)},
        {QStringLiteral("subject"), form.subject},
        {QStringLiteral("content"), form.content},
        {QStringLiteral("to"), form.to},
        {QStringLiteral("notes"), form.notes},
        {QStringLiteral("owned_by_group"), form.ownedByGroup},
        {QStringLiteral("privacy_level"), form.privacyLevel},
        {QStringLiteral("udf_strings"), arrayJson(form.udfStrings)},
        {QStringLiteral("udf_floats"), arrayJson(form.udfFloats)},
        {QStringLiteral("udf_dates"), arrayJson(form.udfDates)},
        {QStringLiteral("referring_entity"), enumJson(form.referringEntity)},
        {QStringLiteral("referring_number"), form.referringNumber},
        {QStringLiteral("parameters"), parameters},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ComposeForm ComposeFormJson::read(const QByteArray &json)
{
    ComposeForm form;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto text = [&o](const char *name, QString &into) {
        const QJsonValue value = o.value(QLatin1StringView(name));
        if (value.isString())
            into = value.toString();
    };
    text("contact_field", form.contactField);
    text("contact_value", form.contactValue);
    form.templateChoice = readChoice(o.value(QStringLiteral("template")));
    form.category = readChoice(o.value(QStringLiteral("category")));
    form.externalSystem = readChoice(o.value(QStringLiteral("external_system")));
    form.direction = readEnum<Direction>(o.value(QStringLiteral("direction")));
    form.media = readEnum<Media>(o.value(QStringLiteral("media")));
    text("subject", form.subject);
    text("content", form.content);
    text("to", form.to);
    text("notes", form.notes);
    text("owned_by_group", form.ownedByGroup);
    text("privacy_level", form.privacyLevel);
    readArray(o.value(QStringLiteral("udf_strings")), form.udfStrings);
    readArray(o.value(QStringLiteral("udf_floats")), form.udfFloats);
    readArray(o.value(QStringLiteral("udf_dates")), form.udfDates);
    form.referringEntity = readEnum<ReferringEntity>(o.value(QStringLiteral("referring_entity")));
    text("referring_number", form.referringNumber);
    const QJsonArray parameters = o.value(QStringLiteral("parameters")).toArray();
    for (const QJsonValue &value : parameters) {
        const QJsonObject p = value.toObject();
        ComposeParameterRow row;
        row.id = p.value(QStringLiteral("id")).toString();
        row.name = p.value(QStringLiteral("name")).toString();
        row.type = fromWire<ParameterType>(p.value(QStringLiteral("type")).toString()).value_or(ParameterType::String);
        row.value = p.value(QStringLiteral("value")).toString();
        form.parameters.append(row);
    }
    return form;
}

} // namespace commdesk
