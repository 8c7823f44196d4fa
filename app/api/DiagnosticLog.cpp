#include "DiagnosticLog.h"

#include "SecretRedaction.h"

namespace commdesk {

QString DiagnosticEntry::toLine() const
{
    QString line = when.toUTC().toString(Qt::ISODateWithMs);
    if (!verb.isEmpty())
        line += QLatin1Char(' ') + verb + QLatin1Char(' ') + url;
    if (httpStatus > 0)
        line += QStringLiteral(" HTTP %1").arg(httpStatus);
    if (!verb.isEmpty())
        line += QStringLiteral(" %1 ms").arg(durationMs);
    if (!outcome.isEmpty())
        line += QStringLiteral(" -> ") + outcome;
    if (!detail.isEmpty())
        line += QStringLiteral(" | ") + detail;
    return line;
}

DiagnosticLog::DiagnosticLog(QObject *parent)
    : QObject(parent)
{ }

void DiagnosticLog::setCapacity(int entries)
{
    m_capacity = std::max(1, entries);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

QString DiagnosticLog::redacted(QString text)
{
    return redactSecrets(std::move(text));
}

void DiagnosticLog::add(DiagnosticEntry entry)
{
    entry.url = redacted(entry.url);
    entry.outcome = redacted(entry.outcome);
    entry.detail = redacted(entry.detail);
    if (entry.detail.size() > 2000)
        entry.detail = entry.detail.left(2000) + QStringLiteral("…");
    m_entries.append(std::move(entry));
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    Q_EMIT added();
}

void DiagnosticLog::addEvent(const QString &text)
{
    DiagnosticEntry entry;
    entry.when = QDateTime::currentDateTimeUtc();
    entry.outcome = text;
    add(std::move(entry));
}

QString DiagnosticLog::text() const
{
    QStringList lines;
    lines.reserve(m_entries.size());
    for (const DiagnosticEntry &entry : m_entries)
        lines.append(entry.toLine());
    return lines.join(QLatin1Char('\n'));
}

void DiagnosticLog::clear()
{
    m_entries.clear();
    Q_EMIT added();
}

} // namespace commdesk
