#include "Outbox.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace commdesk {

namespace {

// How far the server's clock may be behind ours when we look for a create made since an attempt.
constexpr qint64 kClockSkewSeconds = 120;
constexpr int kLookupPageSize = 20;

QJsonObject bodyOf(const OutboxItem &item)
{
    return QJsonDocument::fromJson(item.body).object();
}

} // namespace

Outbox::Outbox(OutboxStore *store, CommunicationsApi *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::next);
}

void Outbox::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_first = first;
    m_longest = longest;
}

void Outbox::start()
{
    for (OutboxItem item : m_store->items()) {
        if (item.state == OutboxItem::State::Sending || item.state == OutboxItem::State::Held) {
            // Interrupted by a crash or a close: whatever was in flight may have been created.
            if (item.state == OutboxItem::State::Sending)
                item.outcomeUnknown = true;
            item.state = OutboxItem::State::Waiting;
            m_store->save(item);
        }
    }
    Q_EMIT changed();
    schedule();
}

qint64 Outbox::add(OutboxItem item)
{
    item.id = 0;
    item.state = OutboxItem::State::Waiting;
    if (!item.createdAt.isValid())
        item.createdAt = QDateTime::currentDateTimeUtc();
    if (!item.nextAttemptAt.isValid())
        item.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delayAfter(qMax(1, item.attempts)).count());
    const qint64 id = m_store->save(item);
    Q_EMIT changed();
    schedule();
    return id;
}

bool Outbox::hold(qint64 id)
{
    std::optional<OutboxItem> item = m_store->item(id);
    if (!item || id == m_inFlightId || item->outcomeUnknown)
        return false;
    item->state = OutboxItem::State::Held;
    const bool ok = m_store->save(*item) != 0;
    Q_EMIT changed();
    return ok;
}

bool Outbox::release(qint64 id, const QByteArray &form, const QByteArray &body, const QString &title)
{
    std::optional<OutboxItem> item = m_store->item(id);
    if (!item)
        return false;
    if (!form.isEmpty() && !body.isEmpty()) {
        item->form = form;
        item->body = body;
        if (!title.isEmpty())
            item->title = title;
        item->attempts = 0;
        item->lastError.clear();
    }
    item->state = OutboxItem::State::Waiting;
    item->nextAttemptAt = QDateTime::currentDateTimeUtc();
    const bool ok = m_store->save(*item) != 0;
    Q_EMIT changed();
    schedule();
    return ok;
}

bool Outbox::discard(qint64 id)
{
    if (id == m_inFlightId) {
        delete m_inFlight; // aborts the call; its handler never runs
        m_inFlightId = 0;
    }
    const bool ok = m_store->remove(id);
    Q_EMIT changed();
    schedule();
    return ok;
}

void Outbox::retryNow()
{
    for (OutboxItem item : m_store->items()) {
        if (item.state == OutboxItem::State::Waiting) {
            item.nextAttemptAt = QDateTime::currentDateTimeUtc();
            m_store->save(item);
        }
    }
    schedule();
}

void Outbox::schedule()
{
    if (m_inFlight)
        return;
    QDateTime earliest;
    for (const OutboxItem &item : m_store->items()) {
        if (item.state == OutboxItem::State::Waiting && (!earliest.isValid() || item.nextAttemptAt < earliest))
            earliest = item.nextAttemptAt;
    }
    if (!earliest.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(earliest), qint64(m_longest.count()));
    m_timer.start(std::chrono::milliseconds(wait));
}

void Outbox::next()
{
    if (m_inFlight)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const OutboxItem &item : m_store->items()) {
        if (item.state == OutboxItem::State::Waiting && item.nextAttemptAt <= now) {
            if (item.outcomeUnknown)
                check(item);
            else
                send(item);
            return;
        }
    }
    schedule();
}

QObject *Outbox::startRequest(qint64 id)
{
    m_inFlight = new QObject(this);
    m_inFlightId = id;
    return m_inFlight;
}

void Outbox::check(OutboxItem item)
{
    item.state = OutboxItem::State::Sending;
    m_store->save(item);
    Q_EMIT changed();
    CommunicationsApi::ListFilter filter;
    filter.contact = Identifier(item.contactField, item.contactValue);
    filter.paging = {kLookupPageSize, 0};
    m_api->list(startRequest(item.id), filter, [this, item](const Result<QList<Communication>> &result) {
        m_inFlight->deleteLater();
        m_inFlight = nullptr;
        m_inFlightId = 0;
        if (!result) {
            // Still unknown: look again later, never send meanwhile.
            failedAttempt(item, result.error(), true);
            return;
        }
        const QJsonObject body = bodyOf(item);
        for (const Communication &candidate : result.value()) {
            if (sameCommunication(body, candidate, item.lastAttemptAt)) {
                confirmed(item, candidate);
                return;
            }
        }
        OutboxItem known = item;
        known.outcomeUnknown = false;
        send(known);
    });
}

