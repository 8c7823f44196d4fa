#pragma once

#include "CommunicationInput.h"
#include "ComposeForm.h"

namespace commdesk {

// Turns a validated ComposeForm into the members of `communications/create` or
// `communications/update` (docs/api-contract.md "Communications").
class ComposeRequest
{
public:
    // contact_information_identifier of a create.
    static Identifier contact(const ComposeForm &form);

    // Every member the form gives. With a template, members equal to what the template gives are
    // left out so that the server fills them (and their placeholders) itself; members typed
    // differently override it, with placeholders resolved for the looked-up contact.
    static CommunicationInput forCreate(const ComposeForm &form, const ComposeContext &context, LifeCycleState state);

    // Only the members that differ from the draft as loaded: a member the user emptied is cleared
    // (sent as null), one left alone is absent. Unrestricted parameters become REMOVE, UPDATE (by
    // id) and ADD changes. A template picked anew is sent again, and the server then applies it
    // before the explicit members, so every member that differs from it is sent. state: the
    // life_cycle_state to send, if any.
    static CommunicationInput forUpdate(const ComposeForm &original, const ComposeForm &form,
                                        const ComposeContext &context, std::optional<LifeCycleState> state);

    static UnrestrictedParameter parameterOf(const ComposeParameterRow &row);
};

} // namespace commdesk
