#include "ConnectionLabel.h"

#include "ConnectionWatch.h"
#include "ConnectivityMonitor.h"
#include "DisplayText.h"

namespace commdesk {

ConnectionLabel::ConnectionLabel(ConnectionWatch *watch, QWidget *parent)
    : QLabel(parent)
    , m_watch(watch)
{
    setObjectName(QStringLiteral("connectionLabel"));
    connect(watch, &ConnectionWatch::changed, this, &ConnectionLabel::refresh);
    refresh();
}

void ConnectionLabel::refresh()
{
    const ConnectivityMonitor *connectivity = m_watch->connectivity();
    const bool offline = m_watch->isOffline();
    // What went wrong and since when, for whoever asks the helpdesk.
    setToolTip(offline
                   ? tr("Offline since %1: %2")
                         .arg(DisplayText::dateTime(connectivity->offlineSince()), connectivity->lastError().userText())
                   : QString());
    const QString who = m_watch->user().isEmpty() ? tr("API key") : m_watch->user();
    if (offline)
        setText(tr("Offline: %1 cannot be reached").arg(m_watch->host()));
    else if (m_watch->isSignedIn())
        setText(tr("Signed in as %1 at %2").arg(who, m_watch->host()));
    else
        setText(tr("Not signed in"));
}

} // namespace commdesk
