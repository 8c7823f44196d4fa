#include "DemoDataSeeder.h"

#include "CommunicationStore.h"
#include "DemoContactSeeder.h"
#include "Enums.h"
#include "GatewayErrors.h"
#include "QueueStore.h"
#include "SandboxDatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;

QString digits(SeededRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + random.below(10));
    return text;
}

const QStringList &notes()
{
    static const QStringList bank {u"Customer prefers e-mail."_s,     u"Called back twice; no answer."_s,
                                   u"Escalated to the supervisor."_s, u"Ο πελάτης θα επικοινωνήσει ξανά."_s,
                                   u"Promised a reply by Friday."_s,  u"Asked for the invoice in Greek."_s};
    return bank;
}

const QStringList &customerSentences()
{
    static const QStringList bank {
        u"I would like to know what happens next."_s,         u"Please call me back after 5 pm."_s,
        u"This is the second time I write about this."_s,     u"Thank you for the quick help last week."_s,
        u"Παρακαλώ επικοινωνήστε μαζί μου το συντομότερο."_s, u"My account number is on the attached letter."_s};
    return bank;
}

const QStringList &agentSentences()
{
    static const QStringList bank {
        u"Thank you for contacting us."_s, u"We have looked into your request and updated your account."_s,
        u"Please find the details below."_s, u"If anything is unclear, reply to this message or call 8000 8000."_s,
        u"Ευχαριστούμε για την προτίμησή σας."_s};
    return bank;
}

} // namespace

