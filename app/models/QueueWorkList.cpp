#include "QueueWorkList.h"

#include "QueueEntryModel.h"

#include <algorithm>

namespace commdesk {

namespace {

bool sameSource(const QueueApi::Source &a, const QueueApi::Source &b)
{
    return a.media == b.media && a.externalSystem == b.externalSystem;
}

} // namespace

QueueWorkList::QueueWorkList(QueueApi *api, Kind kind, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_kind(kind)
    , m_model(new QueueEntryModel(this))
{ }

void QueueWorkList::load(const QueueApi::Source &source, int number)
{
    if (!m_source || !sameSource(*m_source, source)) {
        m_model->setEntries({});
        m_loadedAt = {};
    }
    m_source = source;
    m_number = std::clamp(number, 1, kMaxNumber);
    reload();
}

void QueueWorkList::reload()
{
    if (!m_source)
        return;
    const bool wasLoading = isLoading();
    delete m_request;
    auto *request = new QObject(this);
    m_request = request;
    auto done = [this, request](const Result<QList<QueueEntry>> &result) {
        request->deleteLater();
        m_request.clear();
        finish(result);
    };
    if (m_kind == Kind::NextToSend)
        m_api->pending(request, *m_source, std::nullopt, m_number, done);
    else
        m_api->pendingCompleted(request, *m_source, std::nullopt, m_number, done);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void QueueWorkList::finish(const Result<QList<QueueEntry>> &result)
{
    Q_EMIT loadingChanged(false);
    if (!result.ok()) {
        Q_EMIT failed(result.error());
        return;
    }
    m_model->setEntriesInOrder(result.value());
    m_loadedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT loaded();
}

} // namespace commdesk
