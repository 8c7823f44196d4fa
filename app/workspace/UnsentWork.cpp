#include "UnsentWork.h"

#include "CrmConnection.h"
#include "LocalDrafts.h"
#include "Outbox.h"
#include "OutboxStore.h"

#include <QDir>

namespace commdesk {

UnsentWork::UnsentWork(CrmConnection *connection, StoreThread *stores, const QString &dataFolder, Clock *clock,
                       QObject *parent)
    : QObject(parent)
    , m_localDrafts(new LocalDrafts(stores, QDir(dataFolder).filePath(QStringLiteral("local-drafts.sqlite")), this))
    , m_outboxPath(QDir(dataFolder).filePath(QStringLiteral("outbox.sqlite")))
    , m_outbox(new Outbox(stores, stores->make<OutboxStore>(), connection->communications(), clock, this))
{
    m_localDrafts->open();
}

UnsentWork::~UnsentWork() = default;

void UnsentWork::start()
{
    m_outbox->start(m_outboxPath);
    m_localDrafts->list(this, [this](const QList<LocalDraft> &drafts) { Q_EMIT draftsLeftBehind(drafts); });
}

} // namespace commdesk