DemoDataSeeder::DemoDataSeeder(SandboxDatabase &database, const Options &options)
    : m_database(database)
    , m_options(options)
    , m_catalogue(options.seed)
    , m_random(options.seed)
{
    const QDate end = options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate();
    m_endMs = QDateTime(end, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QString DemoDataSeeder::newId(QStringView kind)
{
    return SandboxDatabase::makeId(m_options.seed, kind, ++m_serials[kind.toString()]);
}

DemoDataSeeder::Summary DemoDataSeeder::run()
{
    QElapsedTimer timer;
    timer.start();
    m_database.recreateSchema();
    SandboxDatabase::BulkLoad bulkLoad(m_database);
    Transaction transaction(m_database);
    m_database.setMeta(u"seed"_s, QString::number(m_options.seed));
    m_catalogue.insert(m_database);
    m_contacts = DemoContactSeeder(m_database, m_random, m_options.seed).run(m_options.contacts);
    m_serials.insert(u"contact"_s, m_contacts.size());
    m_summary.contacts = int(m_contacts.size());
    seedCommunications();
    m_database.createIndexes();
    // Ids and numbers made later continue where the demo data stopped.
    for (auto it = m_serials.cbegin(); it != m_serials.cend(); ++it)
        m_database.setCounter(u"id:"_s + it.key(), it.value());
    m_database.setCounter(u"CI"_s, m_summary.contacts);
    m_database.setCounter(u"CM"_s, m_summary.communications);
    m_database.setCounter(u"CQ"_s, m_summary.queueEntries);
    m_database.setMeta(u"communications"_s, QString::number(m_options.communications));
    m_database.setMeta(u"reference_date"_s,
                       QDateTime::fromMSecsSinceEpoch(m_endMs, QTimeZone::utc()).date().toString(Qt::ISODate));
    m_database.setMeta(u"seeded"_s, u"yes"_s);
    transaction.commit();
    m_summary.elapsedMs = timer.elapsed();
    return m_summary;
}

void DemoDataSeeder::seedCommunications()
{
    // Two years back from the reference date, denser towards the present, in business hours.
    QList<qint64> times;
    for (int i = 0; i < m_options.communications; ++i) {
        const int daysAgo = 1 + int(729.0 * std::pow(m_random.unit(), 1.7));
        const qint64 secondOfDay = m_random.between(6 * 3600, 18 * 3600);
        times.append(m_endMs - daysAgo * dayMs + secondOfDay * 1000);
    }
    std::sort(times.begin(), times.end());
    CommunicationStore store(m_database);
    QSqlQuery &insert = m_database.prepared(CommunicationStore::insertStatement());
    int dueIndex = 0;
    QList<DueCommunication> due;
    for (int i = 0; i < times.size(); ++i) {
        CommunicationRecord r = makeCommunication(i, times.at(i));
        for (const QVariant &value : CommunicationStore::values(r))
            insert.addBindValue(value);
        m_database.exec(insert);
        seedParameters(r);
        if (!QueueStore::isDue(r))
            continue;
        const DueCommunication c {r.id, r.media, r.externalSystemId, r.createdMs};
        if (m_options.queueEntries)
            due.append(c);
        else
            seedQueueEntry(c, dueIndex++);
    }
    m_summary.communications = int(times.size());
    if (m_options.queueEntries)
        seedQueue(due, *m_options.queueEntries);
}

void DemoDataSeeder::seedQueue(const QList<DueCommunication> &due, int entries)
{
    // Communication i gets the entries between i/n and (i+1)/n of the total: fewer than the due
    // communications skips some evenly over the period, more sends some several times.
    const qint64 n = due.size();
    int index = 0;
    for (qint64 i = 0; i < n; ++i) {
        const int count = int((i + 1) * entries / n - i * entries / n);
        for (int attempt = 0; attempt < count; ++attempt) {
            // Earlier attempts were rejected and sent again; the newest entry waits, so that every
            // state occurs at any size.
            std::optional<QueueState> state;
            if (attempt + 1 < count)
                state = QueueState::Rejected;
            else if (index == entries - 1)
                state = QueueState::Pending;
            seedQueueEntry(due.at(i), index++, attempt * 10 * 60 * 1000LL, state);
        }
    }
}

CommunicationRecord DemoDataSeeder::makeCommunication(int index, qint64 createdMs)
{
    SeededRandom &r = m_random;
    const DemoContact &contact = m_contacts.at(r.below(int(m_contacts.size())));
    const QList<Media> media = allValues<Media>();
    CommunicationRecord c;
    c.id = newId(u"communication");
    c.number = u"CM"_s + QString::number(index + 1).rightJustified(6, u'0');
    c.contactId = contact.id;
    // The oldest ten cover every media and both directions whatever the weights give.
    const Media m = index < 10 ? media.at(index % media.size()) : media.at(r.weighted({35, 25, 20, 10, 10}));
    const bool outgoing =
        index < 10 ? index % 2 == 0 : r.percent(m == Media::Phone || m == Media::FaceToFace ? 45 : 75);
    c.media = wireName(m);
    c.direction = wireName(outgoing ? Direction::Outgoing : Direction::Incoming);
    const bool recent = m_endMs - createdMs < 10 * dayMs;
    const bool draft = index == m_options.communications - 3 || r.percent(recent ? 20 : 2);
    c.lifeCycleState = wireName(draft ? LifeCycleState::Draft : LifeCycleState::Completed);
    describe(c, contact, outgoing);
    if (m == Media::Email)
        c.to = outgoing ? contact.email : u"care@commdesk-telecom.example.com"_s;
    else if (m == Media::Sms)
        c.to = outgoing ? contact.mobile : u"+35780008000"_s;
    else if (m == Media::Phone)
        c.to = contact.mobile;
    else if (m == Media::Letter)
        c.to = contact.address;
    if (outgoing && !c.externalSystemId) {
        const auto &systems = m_catalogue.externalSystems;
        if (m == Media::Sms && r.percent(75))
            c.externalSystemId = systems.at(0).id;
        else if (m == Media::Email && r.percent(60))
            c.externalSystemId = systems.at(1).id;
        else if ((m == Media::Email && r.percent(15)) || (m == Media::Letter && r.percent(30)))
            c.externalSystemId = systems.at(2).id;
    }
    if (r.percent(80))
        c.groupId = r.pick(m_catalogue.groupIds);
    if (r.percent(70))
        c.privacyLevelId = m_catalogue.privacyLevelIds.at(r.weighted({20, 60, 15, 5}));
    if (r.percent(25))
        c.notes = r.pick(notes());
    if (r.percent(15)) {
        const QStringList entities {u"BILLS"_s, u"SERVICE_REQUESTS"_s, u"JOBS"_s, u"ACCOUNTS_RECEIVABLE"_s,
                                    u"SUBSCRIPTIONS"_s};
        const QStringList prefixes {u"BL"_s, u"SR"_s, u"JB"_s, u"AR"_s, u"SB"_s};
        const int e = r.below(int(entities.size()));
        c.referringEntity = entities.at(e);
        c.referringNumber = prefixes.at(e) + digits(r, 6);
        const QByteArray name = (entities.at(e) + u':' + *c.referringNumber).toUtf8();
        c.referringId = QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Md5).toHex().toUpper());
    }
    if (r.percent(50))
        c.udfStrings[0] = u"AC"_s + digits(r, 6);
    if (r.percent(30)) {
        c.udfFloats[0] = r.between(500, 90000) / 100.0;
        c.udfDates[0] = createdMs + r.between(7, 30) * dayMs;
    }
    c.createdMs = createdMs;
    c.createdBy =
        outgoing ? m_catalogue.userIds.at(r.weighted({70, 30})) : m_catalogue.userIds.at(r.weighted({40, 20, 40}));
    c.updatedMs = createdMs;
    c.updatedBy = c.createdBy;
    const qint64 viewedOn = createdMs + r.between(60, 3 * 24 * 3600) * 1000LL;
    if (!draft && r.percent(recent ? 30 : 90) && viewedOn < m_endMs) {
        c.viewed = true;
        c.viewedOn = viewedOn;
        c.updatedMs = viewedOn;
    }
    return c;
}

