#include "ComposeLocalCopy.h"

#include "ComposeFormJson.h"
#include "ComposeRequest.h"
#include "Outbox.h"

#include <QTimer>

namespace commdesk {

ComposeLocalCopy::ComposeLocalCopy(int autosaveDelayMs, std::function<std::optional<LocalDraft>()> snapshot,
                                   QObject *parent)
    : QObject(parent)
    , m_snapshot(std::move(snapshot))
    , m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(autosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &ComposeLocalCopy::autosave);
}

void ComposeLocalCopy::setStores(LocalDraftStore *drafts, Outbox *outbox)
{
    m_drafts = drafts;
    m_outbox = outbox;
}

LocalDraft ComposeLocalCopy::draftFor(const ComposeForm &form, const ComposeForm &baseline,
                                      const std::optional<Communication> &draft)
{
    LocalDraft local;
    if (draft) {
        local.communicationId = draft->id;
        local.communicationNumber = draft->number;
        local.baseline = ComposeFormJson::write(baseline);
    }
    local.title = title(form);
    local.form = ComposeFormJson::write(form);
    local.updatedAt = QDateTime::currentDateTimeUtc();
    return local;
}

QString ComposeLocalCopy::title(const ComposeForm &form)
{
    if (!form.subject.trimmed().isEmpty())
        return form.subject.trimmed();
    if (!form.contactValue.trimmed().isEmpty())
        return tr("To %1").arg(form.contactValue.trimmed());
    return tr("Untitled communication");
}

void ComposeLocalCopy::scheduleAutosave()
{
    if (m_drafts)
        m_autosave->start();
}

void ComposeLocalCopy::autosave()
{
    m_autosave->stop();
    if (!m_drafts)
        return;
    std::optional<LocalDraft> draft = m_snapshot();
    if (!draft)
        return;
    draft->id = m_draftId;
    if (const qint64 id = m_drafts->save(*draft))
        m_draftId = id;
}

void ComposeLocalCopy::forgetDraft()
{
    m_autosave->stop();
    if (m_drafts && m_draftId != 0)
        m_drafts->remove(m_draftId);
    m_draftId = 0;
}

bool ComposeLocalCopy::holdOutboxItem(qint64 id)
{
    if (!m_outbox || !m_outbox->hold(id))
        return false;
    releaseOutboxItem(); // one at a time
    m_outboxItemId = id;
    return true;
}

void ComposeLocalCopy::releaseOutboxItem()
{
    if (m_outbox && m_outboxItemId != 0)
        m_outbox->release(m_outboxItemId);
    m_outboxItemId = 0;
}

void ComposeLocalCopy::discardOutboxItem()
{
    if (m_outbox && m_outboxItemId != 0)
        m_outbox->discard(m_outboxItemId);
    m_outboxItemId = 0;
}

bool ComposeLocalCopy::queue(const ComposeForm &form, const ComposeContext &context, LifeCycleState state,
                             const ApiError &error, std::function<void(qint64 id)> done)
{
    if (!m_outbox || !Outbox::worthRetrying(error))
        return false;
    const Identifier contact = ComposeRequest::contact(form);
    const QJsonObject body = CommunicationsApi::createBody(contact, ComposeRequest::forCreate(form, context, state));
    m_outbox->add(
        Outbox::itemFor(contact, body, ComposeFormJson::write(form), title(form), error), this,
        [this, done = std::move(done)](qint64 id) {
            if (id != 0) { // else not stored: the window stays open with everything typed
                m_outboxItemId = 0; // the new item took the held one's place
                forgetDraft();
            }
            done(id);
        },
        m_outboxItemId);
    return true;
}

} // namespace commdesk
