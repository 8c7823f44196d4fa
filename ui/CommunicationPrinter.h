#pragma once

#include "Communication.h"

#include <QObject>

#include <memory>

class QTextDocument;
class QWidget;

namespace commdesk {

// Communication > Print… and Export as PDF…: the open communication on paper or in a PDF file, a header
// of its fields above its content. The document loads no resource (no remote images, no local files),
// as the detail pane does not.
class CommunicationPrinter : public QObject
{
    Q_OBJECT

public:
    explicit CommunicationPrinter(QWidget *window);

    // The page as printed: number and subject as the title, the fields, then the content.
    static std::unique_ptr<QTextDocument> document(const Communication &communication);

    // Asks for a printer, then prints.
    void print(const Communication &communication);
    // Asks for a file, then writes it.
    void exportPdf(const Communication &communication);
    // Writes the PDF to `path`; false with `error` set when it cannot be written.
    static bool writePdf(const Communication &communication, const QString &path, QString *error);

Q_SIGNALS:
    void status(const QString &text, int timeout);

private:
    QWidget *m_window;
};

} // namespace commdesk
