#include "Outbox.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

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

Outbox::Outbox(StoreThread *storeThread, std::shared_ptr<OutboxStore> store, CommunicationsApi *api, Clock *clock,
               QObject *parent)
    : QObject(parent)
    , m_storeThread(storeThread)
    , m_store(std::move(store))
    , m_api(api)
    , m_clock(Clock::orSystem(clock))
    , m_timer(m_clock)
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &ClockTimer::timeout, this, &Outbox::next);
}

void Outbox::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_first = first;
    m_longest = longest;
}

void Outbox::start(const QString &path)
{
    struct Loaded
    {
        bool ok = false;
        QString error;
        std::optional<LocalDatabase::Recovery> recovery;
        QList<OutboxItem> items;
    };
    const QDateTime staleBefore = m_clock->now().addSecs(-std::chrono::seconds(kClaimLease).count());
    m_storeThread->call(
        [store = m_store, path, staleBefore] {
            Loaded loaded;
            if (!path.isEmpty() && !store->open(path)) {
                loaded.error = store->errorText();
                return loaded;
            }
            // Held by a compose window of a run that ended; claimed by one that stopped while sending (whatever was
            // in flight may have been created: its outcome is unknown).
            store->releaseHeld();
            store->recoverClaimsOlderThan(staleBefore);
            loaded.ok = store->isOpen();
            loaded.error = store->errorText();
            loaded.recovery = store->recovery();
            loaded.items = store->items();
            return loaded;
        },
        this,
        [this](const Loaded &loaded) {
            m_ready = loaded.ok;
            m_error = loaded.ok ? QString() : loaded.error;
            m_recovery = loaded.recovery;
            if (!loaded.ok)
                qWarning("outbox unavailable: %s", qPrintable(loaded.error));
            // Whatever was added meanwhile was stored after this read, and is remembered when its answer comes.
            m_items = loaded.items;
            Q_EMIT changed();
            schedule();
        });
}

