#pragma once

#include "Communication.h"
#include "CommunicationInput.h"
#include "CommunicationRow.h"
#include "Paging.h"
#include "Session.h"

namespace commdesk {

// The calls of docs/api-contract.md "Communications".
class CommunicationsApi
{
public:
    struct ListFilter
    {
        // Exactly one of the two.
        std::optional<Identifier> contact; // contact_information_identifier
        std::optional<Identifier> category; // category_identifier
        std::optional<Direction> direction;
        std::optional<Media> media;
        Paging paging;
        QStringList fieldsSet;
    };

    template<class T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit CommunicationsApi(Session *session)
        : m_session(session)
    { }

    static Query listQuery(const ListFilter &filter);
    static QJsonObject createBody(const Identifier &contact, const CommunicationInput &input,
                                  const QStringList &fieldsSet = {});
    static QJsonObject updateBody(const Identifier &communication, const CommunicationInput &input,
                                  const QStringList &fieldsSet = {});

    void show(QObject *owner, const Identifier &communication, const QStringList &fieldsSet,
              Handler<Communication> done);
    void list(QObject *owner, const ListFilter &filter, Handler<QList<Communication>> done);
    // The same list as the list's rows (CommunicationRow), read on a worker thread: `done` runs
    // on `owner`'s thread, unless `owner` is gone by then.
    void listRows(QObject *owner, const ListFilter &filter, Handler<QList<CommunicationRow>> done);
    // A page's `data` as rows; not an array is a protocol error.
    void create(QObject *owner, const Identifier &contact, const CommunicationInput &input,
                Handler<Communication> done);
    // A create whose body was built earlier (createBody) and kept, as the outbox does.
    void createFromBody(QObject *owner, const QJsonObject &body, Handler<Communication> done);
    void update(QObject *owner, const Identifier &communication, const CommunicationInput &input,
                Handler<Communication> done);
    void complete(QObject *owner, const Identifier &communication, Handler<Communication> done);
    // viewedOn: invalid means "now" on the server.
    void setAsViewed(QObject *owner, const Identifier &communication, const QDateTime &viewedOn,
                     Handler<Communication> done);

private:
    Session *m_session;
};

} // namespace commdesk
