#pragma once

#include "ComposeValidation.h"

#include <QHash>
#include <QPointer>

class QFormLayout;
class QLabel;
class QWidget;

namespace commdesk {

class FieldErrorLabel;

// Which FieldErrorLabel shows the errors of which request parameter, for the compose window's
// form: the window shows a list of issues, or one issue, by parameter. Holds no state of its own
// beyond that index; the labels are widgets of the form.
class ComposeFieldErrors
{
public:
    // Registers a field and makes its error label (hidden until needed; the caller lays it out).
    FieldErrorLabel *add(const QString &parameter, QWidget *field);
    // Adds a form row: a label that is the field's buddy, and the field with its error label under it.
    // The field's object name becomes the parameter (what tests and error mapping look for).
    void addRow(QFormLayout *layout, const QString &labelText, QWidget *field, const QString &parameter);

    // Shows these issues (several for one field are joined) and clears every other field's error.
    void show(const QList<ComposeIssue> &issues);
    // Shows one more issue without clearing the others; false when no field feeds that parameter.
    bool showIssue(const ComposeIssue &issue);
    void clear(const QString &parameter);
    void clearAll();

    bool contains(const QString &parameter) const { return m_labels.contains(parameter); }
    QWidget *field(const QString &parameter) const;
    QLabel *label(const QString &parameter) const;
    QString text(const QString &parameter) const;
    // The parameters that show an error now.
    QStringList shown() const;
    QList<FieldErrorLabel *> labels() const;

private:
    QHash<QString, QPointer<FieldErrorLabel>> m_labels;
};

} // namespace commdesk
