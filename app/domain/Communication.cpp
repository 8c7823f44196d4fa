#include "Communication.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

// docs/api-contract.md "Communications", in the order the contract lists the members.
constexpr auto members = std::tuple {
    mapping::member(u"id", &Communication::id),
    mapping::member(u"number", &Communication::number),
    mapping::member(u"life_cycle_state", &Communication::lifeCycleState),
    mapping::member(u"direction", &Communication::direction),
    mapping::member(u"media", &Communication::media),
    mapping::member(u"subject", &Communication::subject),
    mapping::member(u"content", &Communication::content),
    mapping::member(u"to", &Communication::to),
    mapping::member(u"notes", &Communication::notes),
    mapping::member(u"viewed", &Communication::viewed),
    mapping::member(u"viewed_on", &Communication::viewedOn),
    mapping::member(u"contact_information", &Communication::contact),
    mapping::member(u"category", &Communication::category),
    mapping::member(u"template", &Communication::templateRef),
    mapping::member(u"communication_queue_external_system", &Communication::externalSystem),
    mapping::member(u"owned_by_group", &Communication::ownedByGroup),
    mapping::member(u"privacy_level", &Communication::privacyLevel),
    mapping::member(u"referring_to", &Communication::referringTo),
    mapping::member(u"udf_string_", &Communication::udfStrings), // udf_string_1..8
    mapping::member(u"udf_float_", &Communication::udfFloats), // udf_float_1..4
    mapping::member(u"udf_date_", &Communication::udfDates), // udf_date_1..4
    mapping::member(u"unrestricted_parameter_set", &Communication::unrestrictedParameters),
    mapping::member(u"follow_up_set", &Communication::followUps),
    mapping::member(u"log_information", &Communication::logInformation),
};

} // namespace

Communication Communication::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<Communication>(json, members);
}

QJsonObject Communication::toJson() const
{
    return mapping::toJson(*this, members);
}

} // namespace commdesk
