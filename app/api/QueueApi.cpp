#include "QueueApi.h"

#include "Decode.h"

namespace commdesk {

namespace {

const QString kIdentifier = QStringLiteral("communication_queue_identifier");

void addSource(Query &query, const QueueApi::Source &source)
{
    if (source.externalSystem)
        query.add(QStringLiteral("communication_queue_external_system_identifier"), *source.externalSystem);
    if (source.media)
        query.add(QStringLiteral("media"), wireName(*source.media));
}

Query sourceQuery(const QueueApi::Source &source, const std::optional<Identifier> &contact)
{
    Query query;
    addSource(query, source);
    if (contact)
        query.add(QStringLiteral("contact_information_identifier"), *contact);
    return query;
}

} // namespace

Query QueueApi::listQuery(const ListFilter &filter)
{
    Query query = sourceQuery(filter.source, filter.contact);
    if (filter.state)
        query.add(QStringLiteral("life_cycle_state"), wireName(*filter.state));
    filter.paging.addTo(query);
    query.addFieldsSet(filter.fieldsSet);
    return query;
}

void QueueApi::show(QObject *owner, const Identifier &entry, Handler<QueueEntry> done)
{
    m_session->get(owner, QStringLiteral("communications/queue/show"), Query().add(kIdentifier, entry),
                   objectHandler<QueueEntry>(std::move(done)));
}

void QueueApi::list(QObject *owner, const ListFilter &filter, Handler<QList<QueueEntry>> done)
{
    // Read into entries on a worker, whatever the page's size: the monitor polls many of them.
    m_session->getDecoded<QList<QueueEntry>>(owner, QStringLiteral("communications/queue/list"), listQuery(filter),
                                             &readList<QueueEntry>, std::move(done), ApiClient::DecodeOn::Worker);
}

void QueueApi::pending(QObject *owner, const Source &source, const std::optional<Identifier> &contact, int number,
                       Handler<QList<QueueEntry>> done)
{
    Query query = sourceQuery(source, contact);
    query.add(QStringLiteral("number"), number);
    m_session->get(owner, QStringLiteral("communications/queue/get_pending"), query,
                   listHandler<QueueEntry>(std::move(done)));
}

void QueueApi::pendingCompleted(QObject *owner, const Source &source, const std::optional<Identifier> &contact,
                                std::optional<int> number, Handler<QList<QueueEntry>> done)
{
    Query query = sourceQuery(source, contact);
    if (number)
        query.add(QStringLiteral("number"), *number);
    m_session->get(owner, QStringLiteral("communications/queue/get_pending_completed"), query,
                   listHandler<QueueEntry>(std::move(done)));
}

void QueueApi::complete(QObject *owner, const Identifier &entry, Handler<QueueEntry> done)
{
    m_session->post(owner, QStringLiteral("communications/queue/complete"), QJsonObject {{kIdentifier, entry.toJson()}},
                    objectHandler<QueueEntry>(std::move(done)));
}

void QueueApi::reject(QObject *owner, const Identifier &entry, const QString &errorCode,
                      const QString &errorDescription, Handler<QueueEntry> done)
{
    const QJsonObject body {{kIdentifier, entry.toJson()},
                            {QStringLiteral("error_code"), errorCode},
                            {QStringLiteral("error_description"), errorDescription}};
    m_session->post(owner, QStringLiteral("communications/queue/reject"), body,
                    objectHandler<QueueEntry>(std::move(done)));
}

void QueueApi::remove(QObject *owner, const Identifier &entry, Handler<QueueEntry> done)
{
    m_session->post(owner, QStringLiteral("communications/queue/remove"), QJsonObject {{kIdentifier, entry.toJson()}},
                    objectHandler<QueueEntry>(std::move(done)));
}

} // namespace commdesk