void DemoDataSeeder::describe(CommunicationRecord &c, const DemoContact &contact, bool outgoing)
{
    SeededRandom &r = m_random;
    if (outgoing && r.percent(40)) {
        QList<const DemoCatalogue::Template *> fitting;
        for (const auto &t : m_catalogue.templates) {
            if (t.effective && t.media == c.media && t.direction == c.direction)
                fitting.append(&t);
        }
        if (!fitting.isEmpty()) {
            const DemoCatalogue::Template &t = *fitting.at(r.below(int(fitting.size())));
            const auto fill = [&contact](QString text) {
                return text.replace(u"{{first_name}}"_s, contact.firstName)
                    .replace(u"{{last_name}}"_s, contact.lastName)
                    .replace(u"{{name}}"_s, contact.name)
                    .replace(u"{{number}}"_s, contact.number);
            };
            c.templateId = t.id;
            c.categoryId = t.categoryId;
            c.externalSystemId = t.externalSystemId;
            c.subject = fill(t.subject);
            c.content = fill(t.content);
            return;
        }
    }
    const DemoCatalogue::Category &category = m_catalogue.categories.at(r.below(int(m_catalogue.categories.size())));
    c.categoryId = category.id;
    c.subject = r.pick(outgoing ? category.outgoingSubjects : category.incomingSubjects);
    const QString greeting =
        contact.firstName.isEmpty() ? u"Dear customer,"_s : QString(u"Dear "_s + contact.firstName + u',');
    if (outgoing) {
        c.content = greeting + u"\n\n"_s + r.pick(agentSentences()) + u' ' + r.pick(agentSentences())
            + u"\n\nKind regards,\nCommDesk Telecom"_s;
    } else {
        c.content = r.pick(customerSentences()) + u' ' + r.pick(customerSentences()) + u"\n\n"_s + contact.name;
    }
}

