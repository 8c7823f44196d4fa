#include "ListWatch.h"

#include "Clock.h"
#include "CommunicationListModel.h"
#include "CommunicationsApi.h"

namespace commdesk {

ListWatch::ListWatch(CommunicationsApi *api, CommunicationListModel *list, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_list(list)
    , m_clock(Clock::orSystem(clock))
    , m_timer(new ClockTimer(m_clock, this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &ListWatch::look);
    // A list loaded afresh shows what is new: nothing is new above it any more.
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        delete m_request;
        setNew(0, false);
        schedule();
    });
}

void ListWatch::setInterval(std::chrono::seconds interval)
{
    m_interval = interval;
    schedule();
}

void ListWatch::setPaused(bool paused)
{
    m_paused = paused;
    schedule();
}

void ListWatch::userActive()
{
    m_quietUntil = m_clock->now().addMSecs(std::chrono::milliseconds(kQuiet).count());
}

void ListWatch::schedule()
{
    if (m_interval.count() > 0 && !m_paused)
        m_timer->start(m_interval);
    else
        m_timer->stop();
}

void ListWatch::setNew(int count, bool more)
{
    if (count == m_newCount && more == m_more)
        return;
    m_newCount = count;
    m_more = more;
    Q_EMIT newCountChanged(count, more);
}

void ListWatch::look()
{
    if (m_paused || !m_request.isNull() || !m_list->hasFilter() || m_list->isLoading() || m_list->rowCount() == 0
        || m_list->isCopy()) {
        schedule();
        return;
    }
    if (const qint64 wait = m_clock->now().msecsTo(m_quietUntil); wait > 0) {
        m_timer->start(std::chrono::milliseconds(wait)); // the user is busy with the list: a little later
        return;
    }
    CommunicationsApi::ListFilter filter = m_list->filter();
    filter.paging = {kPage, 0};
    auto *request = new QObject(this);
    m_request = request;
    const CommunicationsApi::ListFilter asked = m_list->filter();
    m_api->listRows(request, filter, [this, request, asked](const Result<QList<CommunicationRow>> &rows) {
        request->deleteLater();
        schedule();
        if (!rows.ok() || m_list->filter().category != asked.category || m_list->filter().contact != asked.contact)
            return; // a failed look says nothing; the next one tries again
        int fresh = 0;
        for (const CommunicationRow &row : rows.value()) {
            if (m_list->rowOfId(row.id()) >= 0)
                break; // the newest one shown: everything below is known
            ++fresh;
        }
        setNew(fresh, fresh == rows.value().size() && fresh == kPage);
    });
}

} // namespace commdesk
