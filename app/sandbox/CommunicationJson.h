#pragma once

#include "CommunicationRecord.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace commdesk {

class ContactJson;
class JavaDate;
class ReferenceJson;

// A communication as the sandbox writes it (docs/api-contract.md "Communications"), built from its own rows.
class CommunicationJson
{
public:
    CommunicationJson(ReferenceJson &references, ContactJson &contacts, const JavaDate &dates);

    // The top-level members, the names fields_set may use.
    static QStringList members();
    static bool needsParameters(const QStringList &fieldsSet);

    QJsonObject toJson(const CommunicationRecord &record, const QList<ParameterRecord> &parameters,
                       const QStringList &fieldsSet = {}) const;
    QJsonObject parameterJson(const ParameterRecord &parameter) const;

private:
    QJsonValue date(const std::optional<qint64> &ms) const;

    ReferenceJson &m_references;
    ContactJson &m_contacts;
    const JavaDate &m_dates;
};

} // namespace commdesk
