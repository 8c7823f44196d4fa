#include "ComposeFieldErrors.h"

#include "Accessibility.h"
#include "FieldErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace commdesk {

FieldErrorLabel *ComposeFieldErrors::add(const QString &parameter, QWidget *field)
{
    auto *label = new FieldErrorLabel(parameter, field);
    m_labels.insert(parameter, label);
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
    if (auto *combo = qobject_cast<QComboBox *>(field))
        accessibility::labelComboBox(combo); // the form's label is not its sibling
    column->addWidget(add(parameter, field));
    layout->addRow(label, cell);
}

void ComposeFieldErrors::show(const QList<ComposeIssue> &issues)
{
    QHash<QString, QStringList> texts;
    for (const ComposeIssue &issue : issues)
        texts[issue.parameter].append(issue.message);
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (*it)
            (*it)->setError(texts.value(it.key()).join(QLatin1Char('\n')));
    }
}

bool ComposeFieldErrors::showIssue(const ComposeIssue &issue)
{
    FieldErrorLabel *label = m_labels.value(issue.parameter);
    if (!label)
        return false;
    label->setError(issue.message);
    return true;
}

void ComposeFieldErrors::clear(const QString &parameter)
{
    if (FieldErrorLabel *label = m_labels.value(parameter))
        label->setError({});
}

void ComposeFieldErrors::clearAll()
{
    show({});
}

QWidget *ComposeFieldErrors::field(const QString &parameter) const
{
    const FieldErrorLabel *label = m_labels.value(parameter);
    return label ? label->field() : nullptr;
}

QLabel *ComposeFieldErrors::label(const QString &parameter) const
{
    return m_labels.value(parameter);
}

QString ComposeFieldErrors::text(const QString &parameter) const
{
    const FieldErrorLabel *label = m_labels.value(parameter);
    return label ? label->error() : QString();
}

QStringList ComposeFieldErrors::shown() const
{
    QStringList parameters;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (*it && !(*it)->isHidden())
            parameters.append(it.key());
    }
    return parameters;
}

QList<FieldErrorLabel *> ComposeFieldErrors::labels() const
{
    QList<FieldErrorLabel *> all;
    for (const QPointer<FieldErrorLabel> &label : m_labels) {
        if (label)
            all.append(label);
    }
    return all;
}

} // namespace commdesk
