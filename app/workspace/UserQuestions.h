#pragma once

#include "Communication.h"
#include "ComposeForm.h"

#include <QObject>

#include <functional>

namespace commdesk {

// What the application layer asks the user, answered by the widgets (ui/ implements it with dialogs).
// No dialog is opened from below ui/, and no question waits in a nested event loop: every answer
// comes back through its function, later, and is dropped if the asker is gone by then.
class UserQuestions
{
public:
    enum class ConflictChoice { Cancel, KeepMine, TakeTheirs };

    virtual ~UserQuestions() = default;

    // The draft changed on the server since editing began: keep mine, take theirs, or cancel.
    virtual void askAboutConflict(const ComposeForm &mine, const Communication &theirs, QObject *context,
                                  std::function<void(ConflictChoice)> answer) = 0;
};

} // namespace commdesk
