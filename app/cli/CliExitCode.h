#pragma once

#include "ApiError.h"

namespace commdesk {

// What commdesk-cli's exit status says (docs/cli.md): the class of error, so that scripts can tell
// a refused request from an unreachable server.
enum class CliExitCode : int {
    Ok = 0,
    ServerError = 1, // the server answered with a status other than OK (ApiError::Kind::Api)
    Usage = 2, // the command line was wrong, or a file or standard input could not be read
    Unreachable = 3, // network, TLS or timeout
    Unreadable = 4, // an answer that is not the contract's JSON (ApiError::Kind::Protocol / Http)
};

// `queue check` follows the monitoring-plugin convention instead (Nagios, Icinga, Naemon).
enum class MonitoringStatus : int {
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
};

inline CliExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Api:
        return CliExitCode::ServerError;
    case ApiError::Kind::Usage:
        return CliExitCode::Usage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return CliExitCode::Unreachable;
    case ApiError::Kind::Http:
    case ApiError::Kind::Protocol:
        return CliExitCode::Unreadable;
    }
    return CliExitCode::Unreadable;
}

inline int toInt(CliExitCode code)
{
    return static_cast<int>(code);
}

inline int toInt(MonitoringStatus status)
{
    return static_cast<int>(status);
}

} // namespace commdesk
