#pragma once

#include <QObject>

namespace commdesk {

class Clock;
class CommunicationListModel;
class CurrentCommunication;
class ListWatch;
class Settings;

// What the Preferences dialog and the View menu change about reading (docs/architecture.md "Keeping up"): kept in
// the settings and applied at once to the parts they steer, so that no restart is needed.
class DeskPreferences : public QObject
{
    Q_OBJECT

public:
    struct Values
    {
        int listRefreshSeconds = 60; // 0: the open list is not watched
        bool markViewedOnReading = false;
        int markViewedSeconds = 5; // how long, when on
        int pageSize = 100; // rows read per request
        QString language; // "el", "de"… (translations/Translations.h), empty for the system's; used from the next start

        friend bool operator==(const Values &, const Values &) = default;
    };

    // Applies what the settings hold.
    DeskPreferences(Settings *settings, CommunicationListModel *list, ListWatch *watch, CurrentCommunication *current,
                    Clock *clock, QObject *parent = nullptr);

    Values values() const;
    // Keeps and applies; out-of-range numbers are brought into range (limits below).
    void setValues(Values values);
    void setMarkViewedOnReading(bool on);

    static constexpr int kMaxRefreshSeconds = 3600;
    static constexpr int kMaxMarkViewedSeconds = 600;
    static constexpr int kMinPageSize = 10;
    static constexpr int kMaxPageSize = 500; // larger pages only make each answer slower to come

Q_SIGNALS:
    void changed();

private:
    void apply(const Values &values);

    Settings *m_settings;
    CommunicationListModel *m_list;
    ListWatch *m_watch;
    CurrentCommunication *m_current;
    Clock *m_clock;
};

} // namespace commdesk
