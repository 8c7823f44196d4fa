#pragma once

#include "ApiDate.h"
#include "Identifier.h"
#include "Patch.h"
#include "ReferringTo.h"
#include "UnrestrictedParameter.h"

#include <array>

namespace commdesk {

// The members of `communications/create` and `communications/update` (docs/api-contract.md "Communications") but the
// identifiers of the call itself. Each member is absent (not sent), cleared (sent as null: only
// meaningful for update) or set.
struct CommunicationInput
{
    Patch<Identifier> templateId; // template_identifier
    Patch<Identifier> category; // category_identifier
    Patch<Identifier> externalSystem; // communication_queue_external_system_identifier
    Patch<Identifier> ownedByGroup; // owned_by_group_identifier
    Patch<Identifier> privacyLevel; // privacy_level_identifier
    Patch<Direction> direction;
    Patch<Media> media;
    Patch<QString> subject;
    Patch<QString> content;
    Patch<QString> to;
    Patch<QString> notes;
    Patch<LifeCycleState> lifeCycleState;
    std::array<Patch<QString>, 8> udfStrings;
    std::array<Patch<double>, 4> udfFloats;
    std::array<Patch<QDateTime>, 4> udfDates;
    Patch<ReferringTo> referringTo;
    // Create: plain parameters (ADD is implied, no action member); update: changes with actions.
    QList<UnrestrictedParameter> newParameters;
    QList<UnrestrictedParameterChange> parameterChanges;

    // The members to put into a request body; absent ones are left out, cleared ones are null.
    QJsonObject toJson() const;
    bool isEmpty() const { return toJson().isEmpty(); }
};

} // namespace commdesk
