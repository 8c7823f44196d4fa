#pragma once

#include "QueueApi.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace commdesk {

class QueueEntryModel;

// One of the queue's two work lists (docs/api-contract.md "The communication queue") for one media or external system,
// in the order the server gives: what a gateway takes next (get_pending: PENDING entries) or what was delivered and not
// yet viewed (get_pending_completed: COMPLETED entries whose communication is unviewed). The list owns its request: a
// new load, or the list's end, cancels the one in flight.
class QueueWorkList : public QObject
{
    Q_OBJECT

public:
    enum class Kind { NextToSend, DeliveredNotViewed };
    static constexpr int kDefaultNumber = 50;
    static constexpr int kMaxNumber = 1000; // the most the sandbox answers at once

    QueueWorkList(QueueApi *api, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    QueueEntryModel *model() const { return m_model; }
    // Loads the first `number` entries of `source`; the rows of another source go at once, so they
    // are never shown under this one.
    void load(const QueueApi::Source &source, int number);
    // The last source and number again; nothing before the first load.
    void reload();
    bool isLoading() const { return !m_request.isNull(); }
    // When the rows shown came; invalid before the first answer for this source.
    QDateTime loadedAt() const { return m_loadedAt; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const commdesk::ApiError &error);

private:
    void finish(const Result<QList<QueueEntry>> &result);

    QueueApi *m_api;
    Kind m_kind;
    QueueEntryModel *m_model;
    QPointer<QObject> m_request; // owner of the request in flight; deleting it cancels the request
    std::optional<QueueApi::Source> m_source;
    int m_number = kDefaultNumber;
    QDateTime m_loadedAt;
};

} // namespace commdesk
