#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace commdesk {

class DiagnosticLog;

// Account > Diagnostic log: the last requests and errors, redacted, to read and to copy into a
// support ticket. Follows the log while open.
class DiagnosticLogDialog : public QDialog
{
    Q_OBJECT

public:
    DiagnosticLogDialog(DiagnosticLog *log, QWidget *parent = nullptr);

    QString text() const;
    void copyToClipboard();

private:
    void refresh();

    DiagnosticLog *m_log;
    QPlainTextEdit *m_view;
};

} // namespace commdesk
