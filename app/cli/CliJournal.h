#pragma once

#include "ActionJournal.h"

#include <QProcessEnvironment>

namespace commdesk {

// Where commdesk-cli writes the queue actions it takes (complete, reject, remove): the desktop app's
// own action journal (action-journal.sqlite in its data folder), so that one journal holds every
// action taken from this desk, in the app or in a script. COMMDESK_JOURNAL=PATH names another file.
class CliJournal
{
public:
    static QString path(const QProcessEnvironment &environment);
    // Empty when the record was written; otherwise why it was not.
    static QString append(const QString &path, const JournalRecord &record);
};

} // namespace commdesk
