#include "DemoTraffic.h"

#include "CommunicationEditor.h"
#include "SandboxDatabase.h"
#include "SandboxServices.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

Q_LOGGING_CATEGORY(lcTraffic, "commdesk.sandbox.traffic", QtInfoMsg)

DemoTraffic::DemoTraffic(SandboxServices &services, quint32 seed, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_random(seed)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { send(); });
}

void DemoTraffic::start()
{
    m_timer.start();
}

void DemoTraffic::stop()
{
    m_timer.stop();
}

std::optional<QString> DemoTraffic::send()
{
    try {
        return sendOne();
    } catch (const std::exception &fault) {
        qCWarning(lcTraffic) << "could not send a demo communication:" << fault.what();
        return std::nullopt;
    }
}

std::optional<QString> DemoTraffic::sendOne()
{
    SandboxDatabase &db = m_services.database;
    const auto pick = [this, &db](const QString &sql) -> QSqlQuery {
        const int count = db.scalar(u"SELECT count(*) FROM (%1)"_s.arg(sql)).toInt();
        return db.run(sql + u" LIMIT 1 OFFSET ?"_s, {count ? m_random.below(count) : 0});
    };
    // A template whose communications go out through the queue: e-mail and SMS always, others by an external system.
    QSqlQuery templ = pick(u"SELECT id, media, external_system_id FROM templates WHERE direction = 'OUTGOING'"
                           " AND effective = 1 AND (media IN ('EMAIL', 'SMS') OR external_system_id IS NOT NULL)"
                           " ORDER BY seq"_s);
    // The contact's primary address for the template's media: an e-mail must have one, a text message should; a
    // letter goes to the portal inbox, which needs none.
    QSqlQuery contact = pick(u"SELECT c.id,"
                             " (SELECT email_address FROM contact_emails e WHERE e.contact_id = c.id"
                             "  ORDER BY is_primary DESC, position LIMIT 1),"
                             " (SELECT number FROM contact_phones p WHERE p.contact_id = c.id"
                             "  ORDER BY is_primary DESC, position LIMIT 1)"
                             " FROM contacts c ORDER BY seq"_s);
    QSqlQuery user = pick(u"SELECT id, username FROM users WHERE username IN ('demo', 'supervisor') ORDER BY id"_s);
    if (!templ.next() || !contact.next() || !user.next())
        return std::nullopt;
    const QString media = templ.value(1).toString();
    QJsonObject request {{u"template_identifier"_s, QJsonObject {{u"id"_s, templ.value(0).toString()}}},
                         {u"contact_information_identifier"_s, QJsonObject {{u"id"_s, contact.value(0).toString()}}},
                         {u"life_cycle_state"_s, u"COMPLETED"_s}};
    if (!templ.value(2).isNull())
        request.insert(u"communication_queue_external_system_identifier"_s,
                       QJsonObject {{u"id"_s, templ.value(2).toString()}});
    const QVariant address = media == u"EMAIL"_s ? contact.value(1) : media == u"SMS"_s ? contact.value(2) : QVariant();
    if (media == u"EMAIL"_s && address.isNull())
        return std::nullopt; // a contact without an e-mail address: the next tick takes another
    if (!address.isNull())
        request.insert(u"to"_s, address.toString());
    Transaction transaction(db);
    const QString number = CommunicationEditor(m_services)
                               .createStored(Parameters::fromObject(request),
                                             TokenOwner {user.value(0).toString(), user.value(1).toString(), {}})
                               .number;
    transaction.commit();
    Q_EMIT sent(number);
    return number;
}

} // namespace commdesk
