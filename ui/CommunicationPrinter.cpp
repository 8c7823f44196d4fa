#include "CommunicationPrinter.h"

#include "DisplayText.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace commdesk {

namespace {

// Loads nothing a communication's HTML asks for.
class SealedDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"padding-right:12px;color:#555555\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

CommunicationPrinter::CommunicationPrinter(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

std::unique_ptr<QTextDocument> CommunicationPrinter::document(const Communication &c)
{
    auto document = std::make_unique<SealedDocument>();
    QString html = QStringLiteral("<h2>%1 — %2</h2><table>").arg(c.number.toHtmlEscaped(), c.subject.toHtmlEscaped());
    html += row(tr("Contact"),
                c.contact ? c.contact->displayName() + QStringLiteral(" (") + c.contact->number + QLatin1Char(')')
                          : QString());
    html += row(tr("To"), c.to);
    html += row(tr("Category"), c.category ? c.category->name : QString());
    html += row(tr("Direction"), c.direction ? DisplayText::direction(*c.direction) : QString());
    html += row(tr("Media"), c.media ? DisplayText::media(*c.media) : QString());
    html += row(tr("State"), c.lifeCycleState ? DisplayText::state(*c.lifeCycleState) : QString());
    if (c.logInformation && c.logInformation->createdDate && c.logInformation->createdDate->isValid())
        html += row(tr("Created"), DisplayText::dateTime(c.logInformation->createdDate->when()));
    html += row(tr("Notes"), c.notes);
    html += QStringLiteral("</table><hr/>");
    // The content as the detail pane shows it: HTML as HTML, anything else as text.
    html += Qt::mightBeRichText(c.content)
        ? c.content
        : QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(c.content.toHtmlEscaped());
    document->setHtml(html);
    document->setMetaInformation(QTextDocument::DocumentTitle, c.number + QStringLiteral(" ") + c.subject);
    return document;
}

void CommunicationPrinter::print(const Communication &communication)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(communication.number);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print %1").arg(communication.number));
    if (dialog.exec() != QDialog::Accepted)
        return;
    document(communication)->print(&printer);
    Q_EMIT status(tr("%1 sent to the printer.").arg(communication.number), 5000);
}

bool CommunicationPrinter::writePdf(const Communication &communication, const QString &path, QString *error)
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(communication.number);
    document(communication)->print(&printer);
    // QPrinter says nothing of a file it could not write: look.
    if (QFile::exists(path) && QFile(path).size() > 0)
        return true;
    if (error)
        *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
    return false;
}

void CommunicationPrinter::exportPdf(const Communication &communication)
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export as PDF"), QDir::home().filePath(communication.number + QStringLiteral(".pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePdf(communication, path, &error)) {
        QMessageBox::warning(m_window, tr("Export as PDF"), error);
        return;
    }
    Q_EMIT status(tr("%1 saved as %2.").arg(communication.number, QDir::toNativeSeparators(path)), 8000);
}

} // namespace commdesk