void DemoDataSeeder::seedParameters(const CommunicationRecord &c)
{
    if (!m_random.percent(20))
        return;
    QSqlQuery &insert = m_database.prepared(CommunicationStore::insertParameterStatement());
    QList<ParameterRecord> parameters;
    ParameterRecord campaign {
        newId(u"parameter"), u"campaign"_s, u"Campaign"_s, wireName(ParameterType::String), {}, {}, {}, {}};
    campaign.stringValue = m_random.pick(QStringList {u"SPRING-OFFER"_s, u"LOYALTY-2024"_s, u"WINBACK"_s});
    parameters << campaign;
    if (m_random.percent(50)) {
        ParameterRecord priority {
            newId(u"parameter"), u"priority"_s, u"Priority"_s, wireName(ParameterType::Integer), {}, {}, {}, {}};
        priority.integerValue = m_random.between(1, 5);
        parameters << priority;
    }
    if (m_random.percent(30)) {
        ParameterRecord amount {
            newId(u"parameter"), u"amount_due"_s, u"Amount due"_s, wireName(ParameterType::Float), {}, {}, {}, {}};
        amount.floatValue = m_random.between(1000, 50000) / 100.0;
        parameters << amount;
    }
    if (m_random.percent(30)) {
        ParameterRecord callback {
            newId(u"parameter"), u"callback_date"_s, u"Callback date"_s, wireName(ParameterType::Date), {}, {}, {}, {}};
        callback.dateValue = c.createdMs + m_random.between(1, 14) * dayMs;
        parameters << callback;
    }
    for (const ParameterRecord &p : std::as_const(parameters)) {
        for (const QVariant &value : CommunicationStore::parameterValues(c.id, p))
            insert.addBindValue(value);
        m_database.exec(insert);
    }
}

void DemoDataSeeder::seedQueueEntry(const DueCommunication &c, int dueIndex, qint64 afterMs,
                                    std::optional<QueueState> forced)
{
    SeededRandom &r = m_random;
    const qint64 createdMs = c.createdMs + afterMs + r.between(1, 60) * 1000LL;
    const bool recent = m_endMs - createdMs < 3 * dayMs;
    // The three oldest entries guarantee REJECTED, COMPLETED_AND_REMOVED and COMPLETED at any size.
    QueueState state = QueueState::Completed;
    if (forced)
        state = *forced;
    else if (dueIndex < 3)
        state = std::array {QueueState::Rejected, QueueState::CompletedAndRemoved, QueueState::Completed}[dueIndex];
    else if (recent)
        state = std::array {QueueState::Pending, QueueState::Completed, QueueState::Rejected}[r.weighted({65, 28, 7})];
    else
        state = std::array {QueueState::Completed, QueueState::Rejected,
                            QueueState::CompletedAndRemoved}[r.weighted({82, 8, 10})];
    QVariant errorCode;
    QVariant errorDescription;
    if (state == QueueState::Rejected) {
        const auto errors = gatewayErrors(c.media);
        const GatewayError &error = errors[r.below(int(errors.size()))];
        errorCode = QString(error.code);
        errorDescription = QString(error.description);
    }
    const qint64 updatedMs = state == QueueState::Pending ? createdMs : createdMs + r.between(2, 600) * 1000LL;
    ++m_summary.queueEntries;
    QSqlQuery &insert = m_database.prepared(
        u"INSERT INTO queue_entries (id, number, communication_id, media, external_system_id, life_cycle_state,"
        " error_code, error_description, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariantList values {newId(u"queue_entry"),
                               QString(u"CQ"_s + QString::number(m_summary.queueEntries).rightJustified(6, u'0')),
                               c.id,
                               c.media,
                               nullable(c.externalSystemId),
                               wireName(state),
                               errorCode,
                               errorDescription,
                               createdMs,
                               updatedMs};
    for (const QVariant &value : values)
        insert.addBindValue(value);
    m_database.exec(insert);
}

} // namespace commdesk
