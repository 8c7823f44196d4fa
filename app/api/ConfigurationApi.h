#pragma once

#include "Category.h"
#include "Contact.h"
#include "ExternalSystem.h"
#include "Session.h"
#include "Template.h"

namespace commdesk {

// The look-ups of docs/api-contract.md "Configuration look-ups": categories, templates, external systems, a contact.
class ConfigurationApi
{
public:
    struct TemplateFilter
    {
        std::optional<Direction> direction;
        std::optional<Media> media;
        std::optional<Identifier> category;
        std::optional<Identifier> externalSystem;
        QStringList fieldsSet;
    };

    template<class T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit ConfigurationApi(Session *session)
        : m_session(session)
    { }

    static Query templatesQuery(const TemplateFilter &filter);

    void categories(QObject *owner, Handler<QList<Category>> done, const QStringList &fieldsSet = {});
    void templates(QObject *owner, const TemplateFilter &filter, Handler<QList<Template>> done);
    void externalSystems(QObject *owner, Handler<QList<ExternalSystem>> done, const QStringList &fieldsSet = {});
    void contact(QObject *owner, const Identifier &contact, Handler<Contact> done, const QStringList &fieldsSet = {});

private:
    Session *m_session;
};

} // namespace commdesk
