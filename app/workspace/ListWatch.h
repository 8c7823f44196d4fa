#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace commdesk {

class Clock;
class ClockTimer;
class CommunicationListModel;
class CommunicationsApi;

// Keeps the open list up to date without moving it under the user (docs/architecture.md "Keeping up"):
// every interval it reads the list's first page and counts the communications above the newest one shown;
// the window says "3 new" and reloads only when asked. Paused while the user scrolls or types; a list
// loading, empty or changed meanwhile is left alone.
class ListWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPage = 50; // what one look reads; more new ones than this say "50+"

    ListWatch(CommunicationsApi *api, CommunicationListModel *list, Clock *clock = nullptr, QObject *parent = nullptr);

    // 0 stops watching.
    void setInterval(std::chrono::seconds interval);
    std::chrono::seconds interval() const { return m_interval; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // The user scrolls the list or types a filter: a look due within kQuiet waits until kQuiet after this.
    void userActive();
    static constexpr std::chrono::seconds kQuiet {5};
    // How many are new above the list, as of the last look; `more` when a whole page was new.
    int newCount() const { return m_newCount; }
    bool hasMore() const { return m_more; }
    // Looks now (what the timer does).
    void look();

Q_SIGNALS:
    void newCountChanged(int count, bool more);

private:
    void setNew(int count, bool more);
    void schedule();

    CommunicationsApi *m_api;
    CommunicationListModel *m_list;
    Clock *m_clock;
    ClockTimer *m_timer;
    QDateTime m_quietUntil; // no look before this
    std::chrono::seconds m_interval {0};
    bool m_paused = false;
    int m_newCount = 0;
    bool m_more = false;
    QPointer<QObject> m_request;
};

} // namespace commdesk
