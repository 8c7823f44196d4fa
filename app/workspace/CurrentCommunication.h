#pragma once

#include "ApiError.h"
#include "Communication.h"
#include "Identifier.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

namespace commdesk {

class Clock;
class ClockTimer;
class CommunicationsApi;
class OfflineWorkspace;

// The communication the user reads (the current selection), fetched whole, since a list row holds only what the
// columns show, and what is done to it on the server. A newer selection cancels the older request, so running
// through the list never shows a stale answer. When the server cannot be reached the saved copy stands in, marked
// as one; what is fetched is kept for reading offline.
class CurrentCommunication : public QObject
{
    Q_OBJECT

public:
    enum class Action { Complete, MarkViewed };
    Q_ENUM(Action)

    CurrentCommunication(CommunicationsApi *api, OfflineWorkspace *offline, QObject *parent = nullptr);

    // What is shown now; nullopt while loading, after an error or with nothing selected.
    const std::optional<Communication> &communication() const { return m_communication; }
    bool isBusy() const { return !m_action.isNull(); }
    // The id of what is shown or being opened; empty with nothing selected.
    QString selectedId() const { return m_selectedId; }

    // Selects the communication `id`; `label` (the number, when known) is what views say while it loads.
    void open(const QString &id, const QString &label);
    // The same by any identifier (a link names a number); without the server, only an id finds the saved copy.
    void open(const Identifier &communication, const QString &label);
    // Nothing selected.
    void clear();
    // A communication as the server saved it elsewhere (compose, an action): shown anew when it is the current one,
    // and kept in the offline copy either way.
    void apply(const Communication &communication);

    // Completes the current draft, or marks the current communication as viewed.
    void act(Action action);
    // A completed, unviewed communication shown from the server for `delay` (on `clock`) is marked as
    // viewed; a zero delay turns it off.
    void setMarkViewedAfter(std::chrono::seconds delay, Clock *clock = nullptr);
    std::chrono::seconds markViewedAfter() const { return m_markViewedAfter; }

Q_SIGNALS:
    void loading(const QString &label);
    // `copySavedAt` is valid when this is the saved copy, shown because the server cannot be reached.
    void shown(const commdesk::Communication &communication, const QDateTime &copySavedAt);
    void failed(const QString &text);
    void cleared();
    // Any of the four above, or an action started or ended: what may be done to it follows.
    void changed();
    // The server answered an action with the communication as it is now.
    void acted(commdesk::CurrentCommunication::Action action, const commdesk::Communication &communication);
    void actionFailed(commdesk::CurrentCommunication::Action action, const commdesk::ApiError &error);

private:
    void show(const Communication &communication, const QDateTime &copySavedAt = {});
    void fail(const QString &text);

    CommunicationsApi *m_api;
    OfflineWorkspace *m_offline;
    std::optional<Communication> m_communication;
    QString m_selectedId;
    QPointer<QObject> m_request; // the fetch in flight; deleting it cancels it
    QPointer<QObject> m_action; // the action in flight
    std::chrono::seconds m_markViewedAfter {0};
    ClockTimer *m_reading = nullptr; // how long the current one has been open
};

} // namespace commdesk
