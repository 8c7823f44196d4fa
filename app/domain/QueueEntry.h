#pragma once

#include "Communication.h"

namespace commdesk {

// An entry of the outbound communication queue (docs/api-contract.md "The communication queue").
struct QueueEntry
{
    QString id;
    QString number;
    std::optional<WireValue<QueueState>> lifeCycleState;
    QString errorCode;
    QString errorDescription;
    std::optional<WireValue<Media>> media;
    std::optional<Communication> communication; // a summary: id, number, subject, ..., contact {id, number, name}
    std::optional<ExternalSystem> externalSystem;
    std::optional<LogInformation> logInformation;

    static QueueEntry fromJson(const JsonReader::Object &json);
    QJsonObject toJson() const;
    friend bool operator==(const QueueEntry &, const QueueEntry &) = default;
};

} // namespace commdesk
