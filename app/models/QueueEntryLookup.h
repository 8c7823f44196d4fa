#pragma once

#include "QueueApi.h"

#include <QObject>
#include <QPointer>

namespace commdesk {

// Finds one queue entry by what a supervisor types (communications/queue/show, docs/api-contract.md "The communication
// queue"): its number (`CQ002393`, any case) or its 32-hex-digit id. The newest lookup wins: starting one cancels the
// one in flight, and the lookup's end cancels it too.
class QueueEntryLookup : public QObject
{
    Q_OBJECT

public:
    explicit QueueEntryLookup(QueueApi *api, QObject *parent = nullptr);

    // The identifier `text` stands for; invalid when it is blank.
    static Identifier identifierFor(const QString &text);

    void find(const QString &text);
    bool isLooking() const { return !m_request.isNull(); }

Q_SIGNALS:
    void found(const commdesk::QueueEntry &entry);
    // `text` as looked up (upper case), for the message.
    void notFound(const QString &text);
    void failed(const commdesk::ApiError &error);

private:
    QueueApi *m_api;
    QPointer<QObject> m_request;
};

} // namespace commdesk
