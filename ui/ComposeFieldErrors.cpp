#include "ComposeFieldErrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace commdesk {

ComposeFieldErrors::ComposeFieldErrors(QObject *parent)
    : QObject(parent)
{ }

QLabel *ComposeFieldErrors::add(const QString &parameter, QWidget *field)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("error_") + parameter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    m_slots.insert(parameter, Slot {field, label, field->accessibleDescription()});

    const auto clearThis = [this, parameter] { clear(parameter); };
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textEdited, this, clearThis);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        connect(text, &QPlainTextEdit::textChanged, this, clearThis);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::activated, this, clearThis);
    return label;
}

void ComposeFieldErrors::addRow(QFormLayout *layout, const QString &labelText, QWidget *field, const QString &parameter)
{
    field->setObjectName(parameter);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(QString(labelText).remove(QLatin1Char('&')));
    auto *label = new QLabel(labelText);
    label->setBuddy(field);
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(add(parameter, field));
    layout->addRow(label, cell);
}

void ComposeFieldErrors::show(const QList<ComposeIssue> &issues)
{
    QHash<QString, QStringList> texts;
    for (const ComposeIssue &issue : issues)
        texts[issue.parameter].append(issue.message);
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
        setText(it.key(), texts.value(it.key()).join(QLatin1Char('\n')));
}

bool ComposeFieldErrors::showIssue(const ComposeIssue &issue)
{
    if (!m_slots.contains(issue.parameter))
        return false;
    setText(issue.parameter, issue.message);
    return true;
}

void ComposeFieldErrors::clear(const QString &parameter)
{
    if (m_slots.contains(parameter))
        setText(parameter, {});
}

void ComposeFieldErrors::clearAll()
{
    show({});
}

QWidget *ComposeFieldErrors::field(const QString &parameter) const
{
    return m_slots.value(parameter).field;
}

QLabel *ComposeFieldErrors::label(const QString &parameter) const
{
    return m_slots.value(parameter).label;
}

QString ComposeFieldErrors::text(const QString &parameter) const
{
    const QLabel *shown = label(parameter);
    return shown && !shown->isHidden() ? shown->text() : QString();
}

QStringList ComposeFieldErrors::shown() const
{
    QStringList parameters;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (it->label && !it->label->isHidden())
            parameters.append(it.key());
    }
    return parameters;
}

void ComposeFieldErrors::setText(const QString &parameter, const QString &text)
{
    const Slot slot = m_slots.value(parameter);
    if (!slot.label || !slot.field)
        return;
    slot.label->setText(text);
    slot.label->setHidden(text.isEmpty());
    slot.field->setAccessibleDescription(text.isEmpty() ? slot.description : text);
    if (!text.isEmpty())
        Q_EMIT errorShown(parameter);
}

} // namespace commdesk
