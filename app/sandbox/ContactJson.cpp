#include "ContactJson.h"

#include "SandboxDatabase.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

QJsonValue text(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

// {"day": 1, "month": 1, "year": 1980}; a name day has no year (docs/api-contract.md "Dates").
QJsonValue calendarDay(const QVariant &day, const QVariant &month, const QVariant &year = {})
{
    if (day.isNull() || month.isNull())
        return QJsonValue::Null;
    QJsonObject object {{u"day"_s, day.toInt()}, {u"month"_s, month.toInt()}};
    if (!year.isNull())
        object.insert(u"year"_s, year.toInt());
    return object;
}

} // namespace

ContactJson::ContactJson(SandboxDatabase &database)
    : m_database(database)
{ }

QStringList ContactJson::embeddedMembers()
{
    return {u"id"_s,           u"number"_s,           u"type"_s,        u"name"_s,
            u"title"_s,        u"first_name"_s,       u"middle_name"_s, u"last_name"_s,
            u"company_name"_s, u"life_cycle_state"_s, u"demographics"_s};
}

QStringList ContactJson::members()
{
    return embeddedMembers() << u"phone_set"_s << u"email_set"_s;
}

QJsonObject ContactJson::embedded(const QString &id)
{
    const auto it = m_embedded.constFind(id);
    if (it != m_embedded.constEnd())
        return *it;
    QSqlQuery &q = m_database.prepared(
        u"SELECT id, number, type, name, title, first_name, middle_name, last_name, company_name, life_cycle_state,"
        " gender, birth_day, birth_month, birth_year, name_day_day, name_day_month FROM contacts WHERE id = ?"_s);
    q.addBindValue(id);
    m_database.exec(q);
    QJsonObject contact;
    if (q.next()) {
        const QJsonObject demographics {{u"gender"_s, text(q.value(10))},
                                        {u"date_of_birth"_s, calendarDay(q.value(11), q.value(12), q.value(13))},
                                        {u"name_day"_s, calendarDay(q.value(14), q.value(15))}};
        contact = QJsonObject {{u"id"_s, q.value(0).toString()},      {u"number"_s, q.value(1).toString()},
                               {u"type"_s, q.value(2).toString()},    {u"name"_s, text(q.value(3))},
                               {u"title"_s, text(q.value(4))},        {u"first_name"_s, text(q.value(5))},
                               {u"middle_name"_s, text(q.value(6))},  {u"last_name"_s, text(q.value(7))},
                               {u"company_name"_s, text(q.value(8))}, {u"life_cycle_state"_s, text(q.value(9))},
                               {u"demographics"_s, demographics}};
    }
    m_embedded.insert(id, contact);
    return contact;
}

QJsonObject ContactJson::full(const QString &id)
{
    QJsonObject contact = embedded(id);
    if (contact.isEmpty())
        return contact;
    QJsonArray phones;
    QSqlQuery &p = m_database.prepared(
        u"SELECT number, type, is_primary FROM contact_phones WHERE contact_id = ? ORDER BY position"_s);
    p.addBindValue(id);
    m_database.exec(p);
    while (p.next()) {
        phones.append(QJsonObject {{u"number"_s, p.value(0).toString()},
                                   {u"type"_s, p.value(1).toString()},
                                   {u"is_primary"_s, p.value(2).toInt() != 0}});
    }
    QJsonArray emails;
    QSqlQuery &e = m_database.prepared(
        u"SELECT email_address, type, is_primary FROM contact_emails WHERE contact_id = ? ORDER BY position"_s);
    e.addBindValue(id);
    m_database.exec(e);
    while (e.next()) {
        emails.append(QJsonObject {{u"email_address"_s, e.value(0).toString()},
                                   {u"type"_s, e.value(1).toString()},
                                   {u"is_primary"_s, e.value(2).toInt() != 0}});
    }
    contact.insert(u"phone_set"_s, phones);
    contact.insert(u"email_set"_s, emails);
    return contact;
}

QHash<QString, QString> ContactJson::placeholderValues(const QString &id)
{
    const QJsonObject contact = embedded(id);
    QHash<QString, QString> values;
    for (const auto &key : {u"first_name"_s, u"last_name"_s, u"name"_s, u"number"_s})
        values.insert(key, contact.value(key).toString());
    return values;
}

} // namespace commdesk
