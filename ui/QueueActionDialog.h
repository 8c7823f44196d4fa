#pragma once

#include "QueueActionRunner.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace commdesk {

// Confirms a queue action: says what will happen to which entries and asks for a reason (always)
// and, for a reject, the error code and description the external system would have sent.
class QueueActionDialog : public QDialog
{
    Q_OBJECT

public:
    QueueActionDialog(QueueActionRunner::Action action, const QList<QueueEntry> &entries, QWidget *parent = nullptr);

    QueueActionRunner::Request request() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *errorCodeCombo() const { return m_code; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    static QString explanation(QueueActionRunner::Action action, int count);

private:
    void validate();

    QueueActionRunner::Action m_action;
    QList<QueueEntry> m_entries;
    QLineEdit *m_reason;
    QComboBox *m_code = nullptr;
    QLineEdit *m_description = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace commdesk
