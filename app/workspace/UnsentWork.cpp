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
{
    Q_UNUSED(clock);
    m_localDrafts->open();
    m_outboxStore = std::make_unique<OutboxStore>();
    if (!m_outboxStore->open(QDir(dataFolder).filePath(QStringLiteral("outbox.sqlite"))))
        qWarning("outbox unavailable: %s", qPrintable(m_outboxStore->errorText()));
    m_outbox = new Outbox(m_outboxStore.get(), connection->communications(), this);
}

UnsentWork::~UnsentWork() = default;

void UnsentWork::start()
{
    m_outbox->start();
    m_localDrafts->list(this, [this](const QList<LocalDraft> &drafts) { Q_EMIT draftsLeftBehind(drafts); });
}

} // namespace commdesk
