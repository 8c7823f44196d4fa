#pragma once

#include "WireEnum.h"

// The enums of docs/api-contract.md and their wire names.
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
    ServiceRequests, // from R5
    RewardsParticipants,
    AwardTransactions,
    SpendTransactions,
    Leads,
    BuyInAdvanceRequests, // from R8
    AccessTokens,
    PurchaseCustomerEvents, // from R12
    SpendRequestCustomerEvents
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
// Answers spell face to face FACE_TO_FACE; the create and update pages spell it F2F on input
// (docs/api-contract.md, "Communications"), so requests use mediaInputName().
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
                    {ReferringEntity::ServiceRequests, "SERVICE_REQUESTS"},
                    {ReferringEntity::RewardsParticipants, "REWARDS_PARTICIPANTS"},
                    {ReferringEntity::AwardTransactions, "AWARD_TRANSACTIONS"},
                    {ReferringEntity::SpendTransactions, "SPEND_TRANSACTIONS"}, {ReferringEntity::Leads, "LEADS"},
                    {ReferringEntity::BuyInAdvanceRequests, "BUY_IN_ADVANCE_REQUESTS"},
                    {ReferringEntity::AccessTokens, "ACCESS_TOKENS"},
                    {ReferringEntity::PurchaseCustomerEvents, "PURCHASE_CUSTOMER_EVENTS"},
                    {ReferringEntity::SpendRequestCustomerEvents, "SPEND_REQUEST_CUSTOMER_EVENTS"})
COMMDESK_WIRE_TABLE(ParameterType, {ParameterType::String, "STRING"}, {ParameterType::Float, "FLOAT"},
                    {ParameterType::Integer, "INTEGER"}, {ParameterType::Date, "DATE"})
COMMDESK_WIRE_TABLE(ParameterAction, {ParameterAction::Add, "ADD"}, {ParameterAction::Update, "UPDATE"},
                    {ParameterAction::Remove, "REMOVE"})
COMMDESK_WIRE_TABLE(PhoneType, {PhoneType::Landline, "LANDLINE"}, {PhoneType::Mobile, "MOBILE"},
                    {PhoneType::Fax, "FAX"})
COMMDESK_WIRE_TABLE(EmailType, {EmailType::Personal, "PERSONAL"}, {EmailType::Business, "BUSINESS"})

#undef COMMDESK_WIRE_TABLE

// How communications/create and update spell a media: F2F for face to face, the answer's name
// for the others.
inline QString mediaInputName(Media media)
{
    return media == Media::FaceToFace ? QStringLiteral("F2F") : wireName(media);
}

} // namespace commdesk
