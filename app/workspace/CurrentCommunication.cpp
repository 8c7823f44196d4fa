#include "CurrentCommunication.h"

#include "Clock.h"
#include "CommunicationsApi.h"
#include "OfflineWorkspace.h"

namespace commdesk {

CurrentCommunication::CurrentCommunication(CommunicationsApi *api, OfflineWorkspace *offline, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_offline(offline)
{ }

void CurrentCommunication::open(const QString &id, const QString &label)
{
    open(Identifier::byId(id), label);
}

void CurrentCommunication::open(const Identifier &communication, const QString &label)
{
    delete m_request; // a newer selection cancels the older request
    m_communication.reset(); // no action acts on the one before while this one loads
    if (m_reading)
        m_reading->stop();
    const bool byId = communication.field == QLatin1StringView("id");
    const QString id = byId ? communication.value : QString(); // known once it is shown, for a number
    m_selectedId = id;
    Q_EMIT loading(label);
    Q_EMIT changed();
    auto *request = new QObject(this);
    m_request = request;
    m_api->show(request, communication, {}, [this, request, id](const Result<Communication> &result) {
        if (result.ok()) {
            request->deleteLater();
            m_offline->remember(result.value());
            m_selectedId = result.value().id;
            show(result.value());
        } else if (!result.error().meansUnreachable() || id.isEmpty()) {
            request->deleteLater();
            fail(result.error().userText());
        } else {
            // The saved copy comes from the store thread; a newer selection deletes `request`, and the answer with it.
            m_offline->savedCommunication(id, request,
                                          [this, request](const OfflineWorkspace::SavedCommunication &copy) {
                                              request->deleteLater();
                                              if (copy)
                                                  return show(copy->value, copy->savedAt);
                                              fail(tr("The server cannot be reached, and this communication was "
                                                      "not opened before, so there is no copy of it to show."));
                                          });
        }
    });
}

void CurrentCommunication::setMarkViewedAfter(std::chrono::seconds delay, Clock *clock)
{
    m_markViewedAfter = delay;
    if (!m_reading) {
        m_reading = new ClockTimer(Clock::orSystem(clock), this);
        m_reading->setSingleShot(true);
        connect(m_reading, &ClockTimer::timeout, this, [this] {
            if (m_communication && m_communication->lifeCycleState == LifeCycleState::Completed
                && m_communication->viewed == false)
                act(Action::MarkViewed);
        });
    } else {
        m_reading->setClock(Clock::orSystem(clock));
    }
    m_reading->stop();
}

void CurrentCommunication::clear()
{
    delete m_request;
    if (m_reading)
        m_reading->stop();
    m_communication.reset();
    m_selectedId.clear();
    Q_EMIT cleared();
    Q_EMIT changed();
}

void CurrentCommunication::show(const Communication &communication, const QDateTime &copySavedAt)
{
    const bool another = !m_communication || m_communication->id != communication.id;
    m_communication = communication;
    // Reading starts when one is shown from the server (a saved copy cannot be marked offline).
    if (m_reading && another) {
        m_reading->stop();
        if (m_markViewedAfter.count() > 0 && !copySavedAt.isValid()
            && communication.lifeCycleState == LifeCycleState::Completed && communication.viewed == false)
            m_reading->start(m_markViewedAfter);
    }
    Q_EMIT shown(communication, copySavedAt);
    Q_EMIT changed();
}

void CurrentCommunication::fail(const QString &text)
{
    m_communication.reset();
    m_selectedId.clear(); // never one communication shown while the list selects another
    Q_EMIT failed(text);
    Q_EMIT changed();
}

void CurrentCommunication::apply(const Communication &communication)
{
    m_offline->remember(communication);
    if (m_communication && m_communication->id == communication.id)
        show(communication);
}

void CurrentCommunication::act(Action action)
{
    if (!m_communication || isBusy())
        return;
    auto *owner = new QObject(this);
    m_action = owner;
    Q_EMIT changed();
    auto done = [this, owner, action](const Result<Communication> &result) {
        owner->deleteLater();
        m_action = nullptr;
        if (result.ok()) {
            apply(result.value());
            Q_EMIT acted(action, result.value());
        } else {
            Q_EMIT actionFailed(action, result.error());
        }
        Q_EMIT changed();
    };
    const Identifier id = Identifier::byId(m_communication->id);
    if (action == Action::Complete)
        m_api->complete(owner, id, done);
    else
        m_api->setAsViewed(owner, id, {}, done);
}

} // namespace commdesk
