#include "QueueHandler.h"

#include "QueueJson.h"
#include "SandboxDatabase.h"
#include "SandboxRules.h"
#include "SandboxServices.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

const auto entryIdentifier = u"communication_queue_identifier"_s;
const auto systemIdentifier = u"communication_queue_external_system_identifier"_s;
const auto contactIdentifier = u"contact_information_identifier"_s;

} // namespace

QueueHandler::QueueHandler(SandboxServices &services)
    : m_services(services)
{ }

QList<Route> QueueHandler::routes()
{
    using Verb = Route::Verb;
    return {
        {u"communications/queue/show"_s, Verb::Get, true, [this](const CallContext &c) { return show(c); }},
        {u"communications/queue/list"_s, Verb::Get, true, [this](const CallContext &c) { return list(c); }},
        {u"communications/queue/get_pending"_s, Verb::Get, true, [this](const CallContext &c) { return pending(c); }},
        {u"communications/queue/get_pending_completed"_s, Verb::Get, true,
         [this](const CallContext &c) { return pendingCompleted(c); }},
        {u"communications/queue/complete"_s, Verb::Post, true,
         [this](const CallContext &c) { return transition(c, QueueState::Completed); }},
        {u"communications/queue/reject"_s, Verb::Post, true,
         [this](const CallContext &c) { return transition(c, QueueState::Rejected); }},
        {u"communications/queue/remove"_s, Verb::Post, true,
         [this](const CallContext &c) { return transition(c, QueueState::CompletedAndRemoved); }},
    };
}

QueueStore::Source QueueHandler::source(const Parameters &p)
{
    // docs/api-contract.md "The communication queue": exactly one of external system and media.
    if (p.has(systemIdentifier) && p.has(u"media"))
        throw ApiFailure::invalid(systemIdentifier, u"give either %1 or media, not both"_s.arg(systemIdentifier));
    if (!p.has(systemIdentifier) && !p.has(u"media"))
        throw ApiFailure::missing(systemIdentifier + u" or media"_s);
    QueueStore::Source source;
    source.externalSystemId = m_services.resolver.resolve(Entity::ExternalSystem, p, systemIdentifier);
    if (const auto media = p.enumValue<Media>(u"media"))
        source.media = wireName(*media);
    return source;
}

QString QueueHandler::entryId(const Parameters &p)
{
    return m_services.resolver.resolveRequired(Entity::QueueEntry, p, entryIdentifier);
}

QJsonValue QueueHandler::rows(const QueueStore::ListQuery &query, const QStringList &fieldsSet)
{
    QJsonArray result;
    for (const QueueRow &row : m_services.queue.list(query))
        result.append(m_services.queueJson.toJson(row, fieldsSet));
    return result;
}

QJsonValue QueueHandler::show(const CallContext &call)
{
    const QStringList fieldsSet = call.parameters.fieldsSet(QueueJson::members());
    const auto row = m_services.queue.load(entryId(call.parameters));
    if (!row)
        throw ApiFailure::notFound(entryIdentifier, u"queue entry"_s);
    return m_services.queueJson.toJson(*row, fieldsSet);
}

QJsonValue QueueHandler::list(const CallContext &call)
{
    const Parameters &p = call.parameters;
    const QStringList fieldsSet = p.fieldsSet(QueueJson::members());
    QueueStore::ListQuery query;
    query.source = source(p);
    query.contactId = m_services.resolver.resolve(Entity::Contact, p, contactIdentifier);
    if (const auto state = p.enumValue<QueueState>(u"life_cycle_state"))
        query.state = wireName(*state);
    query.newestFirst = rules::newestFirst;
    query.limit = p.pageSize();
    query.offset = p.offset();
    return rows(query, fieldsSet);
}

QJsonValue QueueHandler::pending(const CallContext &call)
{
    const Parameters &p = call.parameters;
    QueueStore::ListQuery query;
    query.source = source(p);
    query.contactId = m_services.resolver.resolve(Entity::Contact, p, contactIdentifier);
    const auto number = p.integer(u"number");
    if (!number)
        throw ApiFailure::missing(u"number"_s);
    if (*number < 1)
        throw ApiFailure::invalid(u"number"_s, u"must be at least 1"_s);
    query.state = wireName(QueueState::Pending);
    query.newestFirst = rules::pendingNewestFirst;
    query.limit = int(std::min<qint64>(*number, rules::maxPageSize));
    return rows(query, p.fieldsSet(QueueJson::members()));
}

QJsonValue QueueHandler::pendingCompleted(const CallContext &call)
{
    const Parameters &p = call.parameters;
    QueueStore::ListQuery query;
    query.source = source(p);
    query.contactId = m_services.resolver.resolve(Entity::Contact, p, contactIdentifier);
    const qint64 number = p.integer(u"number").value_or(rules::defaultPendingCompletedNumber);
    if (number < 1)
        throw ApiFailure::invalid(u"number"_s, u"must be at least 1"_s);
    query.state = wireName(QueueState::Completed);
    query.unviewedOnly = true;
    query.newestFirst = rules::pendingNewestFirst;
    query.limit = int(std::min<qint64>(number, rules::maxPageSize));
    return rows(query, p.fieldsSet(QueueJson::members()));
}

QJsonValue QueueHandler::transition(const CallContext &call, QueueState target)
{
    const Parameters &p = call.parameters;
    const QStringList fieldsSet = p.fieldsSet(QueueJson::members());
    const QString id = entryId(p);
    QString errorCode;
    QString errorDescription;
    if (target == QueueState::Rejected) {
        errorCode = p.requiredText(u"error_code");
        errorDescription = p.requiredText(u"error_description");
    }
    Transaction transaction(m_services.database);
    m_services.queue.transition(id, target, SandboxServices::nowMs(), errorCode, errorDescription);
    transaction.commit();
    const auto row = m_services.queue.load(id);
    if (!row)
        throw ApiFailure::notFound(entryIdentifier, u"queue entry"_s);
    return m_services.queueJson.toJson(*row, fieldsSet);
}

} // namespace commdesk
