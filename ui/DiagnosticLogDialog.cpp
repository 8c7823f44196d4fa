#include "DiagnosticLogDialog.h"

#include "DiagnosticLog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace commdesk {

DiagnosticLogDialog::DiagnosticLogDialog(DiagnosticLog *log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Diagnostic log"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFont(QStringLiteral("monospace")));
    m_view->setAccessibleName(tr("Diagnostic log"));
    auto *note = new QLabel(
        tr("The last %1 requests and errors. Tokens, passwords and API keys are removed.").arg(log->capacity()), this);
    note->setWordWrap(true);
    m_view->setAccessibleDescription(note->text());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy the diagnostic log"));
    connect(copy, &QPushButton::clicked, this, &DiagnosticLogDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(log, &DiagnosticLog::added, this, &DiagnosticLogDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(900, 500);
    refresh();
}

QString DiagnosticLogDialog::text() const
{
    return m_view->toPlainText();
}

void DiagnosticLogDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_log->text());
}

void DiagnosticLogDialog::refresh()
{
    const bool atEnd = m_view->verticalScrollBar()->value() == m_view->verticalScrollBar()->maximum();
    m_view->setPlainText(m_log->text());
    if (atEnd)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

} // namespace commdesk
