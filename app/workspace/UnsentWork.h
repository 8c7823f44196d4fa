#pragma once

#include "LocalDraftStore.h"

#include <QObject>

namespace commdesk {

class Clock;
class CrmConnection;
class LocalDrafts;
class Outbox;
class StoreThread;

// What the user wrote until the server has it, so that nothing is lost (docs/architecture.md "Nothing lost"):
// the local drafts compose windows keep their typing in, and the outbox of what could not be sent. Both files
// live in the data folder and are used on the store thread.
class UnsentWork : public QObject
{
    Q_OBJECT

public:
    UnsentWork(CrmConnection *connection, StoreThread *stores, const QString &dataFolder, Clock *clock = nullptr,
               QObject *parent = nullptr);
    ~UnsentWork() override;

    // Signed in: the outbox sends what waits, and the drafts a crash left are listed (`draftsLeftBehind`).
    void start();

    LocalDrafts *localDrafts() const { return m_localDrafts; }
    Outbox *outbox() const { return m_outbox; }

Q_SIGNALS:
    // Local drafts left when CommDesk last closed (a crash, a kill), newest first.
    void draftsLeftBehind(const QList<commdesk::LocalDraft> &drafts);

private:
    LocalDrafts *m_localDrafts;
    QString m_outboxPath;
    Outbox *m_outbox;
};

} // namespace commdesk
