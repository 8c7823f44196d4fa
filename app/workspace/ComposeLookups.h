#pragma once

#include "ConfigurationApi.h"

#include <QObject>

namespace commdesk {

// What compose looks up on the server while the user types: a contact by any of its identifiers, the templates
// for a media and direction, the categories and the external systems. The compose widgets ask here, never the
// API; each answer goes to `owner`'s handler unless `owner` is gone (a newer lookup deletes the older owner).
class ComposeLookups : public QObject
{
    Q_OBJECT

public:
    template<class T>
    using Handler = ConfigurationApi::Handler<T>;

    explicit ComposeLookups(ConfigurationApi *api, QObject *parent = nullptr);

    void contact(QObject *owner, const Identifier &contact, Handler<Contact> done);
    void templates(QObject *owner, const ConfigurationApi::TemplateFilter &filter, Handler<QList<Template>> done);
    void categories(QObject *owner, Handler<QList<Category>> done);
    void externalSystems(QObject *owner, Handler<QList<ExternalSystem>> done);

private:
    ConfigurationApi *m_api;
};

} // namespace commdesk
