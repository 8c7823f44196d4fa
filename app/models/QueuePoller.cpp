#include "QueuePoller.h"

#include "Clock.h"
#include "CrmConnection.h"

namespace commdesk {

// What lives on the network thread: a connection of the poller's own and the fetcher reading over it.
struct QueuePoller::Line
{
    std::unique_ptr<CrmConnection> connection;
    std::unique_ptr<QueueFetcher> fetcher;
};

QueuePoller::QueuePoller(Session *session, QObject *parent, Clock *clock)
    : QObject(parent)
    , m_session(session)
    , m_clock(Clock::orSystem(clock))
    , m_timer(new ClockTimer(m_clock, this))
    , m_worker(QStringLiteral("CommDesk queue"))
    , m_mirror(m_worker.make<QueueMirror>())
    , m_network(QStringLiteral("CommDesk queue network"))
    , m_line(m_network.make<Line>())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &QueuePoller::refresh);
    // Made on the network thread, so that its sockets and timers live there; every later job on that
    // thread comes after this one.
    m_network.post([this, line = m_line.get()] {
        line->connection = std::make_unique<CrmConnection>();
        line->connection->session()->setTokenSource([this](const QString &refused, Session::GrantHandler give) {
            QMetaObject::invokeMethod(
                this, [this, refused, give = std::move(give)]() mutable { lendToken(refused, std::move(give)); },
                Qt::QueuedConnection);
        });
        line->fetcher = std::make_unique<QueueFetcher>(line->connection.get());
    });
}

QueuePoller::~QueuePoller()
{
    // The line goes on its own thread, after the jobs posted before; m_network then stops (its
    // destructor), and with it anything the line was about to tell this object.
    m_line.reset();
}

void QueuePoller::lendToken(const QString &refused, Session::GrantHandler give)
{
    auto handBack = [this, give = std::move(give)](const Result<Session::Grant> &grant) {
        m_network.post([give, grant] { give(grant); });
    };
    if (!m_session)
        return handBack(ApiError::protocol(QStringLiteral("the session is gone")));
    m_session->grantToken(this, refused, std::move(handBack));
}

void QueuePoller::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(1, seconds);
    if (m_timer->isActive())
        m_timer->start(std::chrono::seconds(m_intervalSeconds));
}

void QueuePoller::start()
{
    m_running = true;
    refresh();
}

void QueuePoller::stop()
{
    m_running = false;
    m_timer->stop();
    if (m_polling || m_committing) {
        // Abandoned where it is; if the fetcher already finished it, it reads everything next time.
        m_network.post([line = m_line.get(), poll = m_poll] { line->fetcher->cancel(poll); });
        ++m_poll;
    }
    m_polling = false;
    m_committing = false;
}

void QueuePoller::resync()
{
    m_network.post([line = m_line.get()] { line->fetcher->resync(); });
}

void QueuePoller::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer->stop();
    else if (m_running && !isPolling())
        refresh();
    Q_EMIT pausedChanged(paused);
}

void QueuePoller::scheduleNext()
{
    if (m_running && !m_paused)
        m_timer->start(std::chrono::seconds(m_intervalSeconds));
}

void QueuePoller::refresh()
{
    if (m_polling || m_committing)
        return;
    m_timer->stop();
    m_polling = true;
    const quint64 poll = ++m_poll;
    Q_EMIT pollStarted();
    // The client is set up as the session's is now: a server, proxy or certificate changed since the last
    // poll counts from this one.
    const ApiClient::Setup setup = m_session ? m_session->client()->setup() : ApiClient::Setup {};
    m_network.post([this, line = m_line.get(), setup, poll] {
        line->connection->client()->applySetup(setup);
        line->fetcher->fetch(poll, [this, poll](QueueFetcher::Fetched fetched) {
            QMetaObject::invokeMethod(
                this, [this, poll, fetched = std::move(fetched)]() mutable { onFetched(poll, std::move(fetched)); },
                Qt::QueuedConnection);
        });
    });
}

void QueuePoller::onFetched(quint64 poll, QueueFetcher::Fetched fetched)
{
    if (poll != m_poll || !m_polling)
        return; // stopped meanwhile
    if (m_session) {
        for (DiagnosticEntry &entry : fetched.log)
            m_session->client()->diagnosticLog()->add(std::move(entry));
    }
    m_polling = false;
    if (fetched.error) {
        scheduleNext();
        Q_EMIT pollFailed(*fetched.error);
        return;
    }
    m_systems = fetched.systems;
    QueueUpdate update;
    update.complete = fetched.complete;
    update.changed = std::move(fetched.changed);
    update.gone = std::move(fetched.gone);
    update.requests = fetched.requests;
    update.bytes = fetched.bytes;
    update.at = m_clock->now();
    m_committing = true;
    auto sumUp = [mirror = m_mirror, changed = update.changed, gone = update.gone, complete = update.complete,
                  systems = m_systems, at = update.at, options = m_summaryOptions] {
        if (complete)
            mirror->clear();
        mirror->apply(changed);
        mirror->forget(gone);
        return mirror->summarise(systems, at, options);
    };
    m_worker.call(std::move(sumUp), this,
                  [this, poll, update = std::move(update)](const QueueMirror::Summary &summary) mutable {
                      if (poll != m_poll || !m_committing)
                          return; // stopped meanwhile: the fetcher reads everything next time
                      update.figures = summary.figures;
                      update.rejectionGroups = summary.rejectionGroups;
                      m_knownEntries = summary.entries;
                      m_lastSuccess = update.at;
                      m_committing = false;
                      scheduleNext();
                      Q_EMIT polled(update);
                  });
}

} // namespace commdesk
