#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <span>

namespace commdesk {

// Why an external system rejects a queue entry, in the words gateways use: the demo data's
// REJECTED entries and the simulated consumers draw from these.
struct GatewayError
{
    QLatin1StringView code;
    QLatin1StringView description;
};

// The errors of the channel an entry goes out by: SMS, EMAIL, or anything else (the portal).
std::span<const GatewayError> gatewayErrors(QStringView media);

} // namespace commdesk
