#include "Query.h"

#include <QUrl>

namespace commdesk {

Query &Query::add(const QString &name, const QString &value)
{
    if (!value.isEmpty())
        m_items.append({name, QUrl::toPercentEncoding(value)});
    return *this;
}

Query &Query::add(const QString &name, qint64 value)
{
    m_items.append({name, QByteArray::number(value)});
    return *this;
}

Query &Query::add(const QString &name, const Identifier &identifier)
{
    if (identifier.isValid())
        m_items.append({name, identifier.toQueryValue()});
    return *this;
}

Query &Query::addFieldsSet(const QStringList &fields)
{
    if (!fields.isEmpty())
        m_items.append({QStringLiteral("fields_set"), QUrl::toPercentEncoding(fields.join(QLatin1Char(',')), ",")});
    return *this;
}

Query &Query::addEncoded(const QString &name, const QByteArray &encodedValue)
{
    m_items.append({name, encodedValue});
    return *this;
}

QByteArray Query::toEncoded() const
{
    QByteArray out;
    for (const auto &[name, value] : m_items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + value;
    }
    return out;
}

bool Query::contains(const QString &name) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [&](const auto &item) { return item.first == name; });
}

} // namespace commdesk
