#include "QueueActionRunner.h"

#include "Clock.h"

#include <QTimer>

namespace commdesk {

QueueActionRunner::QueueActionRunner(QueueApi *api, JournalWriter journal, QObject *parent, Clock *clock)
    : QObject(parent)
    , m_api(api)
    , m_journal(std::move(journal))
    , m_clock(Clock::orSystem(clock))
{ }

bool QueueActionRunner::allows(Action action, const std::optional<WireValue<QueueState>> &state)
{
    switch (action) {
    case Action::Complete:
    case Action::Reject:
        return state == QueueState::Pending;
    case Action::Remove:
        return state == QueueState::Pending || state == QueueState::Completed;
    case Action::Resend:
        return state == QueueState::Rejected;
    }
    return false;
}

QString QueueActionRunner::wireName(Action action)
{
    switch (action) {
    case Action::Complete:
        return QStringLiteral("complete");
    case Action::Reject:
        return QStringLiteral("reject");
    case Action::Remove:
        return QStringLiteral("remove");
    case Action::Resend:
        return QStringLiteral("resend");
    }
    return {};
}

void QueueActionRunner::record(const Request &request, const QueueEntry &entry, const Result<QueueEntry> &result)
{
    if (m_journal)
        m_journal(journalRecord(request, entry, result, m_user, m_clock->now()));
}

JournalRecord QueueActionRunner::resendRecord(const QueueEntry &entry, const Communication &sent, const QString &reason,
                                              const QString &user, const QDateTime &at)
{
    JournalRecord record;
    record.at = at;
    record.user = user;
    record.action = wireName(Action::Resend);
    record.entryNumber = entry.number;
    record.entryId = entry.id;
    record.reason = reason;
    record.detail = tr("resent as %1").arg(sent.number);
    record.succeeded = true;
    record.answer = sent.lifeCycleState ? commdesk::wireName(*sent.lifeCycleState) : QString();
    return record;
}

CommunicationInput QueueActionRunner::resendInput(const Communication &original)
{
    CommunicationInput input;
    input.direction = Direction::Outgoing;
    input.lifeCycleState = LifeCycleState::Completed;
    if (const std::optional<Media> media = knownValue(original.media))
        input.media = *media;
    if (original.category)
        input.category = Identifier::byId(original.category->id);
    if (original.externalSystem)
        input.externalSystem = Identifier::byId(original.externalSystem->id);
    if (!original.subject.isEmpty())
        input.subject = original.subject;
    if (!original.content.isEmpty())
        input.content = original.content;
    if (!original.to.isEmpty())
        input.to = original.to;
    input.referringTo = ReferringTo {ReferringEntity::Communications, original.id, original.number};
    return input;
}

void QueueActionRunner::resend(const Request &request, const QueueEntry &entry)
{
    auto fail = [this, request, entry](const ApiError &error) {
        record(request, entry, error);
        settle({entry, error});
    };
    if (!m_communications || !entry.communication || entry.communication->id.isEmpty())
        return fail(ApiError(ApiError::Kind::Usage, tr("%1 names no communication to send again.").arg(entry.number)));
    m_communications->show(
        this, Identifier::byId(entry.communication->id), {},
        [this, request, entry, fail](const Result<Communication> &original) {
            if (!original.ok())
                return fail(original.error());
            if (!original.value().contact)
                return fail(ApiError::protocol(tr("The communication of %1 names no contact.").arg(entry.number)));
            m_communications->create(
                this, Identifier::byId(original.value().contact->id), resendInput(original.value()),
                [this, request, entry, fail](const Result<Communication> &sent) {
                    if (!sent.ok())
                        return fail(sent.error());
                    // The entry itself stays REJECTED; the record says what was sent instead.
                    if (m_journal)
                        m_journal(resendRecord(entry, sent.value(), request.reason, m_user, m_clock->now()));
                    settle({entry, std::nullopt});
                });
        });
}

QString QueueActionRunner::userOf(const Credentials &credentials)
{
    return credentials.usesApiKey() ? tr("API key") : credentials.username;
}

JournalRecord QueueActionRunner::journalRecord(const Request &request, const QueueEntry &entry,
                                               const Result<QueueEntry> &result, const QString &user,
                                               const QDateTime &at)
{
    JournalRecord r;
    r.at = at;
    r.user = user;
    r.action = wireName(request.action);
    r.entryNumber = entry.number;
    r.entryId = entry.id;
    r.reason = request.reason;
    if (request.action == Action::Reject)
        r.detail = request.errorCode + QStringLiteral(": ") + request.errorDescription;
    r.succeeded = result.ok();
    if (result.ok()) {
        r.answer =
            result.value().lifeCycleState ? commdesk::wireName(*result.value().lifeCycleState) : QStringLiteral("OK");
    } else {
        const ApiError &error = result.error();
        r.answer = error.code().isEmpty() ? error.userText() : error.code() + QStringLiteral(": ") + error.userText();
    }
    return r;
}

void QueueActionRunner::run(const Request &request)
{
    m_outcomes.clear();
    m_outstanding = int(request.entries.size());
    if (m_outstanding == 0) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished({}); });
        return;
    }
    for (const QueueEntry &entry : request.entries) {
        if (!allows(request.action, entry.lifeCycleState)) {
            // Refused here, not by the server: no message, since userText() quotes a message as the server's words.
            const ApiError refused = ApiError::api(QStringLiteral("INVALID_STATE"), {}, {});
            record(request, entry, refused);
            QTimer::singleShot(0, this, [this, entry, refused] { settle({entry, refused}); });
            continue;
        }
        auto done = [this, request, entry](const Result<QueueEntry> &result) {
            record(request, entry, result);
            if (result.ok()) {
                Q_EMIT entryUpdated(result.value());
                settle({result.value(), std::nullopt});
            } else {
                settle({entry, result.error()});
            }
        };
        const Identifier id = Identifier::byId(entry.id);
        switch (request.action) {
        case Action::Resend:
            resend(request, entry);
            break;
        case Action::Complete:
            m_api->complete(this, id, done);
            break;
        case Action::Reject:
            m_api->reject(this, id, request.errorCode, request.errorDescription, done);
            break;
        case Action::Remove:
            m_api->remove(this, id, done);
            break;
        }
    }
}

void QueueActionRunner::settle(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    if (--m_outstanding == 0)
        Q_EMIT finished(m_outcomes);
}

} // namespace commdesk
