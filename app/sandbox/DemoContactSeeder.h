#pragma once

#include "SeededRandom.h"

#include <QList>
#include <QString>

namespace commdesk {

class SandboxDatabase;

// What the communications of the demo data need to know of a contact.
struct DemoContact
{
    QString id;
    QString number;
    QString firstName;
    QString lastName;
    QString name;
    QString email;
    QString mobile;
    QString address;
};

// The demo contacts: persons (Greek and Cypriot names, some in Greek letters, and English ones)
// and companies, with +357 phone numbers, e-mail addresses, demographics and identity numbers
// derived from the contact number (docs/sandbox.md).
class DemoContactSeeder
{
public:
    DemoContactSeeder(SandboxDatabase &database, SeededRandom &random, quint32 seed);

    // Inserts contacts CI000001..count; their ids are makeId(seed, "contact", n).
    QList<DemoContact> run(int count);

private:
    SandboxDatabase &m_database;
    SeededRandom &m_random;
    quint32 m_seed;
};

} // namespace commdesk