std::optional<OutboxItem> Outbox::item(qint64 id) const
{
    for (const OutboxItem &item : m_items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

void Outbox::remember(const OutboxItem &item)
{
    for (OutboxItem &known : m_items) {
        if (known.id == item.id) {
            known = item;
            return;
        }
    }
    auto at = std::upper_bound(m_items.begin(), m_items.end(), item.id,
                               [](qint64 id, const OutboxItem &known) { return id < known.id; });
    m_items.insert(at, item);
}

bool Outbox::forget(qint64 id)
{
    return m_items.removeIf([id](const OutboxItem &item) { return item.id == id; }) > 0;
}

void Outbox::adopt(const QList<OutboxItem> &items, quint64 generation)
{
    // A read that started before a change made here would undo it: the change's own write follows it on the
    // store thread, so memory stays as it is until the next read.
    if (generation == m_generation)
        m_items = items;
}

void Outbox::add(OutboxItem item, QObject *context, std::function<void(qint64 id)> done, qint64 replaces)
{
    item.id = 0;
    item.state = OutboxItem::State::Waiting;
    const QDateTime now = m_clock->now();
    if (!item.createdAt.isValid())
        item.createdAt = now;
    if (!item.nextAttemptAt.isValid())
        item.nextAttemptAt = now.addMSecs(delayAfter(qMax(1, item.attempts)).count());
    QPointer<QObject> asker = context;
    // One job: the new item and the one it replaces are never both on disk, whatever happens to the asker meanwhile.
    m_storeThread->call(
        [store = m_store, item, replaces] {
            const qint64 id = store->save(item);
            if (id != 0 && replaces != 0)
                store->remove(replaces);
            return id;
        },
        this,
        [this, item, asker, hasContext = context != nullptr, done, replaces](qint64 id) mutable {
            if (id != 0) {
                item.id = id;
                ++m_generation;
                if (replaces != 0)
                    forget(replaces);
                remember(item);
                Q_EMIT changed();
                schedule();
            }
            if (done && (!hasContext || asker))
                done(id);
        });
}

bool Outbox::hold(qint64 id)
{
    std::optional<OutboxItem> known = item(id);
    if (!known || id == m_inFlightId || known->outcomeUnknown
        || (known->state != OutboxItem::State::Waiting && known->state != OutboxItem::State::Failed))
        return false;
    known->state = OutboxItem::State::Held;
    ++m_generation;
    remember(*known);
    m_storeThread->post([store = m_store, id] { store->hold(id); });
    Q_EMIT changed();
    return true;
}

bool Outbox::release(qint64 id, const QByteArray &form, const QByteArray &body, const QString &title)
{
    std::optional<OutboxItem> known = item(id);
    if (!known || known->state == OutboxItem::State::Sending)
        return false;
    if (!form.isEmpty() && !body.isEmpty()) {
        known->form = form;
        known->body = body;
        if (!title.isEmpty())
            known->title = title;
        known->attempts = 0;
        known->lastError.clear();
    }
    known->state = OutboxItem::State::Waiting;
    known->nextAttemptAt = m_clock->now();
    ++m_generation;
    remember(*known);
    m_storeThread->post([store = m_store, item = *known] { store->updateUnclaimed(item); });
    Q_EMIT changed();
    schedule();
    return true;
}

bool Outbox::discard(qint64 id)
{
    if (id == m_inFlightId && m_inFlight) {
        delete m_inFlight; // aborts the call; its handler never runs
        endTurn();
    }
    const bool known = forget(id);
    ++m_generation;
    m_storeThread->post([store = m_store, id] { store->remove(id); });
    Q_EMIT changed();
    schedule();
    return known;
}

void Outbox::retryNow()
{
    const QDateTime now = m_clock->now();
    QList<OutboxItem> waiting;
    for (OutboxItem &item : m_items) {
        if (item.state == OutboxItem::State::Waiting) {
            item.nextAttemptAt = now;
            waiting.append(item);
        }
    }
    ++m_generation;
    m_storeThread->post([store = m_store, waiting] {
        for (const OutboxItem &item : waiting)
            store->updateUnclaimed(item);
    });
    schedule();
}

void Outbox::schedule()
{
    if (m_busy)
        return;
    QDateTime earliest;
    for (const OutboxItem &item : m_items) {
        if (item.state == OutboxItem::State::Waiting && (!earliest.isValid() || item.nextAttemptAt < earliest))
            earliest = item.nextAttemptAt;
    }
    if (!earliest.isValid()) {
        // An item another instance is sending: look again later, in case that instance stopped meanwhile.
        if (std::any_of(m_items.cbegin(), m_items.cend(),
                        [](const OutboxItem &item) { return item.state == OutboxItem::State::Sending; }))
            m_timer.start(m_longest);
        else
            m_timer.stop();
        return;
    }
    const qint64 wait = qBound(qint64(0), m_clock->now().msecsTo(earliest), qint64(m_longest.count()));
    m_timer.start(std::chrono::milliseconds(wait));
}

void Outbox::next()
{
    if (m_busy)
        return;
    const QDateTime now = m_clock->now();
    std::optional<OutboxItem> due;
    for (const OutboxItem &item : m_items) {
        if (item.state == OutboxItem::State::Waiting && item.nextAttemptAt <= now) {
            due = item;
            break;
        }
    }
    if (!due) {
        refresh();
        return;
    }
    m_busy = true;
    m_inFlightId = due->id;
    const QDateTime staleBefore = now.addSecs(-std::chrono::seconds(kClaimLease).count());
    m_storeThread->call(
        [store = m_store, id = due->id, owner = m_owner, now, staleBefore] {
            Claimed result;
            store->recoverClaimsOlderThan(staleBefore);
            if (store->claim(id, owner, now))
                result.item = store->item(id);
            result.items = store->items();
            return result;
        },
        this,
        [this, id = due->id, generation = m_generation](const Claimed &result) { claimed(id, generation, result); });
}

void Outbox::refresh()
{
    m_busy = true;
    const QDateTime staleBefore = m_clock->now().addSecs(-std::chrono::seconds(kClaimLease).count());
    m_storeThread->call(
        [store = m_store, staleBefore] {
            store->recoverClaimsOlderThan(staleBefore);
            return store->items();
        },
        this,
        [this, generation = m_generation](const QList<OutboxItem> &items) {
            m_busy = false;
            adopt(items, generation);
            Q_EMIT changed();
            schedule();
        });
}

void Outbox::claimed(qint64 id, quint64 generation, const Claimed &result)
{
    const bool stillHere = item(id).has_value();
    adopt(result.items, generation);
    if (!result.item || !stillHere) {
        // Another instance has it (or it changed, or was discarded meanwhile): not ours to send.
        endTurn();
        Q_EMIT changed();
        schedule();
        return;
    }
    remember(*result.item);
    if (result.item->outcomeUnknown)
        check(*result.item);
    else
        send(*result.item);
}

QObject *Outbox::startRequest(qint64 id)
{
    m_inFlight = new QObject(this);
    m_inFlightId = id;
    return m_inFlight;
}

void Outbox::endTurn()
{
    if (m_inFlight)
        m_inFlight->deleteLater();
    m_inFlight = nullptr;
    m_inFlightId = 0;
    m_busy = false;
}

void Outbox::check(OutboxItem item)
{
    Q_EMIT changed();
    CommunicationsApi::ListFilter filter;
    filter.contact = Identifier(item.contactField, item.contactValue);
    filter.paging = {kLookupPageSize, 0};
    m_api->list(startRequest(item.id), filter, [this, item](const Result<QList<Communication>> &result) {
        m_inFlight->deleteLater();
        m_inFlight = nullptr;
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
    item.lastAttemptAt = m_clock->now();
    ++item.attempts;
    remember(item);
    Q_EMIT changed();
    m_storeThread->call([store = m_store, item, owner = m_owner] { return store->updateClaimed(item, owner); }, this,
                        [this, item](bool recorded) {
                            if (!recorded || !this->item(item.id)) { // discarded meanwhile: not sent
                                endTurn();
                                schedule();
                                return;
                            }
                            m_api->createFromBody(
                                startRequest(item.id), bodyOf(item),
                                [this, item](const Result<Communication> &result) { sendFinished(item, result); });
                        });
}

void Outbox::sendFinished(OutboxItem item, const Result<Communication> &result)
{
    if (result) {
        confirmed(item, result.value());
        return;
    }
    const ApiError &error = result.error();
    if (!worthRetrying(error)) {
        item.state = OutboxItem::State::Failed;
        item.outcomeUnknown = false;
        item.lastError = error.userText();
        finishTurn(item);
        return;
    }
    failedAttempt(item, error, outcomeUnknown(error));
}

void Outbox::failedAttempt(OutboxItem item, const ApiError &error, bool unknown)
{
    item.state = OutboxItem::State::Waiting;
    item.outcomeUnknown = unknown;
    item.lastError = error.userText();
    item.nextAttemptAt = m_clock->now().addMSecs(delayAfter(qMax(1, item.attempts)).count());
    finishTurn(item);
}

void Outbox::finishTurn(const OutboxItem &item)
{
    // Discarded meanwhile: the row is gone, and the write below changes nothing.
    if (this->item(item.id))
        remember(item);
    ++m_generation;
    m_storeThread->post([store = m_store, item, owner = m_owner] { store->updateClaimed(item, owner); });
    endTurn();
    Q_EMIT changed();
    schedule();
}

void Outbox::confirmed(const OutboxItem &item, const Communication &communication)
{
    forget(item.id);
    ++m_generation;
    m_storeThread->post([store = m_store, id = item.id] { store->remove(id); });
    endTurn();
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
                           const QString &title, const ApiError &error, Clock *clock)
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
    item.lastAttemptAt = Clock::orSystem(clock)->now();
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
