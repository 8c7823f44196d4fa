#pragma once

#include "DemoCatalogue.h"
#include "DemoContactSeeder.h"
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
    void seedQueueEntry(const CommunicationRecord &r, int dueIndex);
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
