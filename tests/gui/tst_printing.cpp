// Print… and Export as PDF… (ui/CommunicationPrinter): the page holds the number, subject, fields and
// content (HTML as HTML, text as text), loads nothing the content asks for, and the PDF is written where
// asked, or a reason is given.
#include "CommunicationPrinter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace commdesk;

namespace {

Communication communication(const QString &content)
{
    Communication c;
    c.id = QStringLiteral("A1");
    c.number = QStringLiteral("CM004902");
    c.subject = QStringLiteral("Invoice overdue");
    c.content = content;
    c.to = QStringLiteral("maria@example.com");
    c.notes = QStringLiteral("Called twice");
    c.direction = WireValue<Direction>(Direction::Outgoing);
    c.media = WireValue<Media>(Media::Email);
    Contact contact;
    contact.number = QStringLiteral("CI000271");
    contact.name = QStringLiteral("Maria Ioannou");
    c.contact = contact;
    c.category = Category {QStringLiteral("K1"), QStringLiteral("Billing"), {}, {}, {}};
    return c;
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePageHoldsTheFieldsAndTheContent()
    {
        const auto page = CommunicationPrinter::document(
            communication(QStringLiteral("<p>Your <b>payment</b> is late.</p><img src=\"file:///etc/passwd\">")));
        const QString text = page->toPlainText();
        for (const QString &expected :
             {QStringLiteral("CM004902"), QStringLiteral("Invoice overdue"), QStringLiteral("Maria Ioannou (CI000271)"),
              QStringLiteral("maria@example.com"), QStringLiteral("Billing"), QStringLiteral("Called twice"),
              QStringLiteral("Your payment is late.")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
        QVERIFY(!text.contains(QStringLiteral("<b>")));
        QVERIFY(page->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());
        // Text content keeps its markup-looking characters as text.
        QVERIFY(CommunicationPrinter::document(communication(QStringLiteral("a < b & c")))
                    ->toPlainText()
                    .contains(QStringLiteral("a < b & c")));
    }

    void writesAPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("CM004902.pdf"));
        QString error;
        QVERIFY2(CommunicationPrinter::writePdf(communication(QStringLiteral("Hello")), path, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // Written again over it.
        QVERIFY(CommunicationPrinter::writePdf(communication(QStringLiteral("Again")), path, &error));
        // A folder that does not exist: a reason, no file.
        const QString nowhere = dir.filePath(QStringLiteral("missing/CM004902.pdf"));
        QVERIFY(!CommunicationPrinter::writePdf(communication(QStringLiteral("Hello")), nowhere, &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
