#include "QueueEntryLookup.h"

#include <QRegularExpression>

namespace commdesk {

QueueEntryLookup::QueueEntryLookup(QueueApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

Identifier QueueEntryLookup::identifierFor(const QString &text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return {};
    // Ids are 32 upper-case hex digits and numbers are upper case (docs/api-contract.md "Identifiers"); people type
    // either case.
    static const QRegularExpression id(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    if (id.match(typed).hasMatch())
        return Identifier::byId(typed.toUpper());
    return Identifier::byNumber(typed.toUpper());
}

void QueueEntryLookup::find(const QString &text)
{
    delete m_request;
    const Identifier identifier = identifierFor(text);
    if (!identifier.isValid())
        return;
    auto *request = new QObject(this);
    m_request = request;
    m_api->show(request, identifier, [this, request, text = identifier.value](const Result<QueueEntry> &result) {
        request->deleteLater();
        m_request.clear();
        if (result.ok())
            Q_EMIT found(result.value());
        else if (result.error().kind() == ApiError::Kind::Api
                 && result.error().code() == QLatin1StringView("NOT_FOUND"))
            Q_EMIT notFound(text);
        else
            Q_EMIT failed(result.error());
    });
}

} // namespace commdesk
