#pragma once

#include "CommunicationRecord.h"
#include "Enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace commdesk {

class SandboxDatabase;

// One queue entry with the communication and contact members its JSON embeds (docs/api-contract.md "The communication
// queue").
struct QueueRow
{
    QString id;
    QString number;
    QString state;
    QString media;
    std::optional<QString> errorCode;
    std::optional<QString> errorDescription;
    std::optional<QString> externalSystemId;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QString communicationId;
    QString communicationNumber;
    std::optional<QString> subject;
    QString direction;
    QString communicationMedia;
    std::optional<QString> to;
    QString communicationState;
    bool viewed = false;
    QString contactId;
    QString contactNumber;
    std::optional<QString> contactName;
};

// The communication queue (docs/api-contract.md "The communication queue"): what enters it, its state machine, and its
// lists.
class QueueStore
{
public:
    // Entries of one media or one external system (the API wants exactly one of the two).
    struct Source
    {
        std::optional<QString> media;
        std::optional<QString> externalSystemId;
    };

    struct ListQuery
    {
        Source source;
        std::optional<QString> contactId;
        std::optional<QString> state;
        bool unviewedOnly = false; // get_pending_completed
        bool withoutExternalSystem = false; // the EMAIL and SMS consumers
        bool newestFirst = true;
        int limit = 50;
        int offset = 0;
    };

    explicit QueueStore(SandboxDatabase &database);

    // docs/api-contract.md "Communications": an OUTGOING communication that is COMPLETED and has a queue external
    // system, or whose media is EMAIL or SMS, gets a PENDING entry. Returns the new entry's id, or nothing.
    std::optional<QString> enqueueIfDue(const CommunicationRecord &communication, qint64 nowMs);
    static bool isDue(const CommunicationRecord &communication);

    std::optional<QueueRow> load(const QString &id);
    QList<QueueRow> list(const ListQuery &query);

    // docs/api-contract.md "The communication queue": PENDING -> COMPLETED | REJECTED; PENDING or COMPLETED ->
    // COMPLETED_AND_REMOVED; anything else is INVALID_STATE.
    void transition(const QString &id, QueueState target, qint64 nowMs, const QString &errorCode = {},
                    const QString &errorDescription = {});
    static bool isAllowed(QueueState from, QueueState to);

private:
    SandboxDatabase &m_database;
};

} // namespace commdesk
