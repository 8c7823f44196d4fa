#pragma once

#include "ComposeValidation.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QWidget;

namespace commdesk {

// The error texts beside the fields of the compose window: one small red label under each field,
// keyed by the request parameter the field feeds (ComposeIssue::parameter), and the same text as the
// field's accessible description so that a screen reader announces it with the field.
class ComposeFieldErrors : public QObject
{
    Q_OBJECT

public:
    explicit ComposeFieldErrors(QObject *parent = nullptr);

    // Registers a field and makes its error label (hidden until needed; the caller lays it out).
    // Editing a line edit, a text edit or a combo box clears its error.
    QLabel *add(const QString &parameter, QWidget *field);
    // Adds a form row: a label that is the field's buddy, and the field with its error label under it.
    // The field's object name becomes the parameter (what tests and error mapping look for).
    void addRow(QFormLayout *layout, const QString &labelText, QWidget *field, const QString &parameter);

    // Shows these issues (several for one field are joined) and clears every other field's error.
    void show(const QList<ComposeIssue> &issues);
    // Shows one more issue without clearing the others; false when no field feeds that parameter.
    bool showIssue(const ComposeIssue &issue);
    void clear(const QString &parameter);
    void clearAll();

    bool contains(const QString &parameter) const { return m_slots.contains(parameter); }
    QWidget *field(const QString &parameter) const;
    QLabel *label(const QString &parameter) const;
    QString text(const QString &parameter) const;
    // The parameters that show an error now.
    QStringList shown() const;

Q_SIGNALS:
    // A field now shows an error (the compose window opens a collapsed section holding it).
    void errorShown(const QString &parameter);

private:
    struct Slot
    {
        QPointer<QWidget> field;
        QPointer<QLabel> label;
        QString description; // the field's accessible description without an error
    };
    void setText(const QString &parameter, const QString &text);

    QHash<QString, Slot> m_slots;
};

} // namespace commdesk
