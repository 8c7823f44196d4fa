#pragma once

#include "CommunicationsApi.h"
#include "ConfigurationApi.h"
#include "QueueApi.h"
#include "Session.h"

#include <QObject>

namespace commdesk {

// One signed-in server: the client, the session and the typed calls over them. Windows and models
// are handed this rather than building their own.
class CrmConnection : public QObject
{
    Q_OBJECT

public:
    explicit CrmConnection(QObject *parent = nullptr)
        : QObject(parent)
        , m_client(new ApiClient(this))
        , m_session(new Session(m_client, this))
        , m_communications(m_session)
        , m_configuration(m_session)
        , m_queue(m_session)
    { }

    ApiClient *client() const { return m_client; }
    Session *session() const { return m_session; }
    CommunicationsApi *communications() { return &m_communications; }
    ConfigurationApi *configuration() { return &m_configuration; }
    QueueApi *queue() { return &m_queue; }

private:
    ApiClient *m_client;
    Session *m_session;
    CommunicationsApi m_communications;
    ConfigurationApi m_configuration;
    QueueApi m_queue;
};

} // namespace commdesk
