#pragma once

#include "CommunicationRecord.h"
#include "Parameters.h"
#include "TokenRegistry.h"

namespace commdesk {

struct SandboxServices;

// The members of communications/create and communications/update (docs/api-contract.md "Communications") applied to a
// record: template first, explicit members over it; absent members stay, null ones clear.
class CommunicationEditor
{
public:
    explicit CommunicationEditor(SandboxServices &services);

    // The members create and update read (update reads all but the contact, plus viewed and
    // viewed_on).
    static QStringList members();

    // A new record from create's parameters, and its unrestricted parameters; writes nothing
    // but the counters its id and number take.
    CommunicationRecord create(const Parameters &p, const TokenOwner &user, QList<ParameterRecord> *parameters);
    // create() written with its parameters, and queued when it is due, within the caller's transaction.
    CommunicationRecord createStored(const Parameters &p, const TokenOwner &user);
    // Applies update's parameters to a stored record; unrestricted parameter changes are written
    // at once (the caller's transaction undoes them on failure).
    void update(CommunicationRecord &record, const Parameters &p, const TokenOwner &user);

private:
    void applyTemplate(CommunicationRecord &r, const Parameters &p);
    void applyMembers(CommunicationRecord &r, const Parameters &p, bool isUpdate);
    void applyReferringTo(CommunicationRecord &r, const Parameters &p);
    void applyViewed(CommunicationRecord &r, const Parameters &p);
    void checkMandatory(const CommunicationRecord &r) const;
    void checkEditable(const CommunicationRecord &r, const Parameters &p) const;

    ParameterRecord readParameter(const Parameters &item, ParameterRecord parameter, bool typeRequired);
    QList<ParameterRecord> newParameters(const Parameters &p);
    void changeParameters(const QString &communicationId, const Parameters &p);

    SandboxServices &m_services;
};

} // namespace commdesk
