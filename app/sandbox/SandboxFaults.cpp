#include "SandboxFaults.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

std::optional<FaultConfig> FaultConfig::parse(const QString &text, QString *error)
{
    FaultConfig config;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        const QString name = item.left(equals).trimmed().toLower();
        const QString value = equals < 0 ? QString() : item.mid(equals + 1).trimmed().toLower();
        bool ok = false;
        if (name == u"latency") {
            QString number = value;
            int scale = 1;
            if (number.endsWith(u"ms"))
                number.chop(2);
            else if (number.endsWith(u's')) {
                number.chop(1);
                scale = 1000;
            }
            const double amount = number.toDouble(&ok);
            ok = ok && amount >= 0 && amount <= 600000;
            if (ok)
                config.latency = std::chrono::milliseconds(qint64(amount * scale));
        } else if (name == u"seed") {
            const quint32 seed = value.toUInt(&ok);
            if (ok)
                config.seed = seed;
        } else {
            double *rate = name == u"drop"                             ? &config.drop
                : name == u"drop_after" || name == u"drop-after"       ? &config.dropAfter
                : name == u"error500" || name == u"500"                ? &config.error500
                : name == u"malformed"                                 ? &config.malformed
                : name == u"invalid_token" || name == u"invalid-token" ? &config.invalidToken
                                                                       : nullptr;
            if (!rate) {
                if (error)
                    *error = u"--faults: unknown fault \"%1\" (latency, drop, drop_after, error500, malformed, "
                             u"invalid_token, seed)"_s.arg(name);
                return std::nullopt;
            }
            *rate = value.toDouble(&ok);
            ok = ok && *rate >= 0 && *rate <= 1;
        }
        if (!ok) {
            if (error)
                *error = u"--faults: \"%1\" is not a valid value for %2"_s.arg(value, name);
            return std::nullopt;
        }
    }
    return config;
}

SandboxFaults::Fault SandboxFaults::next(const QString &path)
{
    if (path.startsWith(u"authentication/"))
        return Fault::None;
    // One draw per call, always, so that a call's fault does not depend on the rates of the others.
    double roll = m_random.unit();
    const std::pair<double, Fault> table[] = {
        {m_config.drop, Fault::Drop},
        {m_config.dropAfter, Fault::DropAfter},
        {m_config.error500, Fault::Error500},
        {m_config.malformed, Fault::Malformed},
        {m_config.invalidToken, Fault::InvalidToken},
    };
    for (const auto &[rate, fault] : table) {
        if (roll < rate)
            return fault;
        roll -= rate;
    }
    return Fault::None;
}

} // namespace commdesk
