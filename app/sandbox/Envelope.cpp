#include "Envelope.h"

#include "ApiFailure.h"
#include "SandboxRules.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace commdesk::Envelope {

namespace {

QByteArray encode(const QString &code, const QString &message, const QString &description, const QJsonValue &data)
{
    const QJsonObject status {{u"code"_s, code}, {u"message"_s, message}, {u"description"_s, description}};
    return QJsonDocument(QJsonObject {{u"status"_s, status}, {u"data"_s, data}}).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray success(const QJsonValue &data)
{
    return encode(u"OK"_s, u""_s, u""_s, data);
}

QByteArray failure(const ApiFailure &failure)
{
    return encode(failure.code, failure.message, failure.description,
                  rules::dataNullOnFailure ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject()));
}

} // namespace commdesk::Envelope
