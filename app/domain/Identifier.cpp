#include "Identifier.h"

#include <QUrl>

namespace commdesk {

Identifier::Identifier(QString fieldName, QString fieldValue)
    : field(std::move(fieldName))
    , value(std::move(fieldValue))
{ }

std::optional<Identifier> Identifier::parse(QStringView text)
{
    // The first '=' separates: a value may itself contain '=' (`name=a=b`).
    const qsizetype separator = text.indexOf(u'=');
    if (separator <= 0 || separator == text.size() - 1)
        return std::nullopt;
    return Identifier(text.left(separator).toString(), text.mid(separator + 1).toString());
}

QByteArray Identifier::toQueryValue() const
{
    // docs/api-contract.md "Transport": the inner '=' stays literal; everything but unreserved characters is encoded.
    return QUrl::toPercentEncoding(field) + '=' + QUrl::toPercentEncoding(value);
}

QJsonObject Identifier::toJson() const
{
    return QJsonObject {{field, value}};
}

QString Identifier::toString() const
{
    return field + u'=' + value;
}

} // namespace commdesk
