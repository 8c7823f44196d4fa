#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace commdesk {

class SandboxDatabase;

// Contacts as the sandbox writes them: the members a communication embeds (docs/api-contract.md "Communications") and,
// for contact_information/show, those plus phone_set and email_set (docs/api-contract.md "Configuration look-ups").
// Contacts do not change while the sandbox runs, so each is read once.
class ContactJson
{
public:
    explicit ContactJson(SandboxDatabase &database);

    static QStringList embeddedMembers();
    static QStringList members(); // embedded plus phone_set and email_set

    // An empty object when there is no such contact.
    QJsonObject embedded(const QString &id);
    QJsonObject full(const QString &id);
    // The values placeholders in templates read: first_name, last_name, name, number (docs/api-contract.md
    // "Communications").
    QHash<QString, QString> placeholderValues(const QString &id);

private:
    SandboxDatabase &m_database;
    QHash<QString, QJsonObject> m_embedded;
};

} // namespace commdesk
