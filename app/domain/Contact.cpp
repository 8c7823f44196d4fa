#include "Contact.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

constexpr auto calendarDayMembers = std::tuple {
    mapping::member(u"day", &CalendarDay::day),
    mapping::member(u"month", &CalendarDay::month),
    mapping::member(u"year", &CalendarDay::year),
};

constexpr auto demographicsMembers = std::tuple {
    mapping::member(u"date_of_birth", &Demographics::dateOfBirth),
    mapping::member(u"name_day", &Demographics::nameDay),
    mapping::member(u"gender", &Demographics::gender),
};

constexpr auto phoneMembers = std::tuple {
    mapping::member(u"number", &ContactPhone::number),
    mapping::member(u"type", &ContactPhone::type),
    mapping::member(u"is_primary", &ContactPhone::isPrimary),
};

constexpr auto emailMembers = std::tuple {
    mapping::member(u"email_address", &ContactEmail::address),
    mapping::member(u"type", &ContactEmail::type),
    mapping::member(u"is_primary", &ContactEmail::isPrimary),
};

constexpr auto contactMembers = std::tuple {
    mapping::member(u"id", &Contact::id),
    mapping::member(u"number", &Contact::number),
    mapping::member(u"type", &Contact::type),
    mapping::member(u"name", &Contact::name),
    mapping::member(u"title", &Contact::title),
    mapping::member(u"first_name", &Contact::firstName),
    mapping::member(u"middle_name", &Contact::middleName),
    mapping::member(u"last_name", &Contact::lastName),
    mapping::member(u"company_name", &Contact::companyName),
    mapping::member(u"life_cycle_state", &Contact::lifeCycleState),
    mapping::member(u"demographics", &Contact::demographics),
    mapping::member(u"phone_set", &Contact::phones),
    mapping::member(u"email_set", &Contact::emails),
};

// Of the items that qualify, the one marked primary, else the first.
template<class T, class Qualifies>
const T *preferred(const QList<T> &items, Qualifies qualifies)
{
    const T *first = nullptr;
    for (const T &item : items) {
        if (!qualifies(item))
            continue;
        if (item.isPrimary)
            return &item;
        if (!first)
            first = &item;
    }
    return first;
}

} // namespace

CalendarDay CalendarDay::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<CalendarDay>(json, calendarDayMembers);
}

QJsonObject CalendarDay::toJson() const
{
    return mapping::toJson(*this, calendarDayMembers);
}

Demographics Demographics::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<Demographics>(json, demographicsMembers);
}

QJsonObject Demographics::toJson() const
{
    return mapping::toJson(*this, demographicsMembers);
}

ContactPhone ContactPhone::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<ContactPhone>(json, phoneMembers);
}

QJsonObject ContactPhone::toJson() const
{
    return mapping::toJson(*this, phoneMembers);
}

ContactEmail ContactEmail::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<ContactEmail>(json, emailMembers);
}

QJsonObject ContactEmail::toJson() const
{
    return mapping::toJson(*this, emailMembers);
}

Contact Contact::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<Contact>(json, contactMembers);
}

QJsonObject Contact::toJson() const
{
    return mapping::toJson(*this, contactMembers);
}

QString Contact::displayName() const
{
    return displayNameOf(name, firstName, lastName, companyName, number);
}

QString Contact::displayNameOf(const QString &name, const QString &firstName, const QString &lastName,
                               const QString &companyName, const QString &number)
{
    if (!name.isEmpty())
        return name;
    const QString fullName = QString(firstName + u' ' + lastName).trimmed();
    if (!fullName.isEmpty())
        return fullName;
    if (!companyName.isEmpty())
        return companyName;
    return number;
}

QString Contact::primaryEmail() const
{
    const ContactEmail *email = preferred(emails, [](const ContactEmail &) { return true; });
    return email ? email->address : QString();
}

QString Contact::primaryMobile() const
{
    const ContactPhone *phone = preferred(phones, [](const ContactPhone &p) { return p.type == PhoneType::Mobile; });
    return phone ? phone->number : QString();
}

} // namespace commdesk
