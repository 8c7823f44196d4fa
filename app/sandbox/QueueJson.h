#pragma once

#include "QueueStore.h"

#include <QJsonObject>
#include <QStringList>

namespace commdesk {

class JavaDate;
class ReferenceJson;

// A queue entry as the sandbox writes it (docs/api-contract.md "The communication queue").
class QueueJson
{
public:
    QueueJson(ReferenceJson &references, const JavaDate &dates);

    static QStringList members();
    QJsonObject toJson(const QueueRow &row, const QStringList &fieldsSet = {}) const;

private:
    ReferenceJson &m_references;
    const JavaDate &m_dates;
};

} // namespace commdesk
