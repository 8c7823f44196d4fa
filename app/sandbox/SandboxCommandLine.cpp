#include "SandboxCommandLine.h"

#include "SandboxDatabase.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

void SandboxCommandLine::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"port"_s, u"TCP port to listen on; 0 picks any free port (default %1)."_s.arg(defaultPort), u"PORT"_s},
        {u"listen"_s, u"Address to listen on (default 127.0.0.1). Anything else exposes the demo accounts."_s,
         u"ADDRESS"_s},
        {u"database"_s,
         u"SQLite file of the sandbox, or :memory: (default %1)."_s.arg(SandboxConfig::defaultDatabasePath()),
         u"PATH"_s},
        {u"reset"_s, u"Throw the existing data away and seed new demo data."_s},
        {u"seed"_s, u"Seed of the demo data; the same seed gives the same data (default 1)."_s, u"N"_s},
        {u"communications"_s, u"How many demo communications to seed (default 5000)."_s, u"N"_s},
        {u"queue-entries"_s,
         u"How many queue entries to seed, spread over the demo period (default: one for each communication "
         "a gateway or relay sends)."_s,
         u"N"_s},
        {u"reference-date"_s, u"Last day of the demo data, YYYY-MM-DD (default today)."_s, u"DATE"_s},
        {u"consumers"_s, u"Simulated queue consumers on or off (default on); off makes the sandbox deterministic."_s,
         u"on|off"_s},
        {u"consumer-rate"_s, u"Queue entries each consumer takes per minute (default 30)."_s, u"N"_s},
        {u"traffic"_s,
         u"Outgoing communications the demo's staff send per minute while the consumers run, each entering the "
         "queue (default 4; 0: none)."_s,
         u"N"_s},
        {u"token-ttl"_s, u"Lifetime of a token in seconds (default 7200)."_s, u"SECONDS"_s},
        {u"time-zone"_s, u"IANA time zone the dates are written in (default %1)."_s.arg(rules::defaultTimeZone),
         u"ZONE"_s},
        {u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (with --tls-key)."_s, u"PATH"_s},
        {u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"PATH"_s},
        {u"verbose"_s, u"Print one line per answered call (never a token)."_s},
        {u"faults"_s,
         u"Inject faults for tests, e.g. latency=200ms,drop=0.1,drop_after=0.05,error500=0.05,malformed=0.05,"
         u"invalid_token=0.02,seed=7 (rates per call; sign-in is spared; default off)."_s,
         u"SPEC"_s},
    });
}

bool SandboxCommandLine::read(const QCommandLineParser &parser, SandboxConfig *config, QString *error)
{
    const auto number = [&](const QString &name, qint64 low, qint64 high, qint64 *out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value < low || value > high) {
            *error = u"--%1 wants a whole number from %2 to %3, not \"%4\""_s.arg(name).arg(low).arg(high).arg(
                parser.value(name));
            return false;
        }
        *out = value;
        return true;
    };
    qint64 port = defaultPort;
    qint64 seed = config->seed;
    qint64 communications = config->communications;
    qint64 rate = config->consumerRatePerMinute;
    qint64 traffic = config->trafficPerMinute;
    qint64 ttl = std::chrono::duration_cast<std::chrono::seconds>(config->tokenLifetime).count();
    if (!number(u"port"_s, 0, 65535, &port) || !number(u"seed"_s, 0, 4294967295LL, &seed)
        || !number(u"communications"_s, 0, 1000000, &communications) || !number(u"consumer-rate"_s, 1, 60000, &rate)
        || !number(u"traffic"_s, 0, 60000, &traffic) || !number(u"token-ttl"_s, 1, 365LL * 24 * 3600, &ttl))
        return false;
    if (parser.isSet(u"queue-entries"_s)) {
        qint64 entries = 0;
        if (!number(u"queue-entries"_s, 0, 5000000, &entries))
            return false;
        config->queueEntries = int(entries);
    }
    config->port = quint16(port);
    config->seed = quint32(seed);
    config->communications = int(communications);
    config->consumerRatePerMinute = int(rate);
    config->trafficPerMinute = int(traffic);
    config->tokenLifetime = std::chrono::seconds(ttl);
    if (parser.isSet(u"listen"_s)) {
        const QHostAddress address(parser.value(u"listen"_s));
        if (address.isNull()) {
            *error = u"--listen wants an IP address, not \"%1\""_s.arg(parser.value(u"listen"_s));
            return false;
        }
        config->address = address;
    }
    if (parser.isSet(u"tls-cert"_s) != parser.isSet(u"tls-key"_s)) {
        *error = u"--tls-cert and --tls-key go together"_s;
        return false;
    }
    config->tlsCertificatePath = parser.value(u"tls-cert"_s);
    config->tlsKeyPath = parser.value(u"tls-key"_s);
    if (parser.isSet(u"database"_s))
        config->databasePath = parser.value(u"database"_s);
    config->reset = parser.isSet(u"reset"_s);
    if (parser.isSet(u"reference-date"_s)) {
        const QDate date = QDate::fromString(parser.value(u"reference-date"_s), Qt::ISODate);
        if (!date.isValid()) {
            *error = u"--reference-date wants YYYY-MM-DD, not \"%1\""_s.arg(parser.value(u"reference-date"_s));
            return false;
        }
        config->referenceDate = date;
    }
    if (parser.isSet(u"consumers"_s)) {
        const QString value = parser.value(u"consumers"_s).toLower();
        if (value != u"on" && value != u"off") {
            *error = u"--consumers wants on or off, not \"%1\""_s.arg(parser.value(u"consumers"_s));
            return false;
        }
        config->consumers = value == u"on";
    }
    if (parser.isSet(u"time-zone"_s)) {
        const QByteArray zone = parser.value(u"time-zone"_s).toUtf8();
        if (!QTimeZone(zone).isValid()) {
            *error = u"--time-zone wants an IANA zone such as Europe/Nicosia, not \"%1\""_s.arg(
                parser.value(u"time-zone"_s));
            return false;
        }
        config->timeZone = zone;
    }
    if (parser.isSet(u"faults"_s)) {
        const std::optional<FaultConfig> faults = FaultConfig::parse(parser.value(u"faults"_s), error);
        if (!faults)
            return false;
        config->faults = *faults;
    }
    return true;
}

bool SandboxCommandLine::isExposed(const QHostAddress &address)
{
    return !address.isLoopback();
}

} // namespace commdesk
