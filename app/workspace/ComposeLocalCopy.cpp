#include "ComposeLocalCopy.h"

#include "ComposeFormJson.h"
#include "ComposeRequest.h"
#include "LocalDrafts.h"
#include "Outbox.h"

namespace commdesk {

ComposeLocalCopy::ComposeLocalCopy(std::chrono::milliseconds autosaveDelay,
                                   std::function<std::optional<LocalDraft>()> snapshot, QObject *parent)
    : QObject(parent)
    , m_snapshot(std::move(snapshot))
    , m_autosave(nullptr)
    , m_row(std::make_shared<std::atomic<qint64>>(0))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelay);
    connect(&m_autosave, &ClockTimer::timeout, this, &ComposeLocalCopy::autosave);
}

void ComposeLocalCopy::setStores(LocalDrafts *drafts, Outbox *outbox)
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
    m_autosave.start();
}

void ComposeLocalCopy::autosave()
{
    m_autosave.stop();
    std::optional<LocalDraft> draft = m_snapshot();
    if (!draft)
        return;
    if (!m_drafts) {
        m_failing = true;
        Q_EMIT autosaveFailed(tr("there is no place for local drafts on this computer"));
        return;
    }
    struct Saved
    {
        bool ok = false;
        QString error;
    };
    m_drafts->call(
        [row = m_row, draft = *draft](LocalDraftStore &store) mutable {
            draft.id = row->load();
            const qint64 id = store.isOpen() ? store.save(draft) : 0;
            if (id != 0)
                row->store(id);
            return Saved {id != 0, store.errorText()};
        },
        this,
        [this](const Saved &saved) {
            if (!saved.ok) {
                m_failing = true;
                Q_EMIT autosaveFailed(saved.error.isEmpty() ? tr("the local drafts file cannot be written")
                                                            : saved.error);
            } else if (std::exchange(m_failing, false)) {
                Q_EMIT autosaveWorks();
            }
        });
}

void ComposeLocalCopy::adoptDraft(qint64 id)
{
    if (!m_drafts) {
        m_row->store(id);
        return;
    }
    m_drafts->post([row = m_row, id](LocalDraftStore &) { row->store(id); });
}

void ComposeLocalCopy::forgetDraft()
{
    m_autosave.stop();
    if (!m_drafts)
        return m_row->store(0);
    m_drafts->post([row = m_row](LocalDraftStore &store) {
        if (const qint64 id = row->exchange(0))
            store.remove(id);
    });
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
