#include "QueueConsumer.h"

#include "ApiFailure.h"
#include "GatewayErrors.h"
#include "SandboxDatabase.h"
#include "SandboxServices.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

Q_LOGGING_CATEGORY(lcConsumer, "commdesk.sandbox.consumer", QtInfoMsg)

QueueConsumer::QueueConsumer(SandboxServices &services, Profile profile, quint32 seed,
                             std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_profile(std::move(profile))
    , m_random(seed)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &QueueConsumer::tick);
}

void QueueConsumer::start()
{
    m_timer.start();
}

void QueueConsumer::stop()
{
    m_timer.stop();
}

void QueueConsumer::tick()
{
    if (m_stalledTicks > 0) {
        if (--m_stalledTicks == 0)
            qCDebug(lcConsumer) << m_profile.name << "recovered";
        return;
    }
    if (m_random.percent(m_profile.stallPercent)) {
        m_stalledTicks = m_random.between(m_profile.stallTicks / 2, m_profile.stallTicks);
        qCDebug(lcConsumer) << m_profile.name << "stalls for" << m_stalledTicks << "ticks";
        return;
    }
    QueueStore::ListQuery query;
    query.source = m_profile.source;
    query.withoutExternalSystem = m_profile.withoutExternalSystem;
    query.state = wireName(QueueState::Pending);
    query.newestFirst = false; // a gateway works through its backlog oldest first
    query.limit = 1;
    try {
        const QList<QueueRow> rows = m_services.queue.list(query);
        if (!rows.isEmpty())
            process(rows.constFirst());
    } catch (const std::exception &fault) {
        // The API may have moved the entry meanwhile; the next tick takes the next one.
        qCWarning(lcConsumer) << m_profile.name << "could not process an entry:" << fault.what();
    }
}

void QueueConsumer::process(const QueueRow &row)
{
    QString code;
    QString description;
    if (m_profile.characterLimit) {
        const auto length =
            m_services.database
                .scalar(u"SELECT length(content) FROM communications WHERE id = ?"_s, {row.communicationId})
                .toLongLong();
        if (length > *m_profile.characterLimit) {
            code = u"MESSAGE_TOO_LONG"_s;
            description =
                u"Message of %1 characters exceeds the limit of %2"_s.arg(length).arg(*m_profile.characterLimit);
        }
    }
    if (code.isEmpty() && m_random.percent(m_profile.rejectPercent)) {
        const auto errors = gatewayErrors(row.media);
        const GatewayError &error = errors[m_random.below(int(errors.size()))];
        code = error.code;
        description = error.description;
    }
    const QueueState target = code.isEmpty() ? QueueState::Completed : QueueState::Rejected;
    Transaction transaction(m_services.database);
    m_services.queue.transition(row.id, target, SandboxServices::nowMs(), code, description);
    transaction.commit();
    Q_EMIT entryProcessed(row.id, wireName(target));
}

} // namespace commdesk
