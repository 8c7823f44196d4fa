#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace commdesk {

namespace {

QPlainTextEdit *pane(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    return edit;
}

} // namespace

QString ConflictDialog::describe(const QString &subject, const QString &content, const QString &to,
                                 const QString &notes)
{
    return tr("Subject: %1\nTo: %2\nNotes: %3\n\n%4").arg(subject, to, notes, content);
}

ConflictDialog::ConflictDialog(const ComposeForm &mine, const Communication &theirs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on the server"));
    auto *intro =
        new QLabel(tr("Someone changed %1 since you began editing it. Which version should stay?").arg(theirs.number));
    intro->setWordWrap(true);
    const QString updatedBy = theirs.logInformation && theirs.logInformation->updatedBy
        ? theirs.logInformation->updatedBy->username
        : QString();
    auto *buttons = new QDialogButtonBox;
    QPushButton *keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMine"));
    keep->setAccessibleName(tr("Keep my version"));
    QPushButton *take = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::DestructiveRole);
    take->setObjectName(QStringLiteral("takeTheirs"));
    take->setAccessibleName(tr("Take the server's version"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);

    auto *layout = new QGridLayout(this);
    layout->addWidget(intro, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Mine")), 1, 0);
    layout->addWidget(
        new QLabel(updatedBy.isEmpty() ? tr("On the server") : tr("On the server (by %1)").arg(updatedBy)), 1, 1);
    layout->addWidget(
        pane(describe(mine.subject, mine.content, mine.to, mine.notes), QStringLiteral("mine"), tr("My version")), 2,
        0);
    layout->addWidget(pane(describe(theirs.subject, theirs.content, theirs.to, theirs.notes), QStringLiteral("theirs"),
                           tr("The server's version")),
                      2, 1);
    layout->addWidget(buttons, 3, 0, 1, 2);
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(take, &QPushButton::clicked, this, [this] { done(TakeTheirs); });
    connect(cancel, &QPushButton::clicked, this, [this] { done(Cancel); });
    resize(720, 420);
}

} // namespace commdesk
