#include "CliInvocation.h"

namespace commdesk {

CliArea areaOf(CliCommand command)
{
    switch (command) {
    case CliCommand::CommunicationsList:
    case CliCommand::CommunicationsShow:
    case CliCommand::CommunicationsCreate:
    case CliCommand::CommunicationsUpdate:
    case CliCommand::CommunicationsComplete:
    case CliCommand::CommunicationsView:
        return CliArea::Communications;
    case CliCommand::ContactsShow: // contact_information/show, a look-up beside the configuration ones
    case CliCommand::Categories:
    case CliCommand::Templates:
    case CliCommand::ExternalSystems:
        return CliArea::Configuration;
    case CliCommand::QueueList:
    case CliCommand::QueueShow:
    case CliCommand::QueuePending:
    case CliCommand::QueuePendingCompleted:
    case CliCommand::QueueComplete:
    case CliCommand::QueueReject:
    case CliCommand::QueueRemove:
    case CliCommand::QueueStats:
    case CliCommand::QueueCheck:
    case CliCommand::QueueServeMetrics:
        return CliArea::Queue;
    }
    return CliArea::Queue;
}

} // namespace commdesk
