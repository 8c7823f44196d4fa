#include "QueueEntry.h"

#include "JsonMapping.h"

namespace commdesk {

namespace {

// docs/api-contract.md "The communication queue"; the embedded communication is a summary read with the communication's
// own table.
constexpr auto members = std::tuple {
    mapping::member(u"id", &QueueEntry::id),
    mapping::member(u"number", &QueueEntry::number),
    mapping::member(u"life_cycle_state", &QueueEntry::lifeCycleState),
    mapping::member(u"error_code", &QueueEntry::errorCode),
    mapping::member(u"error_description", &QueueEntry::errorDescription),
    mapping::member(u"media", &QueueEntry::media),
    mapping::member(u"communication", &QueueEntry::communication),
    mapping::member(u"communication_queue_external_system", &QueueEntry::externalSystem),
    mapping::member(u"log_information", &QueueEntry::logInformation),
};

} // namespace

QueueEntry QueueEntry::fromJson(const JsonReader::Object &json)
{
    return mapping::fromJson<QueueEntry>(json, members);
}

QJsonObject QueueEntry::toJson() const
{
    return mapping::toJson(*this, members);
}

} // namespace commdesk
