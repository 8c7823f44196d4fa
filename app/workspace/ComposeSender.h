#pragma once

#include "Communication.h"
#include "CommunicationsApi.h"
#include "ComposeForm.h"
#include "UserQuestions.h"

#include <QObject>
#include <QPointer>

namespace commdesk {

// The server's side of a compose window (docs/api-contract.md "Communications"): loads a draft, and carries Send or
// Save as draft there — a create, or for an edited draft an update of just what changed, checked first against the
// server's version so that a change made elsewhere is not overwritten unseen (the user is asked through UserQuestions).
// One call at a time, owned here: cancel() or the sender's end aborts it.
class ComposeSender : public QObject
{
    Q_OBJECT

public:
    // What goes to the server, and whether the window closes once the server has it.
    struct Submission
    {
        ComposeForm form;
        ComposeContext context;
        LifeCycleState state = LifeCycleState::Completed;
        bool closeAfter = false;
    };

    // Conflict questions go to `questions`.
    ComposeSender(CommunicationsApi *api, UserQuestions *questions, QObject *parent = nullptr);

    bool isBusy() const { return m_request != nullptr; }
    // Abandons the call in flight, if any; no signal follows.
    void cancel();
    // The submission last started: what `saved`, `failed` and `unchanged` report on.
    const Submission &submission() const { return m_submission; }

    // The full draft (the caller may hold a summary with fewer members).
    void load(const QString &draftId);
    void create(const Submission &submission);
    // Updates `draft`, whose form was `baseline` when loaded or last saved: only the difference goes.
    void update(const Submission &submission, const Communication &draft, const ComposeForm &baseline);
    // Whether the server's copy holds other texts than the form had when loaded or last saved.
    static bool textsDiffer(const ComposeForm &baseline, const Communication &theirs);

Q_SIGNALS:
    // A call went out; `status` says what it waits for.
    void started(const QString &status);
    // Its answer came; the outcome follows.
    void finished();
    void loaded(const commdesk::Communication &draft);
    void loadFailed(const commdesk::ApiError &error);
    void saved(const commdesk::Communication &communication);
    void failed(const commdesk::ApiError &error);
    // Save as draft with nothing changed since the baseline: nothing was sent.
    void unchanged();
    // The draft had changed on the server and the user chose: keep mine (sent over theirs, which is
    // seen now) or take theirs (nothing sent).
    void keptMine(const commdesk::Communication &theirs);
    void tookTheirs(const commdesk::Communication &theirs);

private:
    QObject *start(const QString &status);
    void finish();
    void report(const Result<Communication> &result);
    void askAboutConflict(const Communication &theirs);
    void sendUpdate();

    CommunicationsApi *m_api;
    UserQuestions *m_questions;
    QPointer<QObject> m_request; // owner of the call in flight; deleting it aborts the call
    Submission m_submission;
    QString m_draftId;
    ComposeForm m_baseline;
};

} // namespace commdesk
