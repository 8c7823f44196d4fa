#pragma once

#include "DemoCatalogue.h"
#include "DemoContactSeeder.h"
#include "Enums.h"
#include "SeededRandom.h"

#include <QDate>
#include <QDateTime>

namespace commdesk {

class SandboxDatabase;
struct CommunicationRecord;

// Fills an empty sandbox with demo data, the same for the same seed, reference date and count:
// the catalogue, about 500 contacts, `communications` communications over the two years before
// the reference date, and their queue entries in every state. One transaction, prepared
// statements: 5,000 communications take well under a few seconds.
class DemoDataSeeder
{
public:
    struct Options
    {
        quint32 seed = 1;
        int communications = 5000;
        int contacts = 500;
        QDate referenceDate; // the demo data ends at its start (UTC)
        // Empty: one entry for each communication a gateway or relay sends. Otherwise exactly this
        // many, spread over the due communications (a queue's history at a real server's scale);
        // beyond one each, earlier attempts were rejected and sent again.
        std::optional<int> queueEntries;
    };

    struct Summary
    {
        int contacts = 0;
        int communications = 0;
        int queueEntries = 0;
        qint64 elapsedMs = 0;
    };

    DemoDataSeeder(SandboxDatabase &database, const Options &options);

    // Recreates the schema and seeds it.
    Summary run();

private:
    void seedCommunications();
    CommunicationRecord makeCommunication(int index, qint64 createdMs);
    void describe(CommunicationRecord &r, const DemoContact &contact, bool outgoing);
    void seedParameters(const CommunicationRecord &r);
    // What a queue entry takes from its communication.
    struct DueCommunication
    {
        QString id;
        QString media;
        std::optional<QString> externalSystemId;
        qint64 createdMs = 0;
    };
    void seedQueue(const QList<DueCommunication> &due, int entries);
    // `state`: the entry's state whatever the draw gives.
    void seedQueueEntry(const DueCommunication &c, int dueIndex, qint64 afterMs = 0,
                        std::optional<QueueState> state = std::nullopt);
    QString newId(QStringView kind);

    SandboxDatabase &m_database;
    Options m_options;
    DemoCatalogue m_catalogue;
    SeededRandom m_random;
    QList<DemoContact> m_contacts;
    QHash<QString, qint64> m_serials;
    qint64 m_endMs = 0;
    Summary m_summary;
};

} // namespace commdesk
