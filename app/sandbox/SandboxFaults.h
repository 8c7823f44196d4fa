#pragma once

#include "SeededRandom.h"

#include <QString>

#include <chrono>
#include <optional>

namespace commdesk {

// Faults the sandbox injects for tests (`--faults`, docs/architecture.md "Tests": a server that hangs, drops the
// connection, answers 500, answers malformed JSON, or answers INVALID_TOKEN). Off by default.
// Rates are chances per call (0..1); calls to authentication/* are spared, so that a client can
// always sign in again.
struct FaultConfig
{
    std::chrono::milliseconds latency {0}; // added before every answer
    double drop = 0; // the connection is closed before the call is performed
    double dropAfter = 0; // the call is performed, then the connection is closed without an answer
    double error500 = 0; // HTTP 500 INTERNAL_ERROR, nothing performed
    double malformed = 0; // the call is performed, the answer is cut short (not JSON)
    double invalidToken = 0; // INVALID_TOKEN, nothing performed
    std::optional<quint32> seed; // default: the sandbox's --seed

    bool isOn() const
    {
        return latency.count() > 0 || drop > 0 || dropAfter > 0 || error500 > 0 || malformed > 0 || invalidToken > 0;
    }

    // `latency=200ms,drop=0.1,drop_after=0.05,error500=0.05,malformed=0.05,invalid_token=0.02,seed=7`
    // (latency also in s; an empty text is no faults).
    static std::optional<FaultConfig> parse(const QString &text, QString *error);
};

// Decides, call by call, which fault (if any) to inject: the same seed and the same sequence of
// calls give the same faults.
class SandboxFaults
{
public:
    enum class Fault { None, Drop, DropAfter, Error500, Malformed, InvalidToken };

    explicit SandboxFaults(const FaultConfig &config, quint32 defaultSeed)
        : m_config(config)
        , m_random(config.seed.value_or(defaultSeed))
    { }

    const FaultConfig &config() const { return m_config; }
    Fault next(const QString &path);

private:
    FaultConfig m_config;
    SeededRandom m_random;
};

} // namespace commdesk
