#include "FieldErrorLabel.h"

#include "Theme.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace commdesk {

FieldErrorLabel::FieldErrorLabel(const QString &parameter, QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_parameter(parameter)
    , m_field(field)
    , m_description(field->accessibleDescription())
{
    setObjectName(QStringLiteral("error_") + parameter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    theme::setTextTone(this, tones::Tone::Error);
    hide();

    const auto clearThis = [this] { setError({}); };
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textEdited, this, clearThis);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        connect(text, &QPlainTextEdit::textChanged, this, clearThis);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::activated, this, clearThis);
}

void FieldErrorLabel::setError(const QString &text)
{
    setText(text);
    setHidden(text.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(text.isEmpty() ? m_description : text);
    if (!text.isEmpty())
        Q_EMIT errorShown(m_parameter);
}

} // namespace commdesk
