#pragma once

#include <QLabel>
#include <QPointer>

namespace commdesk {

// The error text under one compose field: small and red, hidden while there is none, and the
// field's accessible description while shown, so that a screen reader announces it with the field.
// Editing the field (a line edit, a text edit or a combo box) clears it.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    // `parameter`: the request parameter the field feeds (ComposeIssue::parameter).
    FieldErrorLabel(const QString &parameter, QWidget *field, QWidget *parent = nullptr);

    QString parameter() const { return m_parameter; }
    QWidget *field() const { return m_field; }
    // Empty text hides the label and gives the field its own description back.
    void setError(const QString &text);
    QString error() const { return isHidden() ? QString() : text(); }

Q_SIGNALS:
    void errorShown(const QString &parameter);

private:
    QString m_parameter;
    QPointer<QWidget> m_field;
    QString m_description; // the field's accessible description without an error
};

} // namespace commdesk
