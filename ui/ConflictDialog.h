#pragma once

#include "Communication.h"
#include "ComposeForm.h"

#include <QDialog>

namespace commdesk {

// The draft changed on the server since editing began: both versions side by side, and the user
// chooses (keep mine, take theirs, or cancel) rather than overwriting unseen.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Cancel = 0, KeepMine = 1, TakeTheirs = 2 };

    ConflictDialog(const ComposeForm &mine, const Communication &theirs, QWidget *parent = nullptr);

    static QString describe(const QString &subject, const QString &content, const QString &to, const QString &notes);
};

} // namespace commdesk
