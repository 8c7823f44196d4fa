#include "QueueActionDialog.h"

#include "Accessibility.h"
#include "DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commdesk {

QString QueueActionDialog::explanation(QueueActionRunner::Action action, int count)
{
    // The states by the labels the State column shows, so that the sentence and the table read alike.
    switch (action) {
    case QueueActionRunner::Action::Complete:
        return tr("%n pending entries will be marked “%1”, as if the external system had delivered them. "
                  "The external system will no longer see them as pending.",
                  nullptr, count)
            .arg(DisplayText::queueState(QueueState::Completed));
    case QueueActionRunner::Action::Reject:
        return tr("%n pending entries will be marked “%1” with the error below. They will not be delivered; "
                  "you can resend a corrected communication afterwards.",
                  nullptr, count)
            .arg(DisplayText::queueState(QueueState::Rejected));
    case QueueActionRunner::Action::Remove:
        return tr("%n entries will be marked “%1”: taken out of the queue for good. "
                  "A pending one will never be delivered.",
                  nullptr, count)
            .arg(DisplayText::queueState(QueueState::CompletedAndRemoved));
    case QueueActionRunner::Action::Resend:
        return tr("%n rejected entries will be sent again: the communication of each is copied as a new outgoing "
                  "communication that refers to it, and enters the queue as a new pending entry. The rejected "
                  "entries stay as they are.",
                  nullptr, count);
    }
    return {};
}

QueueActionDialog::QueueActionDialog(QueueActionRunner::Action action, const QList<QueueEntry> &entries,
                                     QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_entries(entries)
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const int count = int(entries.size());
    const QString titles[] = {tr("Complete queue entries"), tr("Reject queue entries"), tr("Remove queue entries"),
                              tr("Resend rejected entries")};
    const QString verbs[] = {tr("Complete"), tr("Reject"), tr("Remove"), tr("Resend")};
    setWindowTitle(titles[int(action)]);
    setObjectName(QStringLiteral("queueActionDialog"));

    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(explanation(action, count), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    QStringList numbers;
    for (const QueueEntry &entry : entries.mid(0, 12))
        numbers.append(entry.number);
    if (count > 12)
        numbers.append(tr("and %n more", nullptr, count - 12));
    auto *which = new QLabel(numbers.join(QStringLiteral(", ")), this);
    which->setWordWrap(true);
    which->setTextInteractionFlags(Qt::TextSelectableByMouse);
    which->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(which);

    auto *form = new QFormLayout;
    if (action == QueueActionRunner::Action::Reject) {
        m_code = new QComboBox(this);
        m_code->setEditable(true);
        m_code->addItems({QStringLiteral("INVALID_DESTINATION"), QStringLiteral("ABSENT_SUBSCRIBER"),
                          QStringLiteral("MESSAGE_TOO_LONG"), QStringLiteral("MAILBOX_FULL"), QStringLiteral("BOUNCED"),
                          QStringLiteral("USER_NOT_REGISTERED"), QStringLiteral("CANCELLED_BY_SUPERVISOR")});
        m_code->setCurrentText(QStringLiteral("CANCELLED_BY_SUPERVISOR"));
        m_code->setAccessibleName(tr("Error code"));
        accessibility::nameInnerField(m_code);
        m_description = new QLineEdit(this);
        m_description->setAccessibleName(tr("Error description"));
        m_description->setPlaceholderText(tr("What the external system should have said"));
        form->addRow(tr("Error &code:"), m_code);
        form->addRow(tr("&Description:"), m_description);
        connect(m_code, &QComboBox::currentTextChanged, this, &QueueActionDialog::validate);
        connect(m_description, &QLineEdit::textChanged, this, &QueueActionDialog::validate);
    }
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why (kept in the action journal)"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(verbs[int(action)]);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &QueueActionDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

void QueueActionDialog::validate()
{
    bool ok = !m_reason->text().trimmed().isEmpty();
    if (m_code)
        ok = ok && !m_code->currentText().trimmed().isEmpty() && !m_description->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QueueActionRunner::Request QueueActionDialog::request() const
{
    QueueActionRunner::Request request;
    request.action = m_action;
    request.entries = m_entries;
    request.reason = m_reason->text().trimmed();
    if (m_code) {
        request.errorCode = m_code->currentText().trimmed();
        request.errorDescription = m_description->text().trimmed();
    }
    return request;
}

} // namespace commdesk
