#pragma once

#include "Category.h"
#include "Contact.h"
#include "ExternalSystem.h"
#include "Group.h"
#include "LogInformation.h"
#include "PrivacyLevel.h"
#include "ReferringTo.h"
#include "Template.h"
#include "UnrestrictedParameter.h"

#include <array>

namespace commdesk {

// A communication as returned (docs/api-contract.md "Communications"). Every member may be missing when a fields_set
// asked for fewer: strings are then empty and optionals empty.
struct Communication
{
    QString id;
    QString number;
    // Enum members keep a value this client does not know as its wire text (WireValue).
    std::optional<WireValue<LifeCycleState>> lifeCycleState;
    std::optional<WireValue<Direction>> direction;
    std::optional<WireValue<Media>> media;
    QString subject;
    QString content;
    QString to;
    QString notes;
    std::optional<bool> viewed;
    std::optional<ApiDate> viewedOn;
    std::optional<Contact> contact; // contact_information
    std::optional<Category> category;
    std::optional<Template> templateRef; // template
    std::optional<ExternalSystem> externalSystem; // communication_queue_external_system
    std::optional<Group> ownedByGroup;
    std::optional<PrivacyLevel> privacyLevel;
    std::optional<ReferringTo> referringTo;
    std::array<QString, 8> udfStrings; // udf_string_1..8
    std::array<std::optional<double>, 4> udfFloats; // udf_float_1..4
    std::array<std::optional<ApiDate>, 4> udfDates; // udf_date_1..4
    QList<UnrestrictedParameter> unrestrictedParameters;
    QJsonArray followUps; // follow_up_set: the contract leaves its items open
    std::optional<LogInformation> logInformation;

    static Communication fromJson(const JsonReader::Object &json);
    // Normalised JSON (dates ISO 8601 in UTC); members that were missing are left out.
    QJsonObject toJson() const;
    friend bool operator==(const Communication &, const Communication &) = default;
};

} // namespace commdesk
