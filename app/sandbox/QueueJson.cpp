#include "QueueJson.h"

#include "JavaDate.h"
#include "ReferenceJson.h"

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

QJsonValue text(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QueueJson::QueueJson(ReferenceJson &references, const JavaDate &dates)
    : m_references(references)
    , m_dates(dates)
{ }

QStringList QueueJson::members()
{
    return {u"id"_s,
            u"number"_s,
            u"life_cycle_state"_s,
            u"error_code"_s,
            u"error_description"_s,
            u"media"_s,
            u"communication"_s,
            u"communication_queue_external_system"_s,
            u"log_information"_s};
}

QJsonObject QueueJson::toJson(const QueueRow &row, const QStringList &fieldsSet) const
{
    const QJsonObject contact {
        {u"id"_s, row.contactId}, {u"number"_s, row.contactNumber}, {u"name"_s, text(row.contactName)}};
    const QJsonObject communication {{u"id"_s, row.communicationId},
                                     {u"number"_s, row.communicationNumber},
                                     {u"subject"_s, text(row.subject)},
                                     {u"direction"_s, row.direction},
                                     {u"media"_s, row.communicationMedia},
                                     {u"to"_s, text(row.to)},
                                     {u"life_cycle_state"_s, row.communicationState},
                                     {u"viewed"_s, row.viewed},
                                     {u"contact_information"_s, contact}};
    const QJsonObject object {
        {u"id"_s, row.id},
        {u"number"_s, row.number},
        {u"life_cycle_state"_s, row.state},
        {u"error_code"_s, text(row.errorCode)},
        {u"error_description"_s, text(row.errorDescription)},
        {u"media"_s, row.media},
        {u"communication"_s, communication},
        {u"communication_queue_external_system"_s, m_references.externalSystem(row.externalSystemId)},
        {u"log_information"_s,
         QJsonObject {{u"created_date"_s, m_dates.formatMs(row.createdMs)},
                      {u"updated_date"_s, m_dates.formatMs(row.updatedMs)}}}};
    return ReferenceJson::select(object, fieldsSet);
}

} // namespace commdesk
