#pragma once

#include <QObject>
#include <QPointer>

namespace commdesk {

class CommunicationView;
class CommunicationsApi;
class OfflineWorkspace;

// Fetches the whole communication for the detail pane (a list row holds only what the columns
// show). A newer request cancels the older one, so running through the list never shows a
// stale answer. When the server cannot be reached the saved copy is shown, marked as one, or
// the pane says there is none; what is fetched is kept for reading offline.
class CommunicationFetcher : public QObject
{
    Q_OBJECT

public:
    CommunicationFetcher(CommunicationsApi *api, OfflineWorkspace *offline, CommunicationView *view,
                         QObject *parent = nullptr);

    // `label` (the number, when known) is what the pane says while it waits.
    void fetch(const QString &id, const QString &label);
    void cancel();

Q_SIGNALS:
    // The pane shows something else: the actions on it follow.
    void shown();

private:
    CommunicationsApi *m_api;
    OfflineWorkspace *m_offline;
    CommunicationView *m_view;
    QPointer<QObject> m_request; // owner of the call in flight; deleting it cancels the call
};

} // namespace commdesk
