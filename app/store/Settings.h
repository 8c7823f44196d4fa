#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace commdesk {

// One setting: its key, its type and its default, together (docs/architecture.md "Rules of the house").
template<class T>
struct SettingKey
{
    QLatin1StringView name;
    T defaultValue;
};

// The table of every setting the application keeps. View state keys carry a version so that a
// layout change can invalidate old saved state by bumping it.
namespace setting {
inline const SettingKey<QString> serverUrl {QLatin1StringView("signIn/serverUrl"), {}};
inline const SettingKey<QString> username {QLatin1StringView("signIn/username"), {}};
inline const SettingKey<QString> organisation {QLatin1StringView("signIn/organisation"), {}};
inline const SettingKey<QString> unit {QLatin1StringView("signIn/unit"), {}};
inline const SettingKey<bool> useApiKey {QLatin1StringView("signIn/useApiKey"), false};
// Sign-in profiles live under "profiles/" (ProfileStore); the last one used is remembered by name.
inline const SettingKey<QString> lastProfile {QLatin1StringView("signIn/lastProfile"), {}};
// The network proxy: "system" (default), "none", "http" or "socks5"; its password is never stored here.
inline const SettingKey<QString> proxyMode {QLatin1StringView("network/proxyMode"), QStringLiteral("system")};
inline const SettingKey<QString> proxyHost {QLatin1StringView("network/proxyHost"), {}};
inline const SettingKey<int> proxyPort {QLatin1StringView("network/proxyPort"), 0};
inline const SettingKey<QString> proxyUser {QLatin1StringView("network/proxyUser"), {}};
inline const SettingKey<QStringList> recentContacts {QLatin1StringView("browse/recentContacts"), {}};
inline const SettingKey<QString> lastCategoryId {QLatin1StringView("browse/lastCategoryId"), {}};
// The saved view open when the app closed (SavedViewStore), opened again at start; empty: the last category.
inline const SettingKey<QString> lastSavedView {QLatin1StringView("browse/lastSavedView"), {}};
inline const SettingKey<QByteArray> mainWindowGeometry {QLatin1StringView("mainWindow/geometry.v1"), {}};
inline const SettingKey<QByteArray> mainWindowState {QLatin1StringView("mainWindow/state.v1"), {}};
inline const SettingKey<QByteArray> mainSplitter {QLatin1StringView("mainWindow/splitter.v1"), {}};
inline const SettingKey<QByteArray> listSplitter {QLatin1StringView("mainWindow/listSplitter.v1"), {}};
inline const SettingKey<QByteArray> communicationListHeader {QLatin1StringView("communicationList/header.v2"), {}};
inline const SettingKey<QByteArray> composeGeometry {QLatin1StringView("compose/geometry.v1"), {}};
inline const SettingKey<int> listPageSize {QLatin1StringView("communicationList/pageSize"), 100};
// How often the open list looks for communications newer than it shows; 0: never.
inline const SettingKey<int> listRefreshSeconds {QLatin1StringView("communicationList/refreshSeconds"), 60};
// A completed communication open this long is marked as viewed; 0: only when the user says so.
inline const SettingKey<int> markViewedAfterSeconds {QLatin1StringView("reading/markViewedAfterSeconds"), 0};
// The delay that marking on reading uses when turned on (the preference kept while it is off).
inline const SettingKey<int> markViewedDelaySeconds {QLatin1StringView("reading/markViewedDelaySeconds"), 5};
// The look: "system", "light" or "dark" (ui/Theme), and the text size of the list, the reading pane and compose.
inline const SettingKey<QString> theme {QLatin1StringView("appearance/theme"), QStringLiteral("system")};
inline const SettingKey<int> zoomPercent {QLatin1StringView("appearance/zoomPercent"), 100};
// The language CommDesk speaks from its next start ("el", "es"…; translations/Translations.h); empty: the system's.
inline const SettingKey<QString> language {QLatin1StringView("appearance/language"), {}};
// Keyboard shortcuts the user changed (ui/KeyboardShortcuts): "actionName=Ctrl+Shift+X", "actionName=" for none.
inline const SettingKey<QStringList> shortcutChanges {QLatin1StringView("keyboard/shortcutChanges"), {}};
inline const SettingKey<bool> sidebarShown {QLatin1StringView("mainWindow/sidebarShown"), true};
inline const SettingKey<int> recentContactsLimit {QLatin1StringView("browse/recentContactsLimit"), 10};
// The queue monitor; a threshold of 0 means "no alert". The alerts that mean the same on any queue
// are on from the start: an entry waiting an hour, a fifth of recent entries rejected, a source
// that has sent nothing for 15 minutes while entries wait. A backlog's size depends on the queue.
inline const SettingKey<int> queueRefreshSeconds {QLatin1StringView("queueMonitor/refreshSeconds"), 15};
inline const SettingKey<int> queueMaxPending {QLatin1StringView("queueMonitor/maxPending"), 0};
inline const SettingKey<int> queueMaxOldestPendingMinutes {QLatin1StringView("queueMonitor/maxOldestPendingMinutes"),
                                                           60};
inline const SettingKey<int> queueMaxRejectPercent {QLatin1StringView("queueMonitor/maxRejectPercent"), 20};
inline const SettingKey<int> queueStuckMinutes {QLatin1StringView("queueMonitor/stuckMinutes"), 15};
inline const SettingKey<int> queueChartRange {QLatin1StringView("queueMonitor/chartRange"), 0}; // 0 hour, 1 day
inline const SettingKey<QByteArray> queueEntriesHeader {QLatin1StringView("queueMonitor/entriesHeader.v1"), {}};
inline const SettingKey<QByteArray> queueSplitter {QLatin1StringView("queueMonitor/splitter.v1"), {}};
inline const SettingKey<QByteArray> queueLowerSplitter {QLatin1StringView("queueMonitor/lowerSplitter.v1"), {}};
// The queue tab's view (0 monitor, 1 next to send, 2 delivered, not viewed) and the two work lists:
// the source as a QueueSummary key ("media:SMS", "system:<id>") and how many entries to ask for.
inline const SettingKey<int> queueView {QLatin1StringView("queue/view"), 0};
inline const SettingKey<QString> queueNextSource {QLatin1StringView("queueNextToSend/source"), {}};
inline const SettingKey<int> queueNextNumber {QLatin1StringView("queueNextToSend/number"), 50};
inline const SettingKey<QByteArray> queueNextHeader {QLatin1StringView("queueNextToSend/header.v1"), {}};
inline const SettingKey<QByteArray> queueNextSplitter {QLatin1StringView("queueNextToSend/splitter.v1"), {}};
inline const SettingKey<QString> queueUnviewedSource {QLatin1StringView("queueDeliveredNotViewed/source"), {}};
inline const SettingKey<int> queueUnviewedNumber {QLatin1StringView("queueDeliveredNotViewed/number"), 50};
inline const SettingKey<QByteArray> queueUnviewedHeader {QLatin1StringView("queueDeliveredNotViewed/header.v1"), {}};
inline const SettingKey<QByteArray> queueUnviewedSplitter {QLatin1StringView("queueDeliveredNotViewed/splitter.v1"),
                                                           {}};
} // namespace setting

// Typed access to the user's settings. The default constructor uses the platform's place; tests
// pass a file of their own.
class Settings
{
public:
    Settings();
    explicit Settings(const QString &fileName);
    // Another application's settings in the platform's place, e.g. the desktop app's
    // ("CommDesk", "CommDesk") for commdesk-cli, whose own application name differs.
    Settings(const QString &organisation, const QString &application);

    template<class T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant stored = m_settings->value(key.name);
        if (!stored.isValid() || !stored.canConvert<T>())
            return key.defaultValue;
        return stored.value<T>();
    }

    template<class T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings->setValue(key.name, QVariant::fromValue(value));
    }

    template<class T>
    void remove(const SettingKey<T> &key)
    {
        m_settings->remove(key.name);
    }

    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }
    // For stores that keep groups or arrays of their own (ProfileStore).
    QSettings *storage() const { return m_settings.get(); }

    // Puts a contact identifier (`number=CI000111`) first in the recent list, without duplicates.
    void rememberContact(const QString &identifier);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace commdesk
