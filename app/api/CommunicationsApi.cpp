#include "CommunicationsApi.h"

#include "CommunicationPageReader.h"
#include "Decode.h"

namespace commdesk {

namespace {

const QString kIdentifier = QStringLiteral("communication_identifier");

QJsonObject withFieldsSet(QJsonObject body, const QStringList &fieldsSet)
{
    if (!fieldsSet.isEmpty())
        body.insert(QLatin1StringView("fields_set"), fieldsSet.join(QLatin1Char(',')));
    return body;
}

} // namespace

Query CommunicationsApi::listQuery(const ListFilter &filter)
{
    Query query;
    if (filter.contact)
        query.add(QStringLiteral("contact_information_identifier"), *filter.contact);
    if (filter.category)
        query.add(QStringLiteral("category_identifier"), *filter.category);
    if (filter.direction)
        query.add(QStringLiteral("direction"), wireName(*filter.direction));
    if (filter.media)
        query.add(QStringLiteral("media"), wireName(*filter.media));
    filter.paging.addTo(query);
    query.addFieldsSet(filter.fieldsSet);
    return query;
}

QJsonObject CommunicationsApi::createBody(const Identifier &contact, const CommunicationInput &input,
                                          const QStringList &fieldsSet)
{
    QJsonObject body = input.toJson();
    body.insert(QLatin1StringView("contact_information_identifier"), contact.toJson());
    return withFieldsSet(body, fieldsSet);
}

QJsonObject CommunicationsApi::updateBody(const Identifier &communication, const CommunicationInput &input,
                                          const QStringList &fieldsSet)
{
    QJsonObject body = input.toJson();
    body.insert(kIdentifier, communication.toJson());
    return withFieldsSet(body, fieldsSet);
}

void CommunicationsApi::show(QObject *owner, const Identifier &communication, const QStringList &fieldsSet,
                             Handler<Communication> done)
{
    Query query;
    query.add(kIdentifier, communication).addFieldsSet(fieldsSet);
    m_session->get(owner, QStringLiteral("communications/show"), query, objectHandler<Communication>(std::move(done)));
}

void CommunicationsApi::list(QObject *owner, const ListFilter &filter, Handler<QList<Communication>> done)
{
    m_session->get(owner, QStringLiteral("communications/list"), listQuery(filter),
                   listHandler<Communication>(std::move(done)));
}

void CommunicationsApi::listRows(QObject *owner, const ListFilter &filter, Handler<QList<CommunicationRow>> done)
{
    // The page is read into rows by the call's own decoder, on a worker thread for a large page.
    m_session->getDecoded<QList<CommunicationRow>>(owner, QStringLiteral("communications/list"), listQuery(filter),
                                                   &CommunicationPageReader::read, std::move(done));
}

void CommunicationsApi::create(QObject *owner, const Identifier &contact, const CommunicationInput &input,
                               Handler<Communication> done)
{
    m_session->post(owner, QStringLiteral("communications/create"), createBody(contact, input),
                    objectHandler<Communication>(std::move(done)));
}

void CommunicationsApi::createFromBody(QObject *owner, const QJsonObject &body, Handler<Communication> done)
{
    m_session->post(owner, QStringLiteral("communications/create"), body,
                    objectHandler<Communication>(std::move(done)));
}

void CommunicationsApi::update(QObject *owner, const Identifier &communication, const CommunicationInput &input,
                               Handler<Communication> done)
{
    m_session->post(owner, QStringLiteral("communications/update"), updateBody(communication, input),
                    objectHandler<Communication>(std::move(done)));
}

void CommunicationsApi::complete(QObject *owner, const Identifier &communication, Handler<Communication> done)
{
    m_session->post(owner, QStringLiteral("communications/complete"),
                    QJsonObject {{kIdentifier, communication.toJson()}}, objectHandler<Communication>(std::move(done)));
}

void CommunicationsApi::setAsViewed(QObject *owner, const Identifier &communication, const QDateTime &viewedOn,
                                    Handler<Communication> done)
{
    QJsonObject body {{kIdentifier, communication.toJson()}};
    if (viewedOn.isValid())
        body.insert(QLatin1StringView("viewed_on"), ApiDate::toWire(viewedOn));
    m_session->post(owner, QStringLiteral("communications/set_as_viewed"), body,
                    objectHandler<Communication>(std::move(done)));
}

} // namespace commdesk
