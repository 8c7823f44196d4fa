#include "CommunicationHandler.h"

#include "CommunicationJson.h"
#include "SandboxDatabase.h"
#include "SandboxRules.h"
#include "SandboxServices.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

const auto communicationIdentifier = u"communication_identifier"_s;

} // namespace

CommunicationHandler::CommunicationHandler(SandboxServices &services)
    : m_services(services)
    , m_editor(services)
{ }

QList<Route> CommunicationHandler::routes()
{
    using Verb = Route::Verb;
    return {
        {u"communications/show"_s, Verb::Get, true, [this](const CallContext &c) { return show(c); }},
        {u"communications/list"_s, Verb::Get, true, [this](const CallContext &c) { return list(c); }},
        {u"communications/create"_s, Verb::Post, true, [this](const CallContext &c) { return create(c); }},
        {u"communications/update"_s, Verb::Post, true, [this](const CallContext &c) { return update(c); }},
        {u"communications/complete"_s, Verb::Post, true, [this](const CallContext &c) { return complete(c); }},
        {u"communications/set_as_viewed"_s, Verb::Post, true, [this](const CallContext &c) { return setAsViewed(c); }},
    };
}

CommunicationRecord CommunicationHandler::load(const Parameters &p)
{
    const QString id = m_services.resolver.resolveRequired(Entity::Communication, p, communicationIdentifier);
    auto record = m_services.communications.load(id);
    if (!record)
        throw ApiFailure::notFound(communicationIdentifier, u"communication"_s);
    return *record;
}

QJsonObject CommunicationHandler::toJson(const CommunicationRecord &record, const QStringList &fieldsSet)
{
    const auto parameters = CommunicationJson::needsParameters(fieldsSet)
        ? m_services.communications.parameters(record.id)
        : QList<ParameterRecord>();
    return m_services.communicationJson.toJson(record, parameters, fieldsSet);
}

QJsonValue CommunicationHandler::show(const CallContext &call)
{
    const QStringList fieldsSet = call.parameters.fieldsSet(CommunicationJson::members());
    return toJson(load(call.parameters), fieldsSet);
}

QList<QString> CommunicationHandler::categoryWithDescendants(const QString &categoryId)
{
    QList<QString> ids {categoryId};
    if (!rules::categoryListIncludesSubcategories)
        return ids;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QSqlQuery children = m_services.database.run(u"SELECT id FROM categories WHERE parent_id = ?"_s, {ids.at(i)});
        while (children.next())
            ids.append(children.value(0).toString());
    }
    return ids;
}

QJsonValue CommunicationHandler::list(const CallContext &call)
{
    const Parameters &p = call.parameters;
    const auto contactKey = u"contact_information_identifier"_s;
    const auto categoryKey = u"category_identifier"_s;
    // docs/api-contract.md "Communications": exactly one of the two.
    if (p.has(contactKey) && p.has(categoryKey))
        throw ApiFailure::invalid(contactKey,
                                  u"give either contact_information_identifier or category_identifier, not both"_s);
    if (!p.has(contactKey) && !p.has(categoryKey))
        throw ApiFailure::missing(u"contact_information_identifier or category_identifier"_s);
    const QStringList fieldsSet = p.fieldsSet(CommunicationJson::members());
    CommunicationStore::ListQuery query;
    query.contactId = m_services.resolver.resolve(Entity::Contact, p, contactKey);
    if (const auto category = m_services.resolver.resolve(Entity::Category, p, categoryKey))
        query.categoryIds = categoryWithDescendants(*category);
    if (const auto direction = p.enumValue<Direction>(u"direction"))
        query.direction = wireName(*direction);
    if (const auto media = p.enumValue<Media>(u"media"))
        query.media = wireName(*media);
    query.limit = p.pageSize();
    query.offset = p.offset();
    QJsonArray result;
    for (const CommunicationRecord &record : m_services.communications.list(query))
        result.append(toJson(record, fieldsSet));
    return result;
}

QJsonValue CommunicationHandler::create(const CallContext &call)
{
    const Parameters &p = call.parameters;
    const QStringList fieldsSet = p.fieldsSet(CommunicationJson::members());
    Transaction transaction(m_services.database);
    const CommunicationRecord record = m_editor.createStored(p, call.user);
    transaction.commit();
    return toJson(record, fieldsSet);
}

QJsonValue CommunicationHandler::update(const CallContext &call)
{
    const Parameters &p = call.parameters;
    const QStringList fieldsSet = p.fieldsSet(CommunicationJson::members());
    Transaction transaction(m_services.database);
    CommunicationRecord record = load(p);
    const bool wasCompleted = record.lifeCycleState == wireName(LifeCycleState::Completed);
    m_editor.update(record, p, call.user);
    m_services.communications.update(record);
    // docs/api-contract.md "Communications": completed later by an update enters the queue as well.
    if (!wasCompleted)
        m_services.queue.enqueueIfDue(record, record.updatedMs);
    transaction.commit();
    return toJson(record, fieldsSet);
}

QJsonValue CommunicationHandler::complete(const CallContext &call)
{
    const Parameters &p = call.parameters;
    const QStringList fieldsSet = p.fieldsSet(CommunicationJson::members());
    Transaction transaction(m_services.database);
    CommunicationRecord record = load(p);
    if (record.lifeCycleState != wireName(LifeCycleState::Draft)) {
        throw ApiFailure::invalidState(
            u"Communication %1 is %2; only DRAFT ones can be completed"_s.arg(record.number, record.lifeCycleState));
    }
    record.lifeCycleState = wireName(LifeCycleState::Completed);
    record.updatedMs = SandboxServices::nowMs();
    record.updatedBy = call.user.userId;
    m_services.communications.update(record);
    m_services.queue.enqueueIfDue(record, record.updatedMs);
    transaction.commit();
    return toJson(record, fieldsSet);
}

QJsonValue CommunicationHandler::setAsViewed(const CallContext &call)
{
    const Parameters &p = call.parameters;
    const QStringList fieldsSet = p.fieldsSet(CommunicationJson::members());
    Transaction transaction(m_services.database);
    CommunicationRecord record = load(p);
    const auto viewedOn = p.date(u"viewed_on", m_services.dates);
    if (record.lifeCycleState != wireName(LifeCycleState::Completed)) {
        throw ApiFailure::invalidState(u"Communication %1 is %2; only COMPLETED ones can be set as viewed"_s.arg(
            record.number, record.lifeCycleState));
    }
    record.viewed = true;
    record.viewedOn = viewedOn ? viewedOn->toMSecsSinceEpoch() : SandboxServices::nowMs();
    record.updatedMs = SandboxServices::nowMs();
    record.updatedBy = call.user.userId;
    m_services.communications.update(record);
    transaction.commit();
    return toJson(record, fieldsSet);
}

} // namespace commdesk
