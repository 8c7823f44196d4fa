#pragma once

#include "CommunicationsApi.h"
#include "QueueEntry.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolBar;

namespace commdesk {

// The selected queue entry and its communication (fetched with communications/show), with the
// actions the monitor hands it.
class QueueEntryDetailView : public QWidget
{
    Q_OBJECT

public:
    QueueEntryDetailView(CommunicationsApi *api, QWidget *parent = nullptr);

    void setActions(const QList<QAction *> &actions);
    // Shows `entry`; fetches its communication when it is another one than before.
    void showEntry(const QueueEntry &entry);
    void clear();
    std::optional<QueueEntry> entry() const { return m_entry; }
    std::optional<Communication> communication() const { return m_communication; }
    QString text() const;

Q_SIGNALS:
    void communicationLoaded(const commdesk::Communication &communication);

private:
    void render();

    CommunicationsApi *m_api;
    QLabel *m_title;
    QTextBrowser *m_body;
    QToolBar *m_toolBar;
    std::optional<QueueEntry> m_entry;
    std::optional<Communication> m_communication;
    QString m_communicationError;
    QPointer<QObject> m_request;
};

} // namespace commdesk
