#pragma once

#include "ComposeForm.h"

#include <QByteArray>

namespace commdesk {

// A ComposeForm as compact JSON, for the local drafts and the outbox (store/ keeps it as an opaque
// text). Reading is tolerant: a member that is missing or unreadable stays as a new form has it.
class ComposeFormJson
{
public:
    static QByteArray write(const ComposeForm &form);
    static ComposeForm read(const QByteArray &json);
};

} // namespace commdesk
