#include "GatewayErrors.h"

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

constexpr GatewayError smsErrors[] = {
    {"INVALID_DESTINATION"_L1, "Destination is not a valid mobile number (GSM error 1: unknown subscriber)"_L1},
    {"ABSENT_SUBSCRIBER"_L1, "Absent subscriber: handset switched off or out of coverage for 24 hours"_L1},
    {"MESSAGE_TOO_LONG"_L1, "Message longer than the gateway's 160 character limit"_L1},
    {"NETWORK_TIMEOUT"_L1, "No delivery receipt from the operator within 300 seconds"_L1},
    {"BARRED_SUBSCRIBER"_L1, "Subscriber has barred messages from short codes"_L1},
};

constexpr GatewayError emailErrors[] = {
    {"MAILBOX_FULL"_L1, "552 5.2.2 Requested mail action aborted: mailbox full"_L1},
    {"BOUNCED"_L1, "550 5.1.1 The email account that you tried to reach does not exist"_L1},
    {"INVALID_DESTINATION"_L1, "501 5.1.3 Bad recipient address syntax"_L1},
    {"SPAM_REJECTED"_L1, "554 5.7.1 Message rejected as spam by the receiving server"_L1},
    {"DNS_FAILURE"_L1, "Domain of the recipient has no MX record"_L1},
};

constexpr GatewayError portalErrors[] = {
    {"USER_NOT_REGISTERED"_L1, "The contact has no account on the customer portal"_L1},
    {"DELIVERY_TIMEOUT"_L1, "Portal inbox did not acknowledge the message within 10 minutes"_L1},
    {"DOCUMENT_REJECTED"_L1, "Portal refused the attachment: unsupported format"_L1},
};

} // namespace

std::span<const GatewayError> gatewayErrors(QStringView media)
{
    if (media == u"SMS")
        return smsErrors;
    if (media == u"EMAIL")
        return emailErrors;
    return portalErrors;
}

} // namespace commdesk
