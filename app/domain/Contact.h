#pragma once

#include "JsonReader.h"

#include <QDate>

namespace commdesk {

// {"day": 1, "month": 1, "year": 1980}; a name day has no year (docs/api-contract.md "Dates").
struct CalendarDay
{
    int day = 0;
    int month = 0;
    std::optional<int> year;

    static CalendarDay fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

struct Demographics
{
    std::optional<CalendarDay> dateOfBirth;
    std::optional<CalendarDay> nameDay;
    QString gender;

    static Demographics fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const Demographics &, const Demographics &) = default;
};

struct ContactPhone
{
    QString number;
    std::optional<PhoneType> type;
    bool isPrimary = false;

    static ContactPhone fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const ContactPhone &, const ContactPhone &) = default;
};

struct ContactEmail
{
    QString address;
    std::optional<EmailType> type;
    bool isPrimary = false;

    static ContactEmail fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const ContactEmail &, const ContactEmail &) = default;
};

// A contact as embedded in a communication (docs/api-contract.md "Communications"); `contact_information/show` adds the
// phone and e-mail sets (docs/api-contract.md "Configuration look-ups").
struct Contact
{
    QString id;
    QString number;
    std::optional<WireValue<ContactType>> type;
    QString name;
    QString title;
    QString firstName;
    QString middleName;
    QString lastName;
    QString companyName;
    QString lifeCycleState;
    std::optional<Demographics> demographics;
    QList<ContactPhone> phones;
    QList<ContactEmail> emails;

    static Contact fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    // The name to show: `name`, else first + last, else company name, else the number.
    QString displayName() const;
    // The name to show from these members: the name, else first and last, else the company, else the number.
    static QString displayNameOf(const QString &name, const QString &firstName, const QString &lastName,
                                 const QString &companyName, const QString &number);
    // The e-mail address marked primary, else the first one; empty when there is none.
    QString primaryEmail() const;
    // The MOBILE number marked primary, else the first MOBILE one; empty when there is none.
    QString primaryMobile() const;
    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace commdesk
