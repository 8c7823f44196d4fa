#include "QueueFetcher.h"

#include "CrmConnection.h"

namespace commdesk {

namespace {

const QList<QueueState> kFinishedStates {QueueState::Completed, QueueState::Rejected, QueueState::CompletedAndRemoved};

// What a list of ids asks for: the state as well, to notice a server that ignores the state filter.
const QStringList kIdFields {QStringLiteral("id"), QStringLiteral("life_cycle_state")};

qint64 updatedMsOf(const QueueEntry &entry)
{
    if (!entry.logInformation || !entry.logInformation->updatedDate || !entry.logInformation->updatedDate->isValid())
        return 0;
    return entry.logInformation->updatedDate->when().toMSecsSinceEpoch();
}

int stateOf(const QueueEntry &entry)
{
    const std::optional<QueueState> state = knownValue(entry.lifeCycleState);
    return state ? int(*state) : -1;
}

bool isNotFound(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Api && error.code() == QLatin1StringView("NOT_FOUND");
}

} // namespace

bool QueueFetcher::isKnownIn(const QString &id, QueueState state) const
{
    const auto known = m_known.constFind(id);
    return known != m_known.cend() && known->state == int(state);
}

void QueueFetcher::listSources()
{
    // Every entry has a media and names its external system, so the media lists cover the whole
    // queue once; the external systems' lists would read the same entries a second time.
    const QList<Media> medias = allValues<Media>();
    auto add = [this](Listing::Kind kind, Media media, QueueState state, int size, int offset = 0) {
        auto listing = std::make_shared<Listing>();
        listing->kind = kind;
        listing->media = media;
        listing->state = state;
        listing->size = size;
        listing->offset = offset;
        queueCall([this, listing] { fetchPage(listing); });
    };
    if (!m_complete) {
        // PENDING first: an entry that leaves it while the others are read is still seen once,
        // and the next poll asks after it.
        for (QueueState state : allValues<QueueState>()) {
            for (Media media : medias)
                add(Listing::Kind::Whole, media, state, m_pageSize);
        }
    } else {
        for (Media media : medias) {
            add(Listing::Kind::PendingIds, media, QueueState::Pending, m_pageSize);
            add(Listing::Kind::Head, media, QueueState::Pending, std::min(kFirstHeadPage, m_pageSize));
        }
        const int lists = int(medias.size() * kFinishedStates.size());
        m_sweepList %= lists;
        add(Listing::Kind::Sweep, medias.at(m_sweepList / kFinishedStates.size()),
            kFinishedStates.at(m_sweepList % kFinishedStates.size()), m_pageSize, m_sweepOffset);
    }
    pump();
}

void QueueFetcher::queueCall(std::function<void()> call)
{
    m_calls.push_back(std::move(call));
}

void QueueFetcher::pump()
{
    if (m_pumping)
        return; // a call that answered at once: the loop below goes on
    m_pumping = true;
    while (m_poll && m_inFlight < kParallelCalls && !m_calls.empty()) {
        std::function<void()> call = std::move(m_calls.front());
        m_calls.pop_front();
        ++m_inFlight;
        ++m_requests;
        call();
    }
    m_pumping = false;
    if (!m_poll || m_inFlight > 0 || !m_calls.empty())
        return;
    if (m_complete && !m_followUpsPlanned) {
        m_followUpsPlanned = true;
        planFollowUps();
        if (!m_calls.empty())
            return pump();
    }
    commit();
}

void QueueFetcher::callDone()
{
    --m_inFlight;
    pump();
}

void QueueFetcher::fetchPage(std::shared_ptr<Listing> listing)
{
    QueueApi::ListFilter filter;
    filter.source.media = listing->media;
    if (listing->kind != Listing::Kind::Head)
        filter.state = listing->state; // the newest entries of every state, in one list
    filter.paging = {listing->size, listing->offset};
    if (listing->kind == Listing::Kind::PendingIds || listing->kind == Listing::Kind::Sweep)
        filter.fieldsSet = kIdFields;
    m_queue->list(m_poll, filter, [this, listing, read = m_read](const Result<QList<QueueEntry>> &page) {
        if (read != m_read || !m_poll)
            return;
        if (!page.ok())
            return fail(page.error());
        onPage(listing, page.value());
    });
}

void QueueFetcher::onPage(const std::shared_ptr<Listing> &listing, QList<QueueEntry> page)
{
    Listing &l = *listing;
    ++l.pages;
    bool fresh = false;
    bool metKnown = false;
    for (const QueueEntry &entry : std::as_const(page)) {
        if (entry.id.isEmpty() || l.seen.contains(entry.id))
            continue; // seen on an earlier page of this list: a server that ignores the offset
        l.seen.insert(entry.id);
        fresh = true;
        const int stated = stateOf(entry);
        switch (l.kind) {
        case Listing::Kind::PendingIds:
            if (stated == -1 || stated == int(QueueState::Pending))
                m_pendingIds[int(l.media)].append(entry.id);
            break;
        case Listing::Kind::Sweep: {
            const auto received = m_received.constFind(entry.id);
            const bool current =
                received != m_received.cend() ? stateOf(*received) == int(l.state) : isKnownIn(entry.id, l.state);
            if (!current)
                m_toShow.insert(entry.id);
            break;
        }
        case Listing::Kind::Head:
            metKnown = metKnown || m_known.contains(entry.id);
            receive(entry);
            break;
        case Listing::Kind::Range:
            l.wanted.remove(entry.id);
            receive(entry);
            break;
        case Listing::Kind::Whole:
            receive(entry);
            break;
        }
    }
    // A short page is the last (R13+); a longer one was everything (before R13); a full page with
    // nothing new means the offset was ignored.
    const qsizetype received = page.size();
    const bool end = received != l.size || !fresh;
    const bool onePage = l.kind == Listing::Kind::Sweep || l.kind == Listing::Kind::Range;
    if (!end && !onePage && !metKnown) {
        if (l.pages >= kMaxPages)
            return fail(ApiError::protocol(
                QStringLiteral("communications/queue/list kept sending pages after %1 of them").arg(kMaxPages)));
        l.offset += l.size;
        if (l.kind == Listing::Kind::Head)
            l.size = std::min(l.size * 2, m_pageSize);
        ++m_requests;
        fetchPage(listing);
        return;
    }
    if (l.kind == Listing::Kind::Sweep) {
        if (end) {
            ++m_sweepList;
            m_sweepOffset = 0;
        } else {
            m_sweepOffset += l.size;
        }
    }
    if (l.kind == Listing::Kind::Range) {
        // Not on the page it was on a moment ago (the list moved): asked after one by one.
        for (const QString &id : std::as_const(l.wanted))
            queueCall([this, id] { show(id); });
    }
    callDone();
}

void QueueFetcher::planFollowUps()
{
    QSet<QString> listedPending;
    for (Media media : allValues<Media>()) {
        const QStringList ids = m_pendingIds.value(int(media));
        // New PENDING entries sit together, mostly at the top: fetched whole by the pages they are on.
        std::shared_ptr<Listing> range;
        for (int position = 0; position < ids.size(); ++position) {
            const QString &id = ids.at(position);
            listedPending.insert(id);
            if (isKnownIn(id, QueueState::Pending) || m_received.contains(id))
                continue;
            const bool extends = range && position - (range->offset + range->size - 1) <= kRangeGap
                && position - range->offset < m_pageSize;
            if (!extends) {
                range = std::make_shared<Listing>();
                range->kind = Listing::Kind::Range;
                range->media = media;
                range->state = QueueState::Pending;
                range->offset = position;
                queueCall([this, range] { fetchPage(range); });
            }
            range->size = position - range->offset + 1;
            range->wanted.insert(id);
        }
    }
    // Entries that left PENDING and were not met on a finished state's newest pages.
    for (const QString &id : std::as_const(m_knownPending)) {
        if (!listedPending.contains(id) && !m_received.contains(id))
            m_toShow.insert(id);
    }
    for (const QString &id : std::as_const(m_toShow))
        queueCall([this, id] { show(id); });
    m_toShow.clear();
}

void QueueFetcher::show(const QString &id)
{
    m_queue->show(m_poll, Identifier::byId(id), [this, id, read = m_read](const Result<QueueEntry> &entry) {
        if (read != m_read || !m_poll)
            return;
        if (entry.ok())
            receive(entry.value());
        else if (isNotFound(entry.error()))
            m_gone.append(id);
        else
            return fail(entry.error());
        callDone();
    });
}

void QueueFetcher::receive(const QueueEntry &entry)
{
    if (!m_received.contains(entry.id))
        m_receivedOrder.append(entry.id);
    m_received.insert(entry.id, entry);
}

QueueFetcher::QueueFetcher(CrmConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_queue(connection->queue())
    , m_configuration(connection->configuration())
{ }

QueueFetcher::~QueueFetcher()
{
    delete m_poll; // its calls go with it
}

void QueueFetcher::fetch(quint64 read, Done done)
{
    if (isFetching())
        return;
    m_poll = new QObject(this);
    m_read = read;
    m_delivered = false;
    m_done = std::move(done);
    m_bytesAtStart = m_connection->client()->traffic().bytes;
    m_connection->client()->diagnosticLog()->clear(); // what this read adds goes to the reader
    clearRead();
    if (m_systemsKnown) {
        listSources();
        return;
    }
    ++m_requests;
    m_configuration->externalSystems(m_poll, [this, read = m_read](const Result<QList<ExternalSystem>> &systems) {
        if (read != m_read || !m_poll)
            return;
        if (!systems.ok())
            return fail(systems.error());
        m_systems = systems.value();
        m_systemsKnown = true;
        listSources();
    });
}

void QueueFetcher::cancel(quint64 read)
{
    if (read != m_read)
        return;
    if (isFetching()) {
        delete m_poll;
        clearRead();
    } else if (m_delivered) {
        resync(); // what is known is ahead of what the reader took in
    }
}

void QueueFetcher::clearRead()
{
    m_calls.clear();
    m_inFlight = 0;
    m_requests = 0;
    m_followUpsPlanned = false;
    m_received.clear();
    m_receivedOrder.clear();
    m_pendingIds.clear();
    m_toShow.clear();
    m_gone.clear();
}

void QueueFetcher::commit()
{
    Fetched fetched;
    fetched.complete = !m_complete;
    fetched.changed.reserve(fetched.complete ? m_receivedOrder.size() : 0);
    for (const QString &id : std::as_const(m_receivedOrder)) {
        const QueueEntry &entry = *m_received.constFind(id);
        const Known fresh {updatedMsOf(entry), stateOf(entry)};
        const auto known = m_known.constFind(id);
        if (!fetched.complete && known != m_known.cend() && known->state == fresh.state
            && known->updatedMs == fresh.updatedMs)
            continue;
        fetched.changed.append(entry);
        m_known.insert(id, fresh);
        if (fresh.state == int(QueueState::Pending))
            m_knownPending.insert(id);
        else
            m_knownPending.remove(id);
    }
    if (fetched.complete) {
        for (auto known = m_known.cbegin(); known != m_known.cend(); ++known) {
            if (!m_received.contains(known.key()))
                fetched.gone.append(known.key());
        }
    } else {
        fetched.gone = m_gone;
    }
    for (const QString &id : std::as_const(fetched.gone)) {
        m_known.remove(id);
        m_knownPending.remove(id);
    }
    m_complete = true;
    m_delivered = true;
    fetched.systems = m_systems;
    finish(std::move(fetched));
}

void QueueFetcher::fail(const ApiError &error)
{
    Fetched fetched;
    fetched.error = error;
    m_systemsKnown = m_systemsKnown && error.kind() != ApiError::Kind::Network;
    finish(std::move(fetched));
}

void QueueFetcher::finish(Fetched fetched)
{
    fetched.requests = m_requests;
    fetched.bytes = m_connection->client()->traffic().bytes - m_bytesAtStart;
    fetched.log = m_connection->client()->diagnosticLog()->entries();
    m_poll->deleteLater();
    m_poll.clear();
    clearRead();
    std::exchange(m_done, {})(std::move(fetched));
}

} // namespace commdesk
