#include "CommunicationJson.h"

#include "ContactJson.h"
#include "JavaDate.h"
#include "ReferenceJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

QJsonValue text(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue real(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

CommunicationJson::CommunicationJson(ReferenceJson &references, ContactJson &contacts, const JavaDate &dates)
    : m_references(references)
    , m_contacts(contacts)
    , m_dates(dates)
{ }

QStringList CommunicationJson::members()
{
    QStringList names {u"id"_s,
                       u"number"_s,
                       u"life_cycle_state"_s,
                       u"direction"_s,
                       u"media"_s,
                       u"subject"_s,
                       u"content"_s,
                       u"to"_s,
                       u"notes"_s,
                       u"viewed"_s,
                       u"viewed_on"_s,
                       u"contact_information"_s,
                       u"category"_s,
                       u"template"_s,
                       u"communication_queue_external_system"_s,
                       u"owned_by_group"_s,
                       u"privacy_level"_s,
                       u"referring_to"_s};
    for (int i = 1; i <= 8; ++i)
        names.append(u"udf_string_"_s + QString::number(i));
    for (int i = 1; i <= 4; ++i)
        names.append(u"udf_float_"_s + QString::number(i));
    for (int i = 1; i <= 4; ++i)
        names.append(u"udf_date_"_s + QString::number(i));
    names << u"unrestricted_parameter_set"_s << u"follow_up_set"_s << u"log_information"_s;
    return names;
}

bool CommunicationJson::needsParameters(const QStringList &fieldsSet)
{
    return fieldsSet.isEmpty() || fieldsSet.contains(u"unrestricted_parameter_set"_s);
}

QJsonValue CommunicationJson::date(const std::optional<qint64> &ms) const
{
    return ms ? QJsonValue(m_dates.formatMs(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonObject CommunicationJson::parameterJson(const ParameterRecord &p) const
{
    QJsonObject object {{u"id"_s, p.id}, {u"key"_s, p.key}, {u"name"_s, p.name}, {u"type"_s, p.type}};
    if (p.type == u"STRING")
        object.insert(u"string_value"_s, text(p.stringValue));
    else if (p.type == u"FLOAT")
        object.insert(u"float_value"_s, real(p.floatValue));
    else if (p.type == u"INTEGER")
        object.insert(u"integer_value"_s,
                      p.integerValue ? QJsonValue(double(*p.integerValue)) : QJsonValue(QJsonValue::Null));
    else
        object.insert(u"date_value"_s, date(p.dateValue));
    return object;
}

QJsonObject CommunicationJson::toJson(const CommunicationRecord &r, const QList<ParameterRecord> &parameters,
                                      const QStringList &fieldsSet) const
{
    QJsonObject object {{u"id"_s, r.id},
                        {u"number"_s, r.number},
                        {u"life_cycle_state"_s, r.lifeCycleState},
                        {u"direction"_s, r.direction},
                        {u"media"_s, r.media},
                        {u"subject"_s, text(r.subject)},
                        {u"content"_s, text(r.content)},
                        {u"to"_s, text(r.to)},
                        {u"notes"_s, text(r.notes)},
                        {u"viewed"_s, r.viewed},
                        {u"viewed_on"_s, date(r.viewedOn)},
                        {u"contact_information"_s, m_contacts.embedded(r.contactId)},
                        {u"category"_s, m_references.category(r.categoryId)},
                        {u"template"_s, m_references.templateRef(r.templateId)},
                        {u"communication_queue_external_system"_s, m_references.externalSystem(r.externalSystemId)},
                        {u"owned_by_group"_s, m_references.group(r.groupId)},
                        {u"privacy_level"_s, m_references.privacyLevel(r.privacyLevelId)},
                        {u"follow_up_set"_s, QJsonArray()}};
    if (r.referringEntity) {
        object.insert(u"referring_to"_s,
                      QJsonObject {{u"entity"_s, *r.referringEntity},
                                   {u"id"_s, text(r.referringId)},
                                   {u"number"_s, text(r.referringNumber)}});
    } else {
        object.insert(u"referring_to"_s, QJsonValue::Null);
    }
    for (int i = 0; i < 8; ++i)
        object.insert(u"udf_string_"_s + QString::number(i + 1), text(r.udfStrings[i]));
    for (int i = 0; i < 4; ++i)
        object.insert(u"udf_float_"_s + QString::number(i + 1), real(r.udfFloats[i]));
    for (int i = 0; i < 4; ++i)
        object.insert(u"udf_date_"_s + QString::number(i + 1), date(r.udfDates[i]));
    QJsonArray parameterSet;
    for (const ParameterRecord &p : parameters)
        parameterSet.append(parameterJson(p));
    object.insert(u"unrestricted_parameter_set"_s, parameterSet);
    object.insert(u"log_information"_s,
                  QJsonObject {{u"created_date"_s, date(r.createdMs)},
                               {u"created_by_user"_s, m_references.user(r.createdBy)},
                               {u"updated_date"_s, date(r.updatedMs)},
                               {u"updated_by_user"_s, m_references.user(r.updatedBy)}});
    return ReferenceJson::select(object, fieldsSet);
}

} // namespace commdesk
