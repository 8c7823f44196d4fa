#include "ConfigurationApi.h"

#include "Decode.h"

namespace commdesk {

Query ConfigurationApi::templatesQuery(const TemplateFilter &filter)
{
    Query query;
    if (filter.direction)
        query.add(QStringLiteral("direction"), wireName(*filter.direction));
    if (filter.media)
        query.add(QStringLiteral("media"), wireName(*filter.media));
    if (filter.category)
        query.add(QStringLiteral("category_identifier"), *filter.category);
    if (filter.externalSystem)
        query.add(QStringLiteral("communication_queue_external_system_identifier"), *filter.externalSystem);
    query.addFieldsSet(filter.fieldsSet);
    return query;
}

void ConfigurationApi::categories(QObject *owner, Handler<QList<Category>> done, const QStringList &fieldsSet)
{
    m_session->get(owner, QStringLiteral("communications/configuration/categories/list"),
                   Query().addFieldsSet(fieldsSet), listHandler<Category>(std::move(done)));
}

void ConfigurationApi::templates(QObject *owner, const TemplateFilter &filter, Handler<QList<Template>> done)
{
    m_session->get(owner, QStringLiteral("communications/configuration/templates/list"), templatesQuery(filter),
                   listHandler<Template>(std::move(done)));
}

void ConfigurationApi::externalSystems(QObject *owner, Handler<QList<ExternalSystem>> done,
                                       const QStringList &fieldsSet)
{
    m_session->get(owner, QStringLiteral("communications/configuration/external_systems/list"),
                   Query().addFieldsSet(fieldsSet), listHandler<ExternalSystem>(std::move(done)));
}

void ConfigurationApi::contact(QObject *owner, const Identifier &contact, Handler<Contact> done,
                               const QStringList &fieldsSet)
{
    Query query;
    query.add(QStringLiteral("contact_information_identifier"), contact).addFieldsSet(fieldsSet);
    m_session->get(owner, QStringLiteral("contact_information/show"), query, objectHandler<Contact>(std::move(done)));
}

} // namespace commdesk
