#pragma once

#include "CommunicationsApi.h"
#include "ConfigurationApi.h"
#include "ProxySettings.h"
#include "QueueApi.h"
#include "ServerProfile.h"

#include <QHostAddress>

#include <chrono>

namespace commdesk {

enum class CliCommand {
    CommunicationsList,
    CommunicationsShow,
    CommunicationsCreate,
    CommunicationsUpdate,
    CommunicationsComplete,
    CommunicationsView,
    ContactsShow,
    Categories,
    Templates,
    ExternalSystems,
    QueueList,
    QueueShow,
    QueuePending,
    QueuePendingCompleted,
    QueueComplete,
    QueueReject,
    QueueRemove,
    QueueStats,
    QueueCheck,
    QueueServeMetrics,
};

enum class CliArea { Communications, Configuration, Queue };

CliArea areaOf(CliCommand command);

// The options every command shares (docs/cli.md).
struct GlobalOptions
{
    QString server;
    QString username;
    QString organisation;
    QString unit;
    bool passwordStdin = false;
    bool apiKeyStdin = false;
    std::chrono::seconds timeout {30}; // the overall deadline of each request
    bool json = false;
    bool verbose = false;
    // --profile NAME: the desktop app's profile as stored; server, username, organisation and
    // unit above already hold its values where the command line gave none.
    std::optional<ServerProfile> profile;
    ProxySettings proxy; // the system's unless --proxy or the profile's app settings say otherwise
};

// A limit of `queue check`: above `warning` the check is WARNING, above `critical` CRITICAL.
struct Threshold
{
    std::optional<double> warning;
    std::optional<double> critical;

    friend bool operator==(const Threshold &, const Threshold &) = default;
};

struct QueueCheckThresholds
{
    Threshold pending; // entries
    Threshold oldestPending; // seconds
    Threshold rejectRatio; // 0..1
    std::optional<int> rejectWindowMinutes; // the ratio over entries finished this recently; none: all
};

// Which part of the queue `queue stats` counts: one media, one external system, or everything.
struct QueueStatsScope
{
    std::optional<Media> media;
    std::optional<Identifier> externalSystem;
    bool all = false;
};

// What one command needs beyond the global options; each command reads only its own members.
struct CommandArguments
{
    std::optional<Identifier> target; // the F=V word of the show commands, update, complete, view and the queue actions
    QStringList fieldsSet; // communications show, contacts show
    CommunicationsApi::ListFilter communications; // communications list
    bool allPages = false; // communications list --all: page after page until the list ends
    bool csv = false; // communications list --csv
    std::optional<Identifier> contact; // communications create
    CommunicationInput input; // communications create and update
    QDateTime viewedOn; // communications view; invalid means "now"
    ConfigurationApi::TemplateFilter templates;
    QueueApi::ListFilter queue; // queue list; its source and contact also serve pending and pending-completed
    std::optional<int> number; // queue pending (mandatory) and pending-completed
    QString errorCode; // queue reject
    QString errorDescription;
    QString reason; // queue complete, reject, remove: why, for the action journal
    QueueStatsScope stats;
    QueueCheckThresholds thresholds;
    QHostAddress listenAddress; // queue serve-metrics --listen HOST:PORT
    quint16 listenPort = 0;
    int intervalSeconds = 15; // queue serve-metrics --interval
};

struct CliInvocation
{
    GlobalOptions global;
    CliCommand command = CliCommand::Categories;
    CommandArguments arguments;
};

} // namespace commdesk
