#pragma once

#include "Identifier.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace commdesk {

// The query of a GET, in the order the parameters were added, already percent-encoded (docs/api-contract.md
// "Transport"). Empty values are left out.
class Query
{
public:
    Query &add(const QString &name, const QString &value);
    Query &add(const QString &name, qint64 value);
    // `<name>_identifier=<field>=<value>`, the value percent-encoded and the inner '=' kept.
    Query &add(const QString &name, const Identifier &identifier);
    Query &addFieldsSet(const QStringList &fields); // fields_set=a,b
    Query &addEncoded(const QString &name, const QByteArray &encodedValue);

    QByteArray toEncoded() const;
    bool contains(const QString &name) const;
    QList<QPair<QString, QByteArray>> items() const { return m_items; }

private:
    QList<QPair<QString, QByteArray>> m_items;
};

} // namespace commdesk
