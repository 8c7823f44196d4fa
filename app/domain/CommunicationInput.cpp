#include "CommunicationInput.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

// docs/api-contract.md, "Communications": create parameters (the call's own identifiers are added by the API layer).
constexpr auto members = std::tuple {
    mapping::member(u"template_identifier", &CommunicationInput::templateId),
    mapping::member(u"category_identifier", &CommunicationInput::category),
    mapping::member(u"communication_queue_external_system_identifier", &CommunicationInput::externalSystem),
    mapping::member(u"owned_by_group_identifier", &CommunicationInput::ownedByGroup),
    mapping::member(u"privacy_level_identifier", &CommunicationInput::privacyLevel),
    mapping::member(u"direction", &CommunicationInput::direction),
    mapping::member(u"media", &CommunicationInput::media),
    mapping::member(u"subject", &CommunicationInput::subject),
    mapping::member(u"content", &CommunicationInput::content),
    mapping::member(u"to", &CommunicationInput::to),
    mapping::member(u"notes", &CommunicationInput::notes),
    mapping::member(u"life_cycle_state", &CommunicationInput::lifeCycleState),
    mapping::member(u"udf_string_", &CommunicationInput::udfStrings), // udf_string_1..8
    mapping::member(u"udf_float_", &CommunicationInput::udfFloats), // udf_float_1..4
    mapping::member(u"udf_date_", &CommunicationInput::udfDates), // udf_date_1..4
    mapping::member(u"referring_to", &CommunicationInput::referringTo),
};

// The request form of a value: identifiers as {"field": "value"}, dates ISO 8601 with offset.
template<class T>
QJsonValue requestValue(const T &value)
{
    if constexpr (std::is_same_v<T, Identifier>)
        return value.toJson();
    else if constexpr (std::is_same_v<T, ReferringTo>)
        return value.toRequestJson();
    else if constexpr (std::is_same_v<T, QDateTime>)
        return ApiDate::toWire(value);
    else if constexpr (std::is_same_v<T, Media>)
        return mediaInputName(value); // F2F on input, FACE_TO_FACE in answers
    else if constexpr (std::is_enum_v<T>)
        return wireName(value);
    else
        return QJsonValue(value);
}

// Update semantics: absent is left out, cleared is sent as null.
template<class T>
void writePatch(QJsonObject &json, QStringView key, const Patch<T> &patch)
{
    if (patch.isCleared())
        json.insert(key, QJsonValue::Null);
    else if (patch.hasValue())
        json.insert(key, requestValue(patch.value()));
}

template<class T, std::size_t N>
void writePatch(QJsonObject &json, QStringView key, const std::array<Patch<T>, N> &patches)
{
    for (std::size_t i = 0; i < N; ++i)
        writePatch(json, mapping::numberedKey(key, i), patches[i]);
}

// Create items carry no action; update items do. A caller normally fills only one of the two.
QJsonArray parameterSet(const CommunicationInput &input)
{
    QJsonArray items;
    for (const UnrestrictedParameter &parameter : input.newParameters)
        items.append(parameter.toCreateJson());
    for (const UnrestrictedParameterChange &change : input.parameterChanges)
        items.append(change.toJson());
    return items;
}

} // namespace

QJsonObject CommunicationInput::toJson() const
{
    QJsonObject json;
    std::apply([&](const auto &...m) { (writePatch(json, m.key, this->*m.pointer), ...); }, members);
    const QJsonArray parameters = parameterSet(*this);
    if (!parameters.isEmpty())
        json.insert(QStringLiteral("unrestricted_parameter_set"), parameters);
    return json;
}

} // namespace commdesk
