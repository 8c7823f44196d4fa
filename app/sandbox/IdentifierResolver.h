#pragma once

#include "Parameters.h"

namespace commdesk {

class SandboxDatabase;

// The entities an identifier can name (docs/api-contract.md "Identifiers").
enum class Entity { Communication, Contact, Category, Template, QueueEntry, ExternalSystem, Group, PrivacyLevel };

// Turns identifiers into the ids of the sandbox's rows: a field the identifier does not accept
// is INVALID_PARAMETER, one that names nothing is NOT_FOUND (docs/api-contract.md "Envelope", docs/api-contract.md
// "Identifiers").
class IdentifierResolver
{
public:
    explicit IdentifierResolver(SandboxDatabase &database);

    // The fields each identifier accepts (docs/api-contract.md "Identifiers" table).
    static QStringList fieldsOf(Entity entity);

    QString resolve(Entity entity, const QString &parameter, const SentIdentifier &identifier);
    // nullopt when the parameter is absent (or null).
    std::optional<QString> resolve(Entity entity, const Parameters &parameters, QStringView key);
    QString resolveRequired(Entity entity, const Parameters &parameters, QStringView key);

private:
    SandboxDatabase &m_database;
};

} // namespace commdesk
