#pragma once

#include "WireEnum.h"

// The enums of CRM-API.md §6–8 and their wire names.
namespace commdesk {

enum class Direction { Incoming, Outgoing };
enum class Media { Email, Sms, Phone, Letter, FaceToFace };
enum class LifeCycleState { Draft, Completed };
enum class QueueState { Pending, Completed, Rejected, CompletedAndRemoved };
enum class ContactType { Person, Company };
enum class ReferringEntity {
    Subscriptions,
    Activities,
    Jobs,
    Communications,
    AccountsReceivable,
    Bills,
    Notifications,
    ServiceRequests,
    Leads
};
enum class ParameterType { String, Float, Integer, Date };
enum class ParameterAction { Add, Update, Remove };
enum class PhoneType { Landline, Mobile, Fax };
enum class EmailType { Personal, Business };

#define COMMDESK_WIRE_TABLE(E, ...)                                                                                    \
    template<>                                                                                                         \
    struct WireTable<E>                                                                                                \
    {                                                                                                                  \
        static std::span<const WireName<E>> table()                                                                    \
        {                                                                                                              \
            static constexpr WireName<E> rows[] = {__VA_ARGS__};                                                       \
            return rows;                                                                                               \
        }                                                                                                              \
    };

COMMDESK_WIRE_TABLE(Direction, {Direction::Incoming, "INCOMING"}, {Direction::Outgoing, "OUTGOING"})
// F2F is accepted as a synonym of FACE_TO_FACE (CRM-API.md §6).
COMMDESK_WIRE_TABLE(Media, {Media::Email, "EMAIL"}, {Media::Sms, "SMS"}, {Media::Phone, "PHONE"},
                    {Media::Letter, "LETTER"}, {Media::FaceToFace, "FACE_TO_FACE"}, {Media::FaceToFace, "F2F"})
COMMDESK_WIRE_TABLE(LifeCycleState, {LifeCycleState::Draft, "DRAFT"}, {LifeCycleState::Completed, "COMPLETED"})
COMMDESK_WIRE_TABLE(QueueState, {QueueState::Pending, "PENDING"}, {QueueState::Completed, "COMPLETED"},
                    {QueueState::Rejected, "REJECTED"}, {QueueState::CompletedAndRemoved, "COMPLETED_AND_REMOVED"})
COMMDESK_WIRE_TABLE(ContactType, {ContactType::Person, "PERSON"}, {ContactType::Company, "COMPANY"})
COMMDESK_WIRE_TABLE(ReferringEntity, {ReferringEntity::Subscriptions, "SUBSCRIPTIONS"},
                    {ReferringEntity::Activities, "ACTIVITIES"}, {ReferringEntity::Jobs, "JOBS"},
                    {ReferringEntity::Communications, "COMMUNICATIONS"},
                    {ReferringEntity::AccountsReceivable, "ACCOUNTS_RECEIVABLE"}, {ReferringEntity::Bills, "BILLS"},
                    {ReferringEntity::Notifications, "NOTIFICATIONS"},
                    {ReferringEntity::ServiceRequests, "SERVICE_REQUESTS"}, {ReferringEntity::Leads, "LEADS"})
COMMDESK_WIRE_TABLE(ParameterType, {ParameterType::String, "STRING"}, {ParameterType::Float, "FLOAT"},
                    {ParameterType::Integer, "INTEGER"}, {ParameterType::Date, "DATE"})
COMMDESK_WIRE_TABLE(ParameterAction, {ParameterAction::Add, "ADD"}, {ParameterAction::Update, "UPDATE"},
                    {ParameterAction::Remove, "REMOVE"})
COMMDESK_WIRE_TABLE(PhoneType, {PhoneType::Landline, "LANDLINE"}, {PhoneType::Mobile, "MOBILE"},
                    {PhoneType::Fax, "FAX"})
COMMDESK_WIRE_TABLE(EmailType, {EmailType::Personal, "PERSONAL"}, {EmailType::Business, "BUSINESS"})

#undef COMMDESK_WIRE_TABLE

} // namespace commdesk
