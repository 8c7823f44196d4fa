#include "ComposeLookups.h"

namespace commdesk {

ComposeLookups::ComposeLookups(ConfigurationApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void ComposeLookups::contact(QObject *owner, const Identifier &contact, Handler<Contact> done)
{
    m_api->contact(owner, contact, std::move(done));
}

void ComposeLookups::templates(QObject *owner, const ConfigurationApi::TemplateFilter &filter,
                               Handler<QList<Template>> done)
{
    m_api->templates(owner, filter, std::move(done));
}

void ComposeLookups::categories(QObject *owner, Handler<QList<Category>> done)
{
    m_api->categories(owner, std::move(done));
}

void ComposeLookups::externalSystems(QObject *owner, Handler<QList<ExternalSystem>> done)
{
    m_api->externalSystems(owner, std::move(done));
}

} // namespace commdesk
