#pragma once

#include "Paging.h"
#include "QueueEntry.h"
#include "Session.h"

namespace commdesk {

// The communication queue of docs/api-contract.md "The communication queue".
class QueueApi
{
public:
    // The API lists the queue per media or per external system, never both, never neither.
    struct Source
    {
        std::optional<Media> media;
        std::optional<Identifier> externalSystem;
    };

    struct ListFilter
    {
        Source source;
        std::optional<Identifier> contact;
        std::optional<QueueState> state;
        Paging paging;
        QStringList fieldsSet;
    };

    template<class T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit QueueApi(Session *session)
        : m_session(session)
    { }

    static Query listQuery(const ListFilter &filter);

    void show(QObject *owner, const Identifier &entry, Handler<QueueEntry> done);
    void list(QObject *owner, const ListFilter &filter, Handler<QList<QueueEntry>> done);
    void pending(QObject *owner, const Source &source, const std::optional<Identifier> &contact, int number,
                 Handler<QList<QueueEntry>> done);
    // number: the server's default (50) when absent.
    void pendingCompleted(QObject *owner, const Source &source, const std::optional<Identifier> &contact,
                          std::optional<int> number, Handler<QList<QueueEntry>> done);
    void complete(QObject *owner, const Identifier &entry, Handler<QueueEntry> done);
    void reject(QObject *owner, const Identifier &entry, const QString &errorCode, const QString &errorDescription,
                Handler<QueueEntry> done);
    void remove(QObject *owner, const Identifier &entry, Handler<QueueEntry> done);

private:
    Session *m_session;
};

} // namespace commdesk