void Outbox::send(OutboxItem item)
{
    item.state = OutboxItem::State::Sending;
    // Recorded before the request leaves: a crash while it is in flight leaves it unknown.
    item.outcomeUnknown = true;
    item.lastAttemptAt = QDateTime::currentDateTimeUtc();
    ++item.attempts;
    m_store->save(item);
    Q_EMIT changed();
    m_api->createFromBody(startRequest(item.id), bodyOf(item),
                          [this, item](const Result<Communication> &result) { sendFinished(item, result); });
}

void Outbox::sendFinished(OutboxItem item, const Result<Communication> &result)
{
    m_inFlight->deleteLater();
    m_inFlight = nullptr;
    m_inFlightId = 0;
    if (result) {
        confirmed(item, result.value());
        return;
    }
    const ApiError &error = result.error();
    if (!worthRetrying(error)) {
        item.state = OutboxItem::State::Failed;
        item.outcomeUnknown = false;
        item.lastError = error.userText();
        m_store->save(item);
        Q_EMIT changed();
        schedule();
        return;
    }
    failedAttempt(item, error, outcomeUnknown(error));
}

void Outbox::failedAttempt(OutboxItem item, const ApiError &error, bool unknown)
{
    if (!m_store->item(item.id)) { // discarded meanwhile
        schedule();
        return;
    }
    item.state = OutboxItem::State::Waiting;
    item.outcomeUnknown = unknown;
    item.lastError = error.userText();
    item.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delayAfter(qMax(1, item.attempts)).count());
    m_store->save(item);
    Q_EMIT changed();
    schedule();
}

void Outbox::confirmed(const OutboxItem &item, const Communication &communication)
{
    m_store->remove(item.id);
    Q_EMIT sent(item.id, communication);
    Q_EMIT changed();
    schedule();
}

std::chrono::milliseconds Outbox::delayAfter(int attempts) const
{
    qint64 delay = m_first.count();
    for (int i = 1; i < attempts && delay < m_longest.count(); ++i)
        delay *= 2;
    delay = qMin(delay, qint64(m_longest.count()));
    // A little jitter so that many clients coming back do not arrive together.
    delay += qint64(QRandomGenerator::global()->bounded(qMax(1.0, double(delay) / 5)));
    return std::chrono::milliseconds(delay);
}

OutboxItem Outbox::itemFor(const Identifier &contact, const QJsonObject &body, const QByteArray &form,
                           const QString &title, const ApiError &error)
{
    OutboxItem item;
    item.contactField = contact.field;
    item.contactValue = contact.value;
    item.title = title;
    item.form = form;
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    item.attempts = 1;
    item.lastError = error.userText();
    item.outcomeUnknown = outcomeUnknown(error);
    item.lastAttemptAt = QDateTime::currentDateTimeUtc();
    item.createdAt = item.lastAttemptAt;
    return item;
}

bool Outbox::outcomeUnknown(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Protocol:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500;
    case ApiError::Kind::Api:
        return error.code() == QLatin1StringView("INTERNAL_ERROR");
    case ApiError::Kind::Tls:
    case ApiError::Kind::Usage:
        return false;
    }
    return true;
}

bool Outbox::worthRetrying(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Tls:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500 || error.httpStatus() == 408 || error.httpStatus() == 429;
    case ApiError::Kind::Api:
        return error.code() == QLatin1StringView("INTERNAL_ERROR") || error.isInvalidToken();
    case ApiError::Kind::Usage:
        return false;
    }
    return false;
}

bool Outbox::sameCommunication(const QJsonObject &body, const Communication &candidate, const QDateTime &attemptAt)
{
    const auto text = [&body](const char *name) { return body.value(QLatin1StringView(name)).toString(); };
    if (body.contains(QLatin1StringView("subject")) && candidate.subject != text("subject"))
        return false;
    if (body.contains(QLatin1StringView("content")) && candidate.content != text("content"))
        return false;
    if (body.contains(QLatin1StringView("media"))
        && candidate.media != fromWire<Media>(text("media"), WireCase::Insensitive))
        return false;
    if (body.contains(QLatin1StringView("direction"))
        && candidate.direction != fromWire<Direction>(text("direction"), WireCase::Insensitive))
        return false;
    if (!attemptAt.isValid())
        return true;
    if (!candidate.logInformation || !candidate.logInformation->createdDate)
        return false;
    return candidate.logInformation->createdDate->toUtc() >= attemptAt.addSecs(-kClockSkewSeconds);
}

} // namespace commdesk
