#include "ComposeSender.h"

#include "ComposeRequest.h"

namespace commdesk {

ComposeSender::ComposeSender(CommunicationsApi *api, UserQuestions *questions, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_questions(questions)
{ }

void ComposeSender::cancel()
{
    delete m_request;
}

QObject *ComposeSender::start(const QString &status)
{
    m_request = new QObject(this);
    Q_EMIT started(status);
    return m_request;
}

void ComposeSender::finish()
{
    // Called from the call's own answer: its owner goes once that has returned.
    if (m_request)
        m_request->deleteLater();
    m_request = nullptr;
    Q_EMIT finished();
}

void ComposeSender::report(const Result<Communication> &result)
{
    finish();
    if (result)
        Q_EMIT saved(result.value());
    else
        Q_EMIT failed(result.error());
}

void ComposeSender::load(const QString &draftId)
{
    m_api->show(start(tr("Loading the draft…")), Identifier::byId(draftId), {},
                [this](const Result<Communication> &result) {
                    finish();
                    if (result)
                        Q_EMIT loaded(result.value());
                    else
                        Q_EMIT loadFailed(result.error());
                });
}

void ComposeSender::create(const Submission &submission)
{
    m_submission = submission;
    QObject *owner = start(submission.state == LifeCycleState::Draft ? tr("Saving the draft…") : tr("Sending…"));
    m_api->create(owner, ComposeRequest::contact(submission.form),
                  ComposeRequest::forCreate(submission.form, submission.context, submission.state),
                  [this](const Result<Communication> &result) { report(result); });
}

bool ComposeSender::textsDiffer(const ComposeForm &baseline, const Communication &theirs)
{
    // updated_date is written to the second (Java dates): a change made elsewhere within the second
    // the draft was loaded in shows only in the members themselves. The texts come back from the
    // server as they were sent, so comparing them gives no false alarms.
    const ComposeForm server = ComposeForm::fromCommunication(theirs);
    return server.direction != baseline.direction || server.media != baseline.media
        || server.subject != baseline.subject || server.content != baseline.content || server.to != baseline.to
        || server.notes != baseline.notes || server.udfStrings != baseline.udfStrings;
}

void ComposeSender::update(const Submission &submission, const Communication &draft, const ComposeForm &baseline)
{
    m_submission = submission;
    m_draftId = draft.id;
    m_baseline = baseline;
    const std::optional<ApiDate> since = draft.logInformation ? draft.logInformation->updatedDate : std::nullopt;
    if (!since) {
        sendUpdate();
        return;
    }
    m_api->show(start(tr("Checking the server's version…")), Identifier::byId(m_draftId), {},
                [this, since](const Result<Communication> &result) {
                    finish();
                    const std::optional<LogInformation> log = result ? result.value().logInformation : std::nullopt;
                    // A copy no longer a draft cannot take either version: the update's refusal says so.
                    const bool stillDraft = result && result.value().lifeCycleState != LifeCycleState::Completed;
                    const bool laterDate = log && log->updatedDate && !(*log->updatedDate == *since);
                    if (stillDraft && (laterDate || textsDiffer(m_baseline, result.value())))
                        askAboutConflict(result.value());
                    else // unchanged, or not known: the update itself says what the server thinks
                        sendUpdate();
                });
}

void ComposeSender::askAboutConflict(const Communication &theirs)
{
    // No nested event loop (docs/architecture.md "Rules of the house"): the choice arrives later, or never.
    m_questions->askAboutConflict(m_submission.form, theirs, this,
                                  [this, theirs](UserQuestions::ConflictChoice choice) {
                                      if (choice == UserQuestions::ConflictChoice::KeepMine) {
                                          Q_EMIT keptMine(theirs); // seen: mine goes over it
                                          sendUpdate();
                                      } else if (choice == UserQuestions::ConflictChoice::TakeTheirs) {
                                          Q_EMIT tookTheirs(theirs);
                                      }
                                  });
}

void ComposeSender::sendUpdate()
{
    const Submission &s = m_submission;
    CommunicationInput changes = ComposeRequest::forUpdate(m_baseline, s.form, s.context, std::nullopt);
    const Identifier draft = Identifier::byId(m_draftId);
    const auto done = [this](const Result<Communication> &result) { report(result); };
    if (s.state == LifeCycleState::Draft) {
        if (changes.isEmpty()) {
            Q_EMIT unchanged();
            return;
        }
        m_api->update(start(tr("Saving the draft…")), draft, changes, done);
        return;
    }
    // Completing an edited draft. docs/api-contract.md "Communications" lets an update carry any create member,
    // life_cycle_state included, and only DRAFTs can be edited; so the changes and COMPLETED travel in
    // one update. One call is atomic: a refused change leaves the draft untouched, where update-then-
    // complete could leave it updated but not completed when the second call fails, and POSTs are
    // never repeated blindly (docs/architecture.md "Rules of the house"). With nothing changed, communications/complete
    // says the same with no members to send.
    if (changes.isEmpty()) {
        m_api->complete(start(tr("Completing…")), draft, done);
        return;
    }
    changes.lifeCycleState = LifeCycleState::Completed;
    m_api->update(start(tr("Sending…")), draft, changes, done);
}

} // namespace commdesk
