// The detail pane: what it shows of a communication, and that HTML content is shown safely.
#include "CommunicationView.h"
#include "MessageBanner.h"
#include "SafeTextBrowser.h"
#include "Wait.h"

#include <QSignalSpy>
#include <QTest>

using namespace commdesk;

namespace {

Communication sample()
{
    Communication c;
    c.id = QStringLiteral("0A1B2C3D4E5F60718293A4B5C6D7E8F9");
    c.number = QStringLiteral("CM000680");
    c.lifeCycleState = LifeCycleState::Completed;
    c.direction = Direction::Outgoing;
    c.media = Media::Email;
    c.subject = QStringLiteral("Your <b>invoice</b>");
    c.to = QStringLiteral("eleni@example.com");
    c.viewed = false;
    Contact contact;
    contact.number = QStringLiteral("CI000111");
    contact.firstName = QStringLiteral("Ελένη");
    contact.lastName = QStringLiteral("Γεωργίου");
    c.contact = contact;
    c.udfStrings[2] = QStringLiteral("Gold customer");
    UnrestrictedParameter parameter;
    parameter.name = QStringLiteral("Campaign");
    parameter.value = QStringLiteral("Spring 2025");
    c.unrestrictedParameters = {parameter};
    return c;
}

} // namespace

class TestCommunicationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheMembersThatHaveValues()
    {
        CommunicationView view;
        view.show();
        view.showCommunication(sample());
        QCOMPARE(view.fieldText(QStringLiteral("Number")), QStringLiteral("CM000680"));
        QCOMPARE(view.fieldText(QStringLiteral("Kind")), QStringLiteral("Outgoing · E-mail"));
        QCOMPARE(view.fieldText(QStringLiteral("Contact")), QStringLiteral("Ελένη Γεωργίου (CI000111)"));
        QCOMPARE(view.fieldText(QStringLiteral("Viewed")), QStringLiteral("Not yet"));
        QCOMPARE(view.fieldText(QStringLiteral("Text field 3")), QStringLiteral("Gold customer"));
        QCOMPARE(view.fieldText(QStringLiteral("Campaign")), QStringLiteral("Spring 2025"));
        QVERIFY(view.fieldText(QStringLiteral("Text field 1")).isEmpty()); // empty members are left out
        QVERIFY(view.fieldText(QStringLiteral("Category")).isEmpty());
    }

    void plainTextIsNotInterpreted()
    {
        CommunicationView view;
        Communication c = sample();
        c.content = QStringLiteral("Total < 5 & > 2");
        view.showCommunication(c);
        QCOMPARE(view.contentView()->toPlainText(), QStringLiteral("Total < 5 & > 2"));
    }

    void htmlLoadsNoResourceAndRunsNoScript()
    {
        CommunicationView view;
        QSignalSpy blocked(view.contentView(), &SafeTextBrowser::blockedResource);
        Communication c = sample();
        c.content = QStringLiteral("<html><body><p>Dear customer,</p>"
                                   "<img src=\"https://tracker.example.com/pixel.png\">"
                                   "<script>document.write('pwned')</script>"
                                   "<a href=\"https://example.com/pay\">Pay now</a></body></html>");
        view.show();
        view.showCommunication(c);
        WAIT_VERIFY(!blocked.isEmpty());
        QCOMPARE(blocked.first().first().toUrl(), QUrl(QStringLiteral("https://tracker.example.com/pixel.png")));
        const QString text = view.contentView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Dear customer")));
        QVERIFY(!text.contains(QStringLiteral("pwned")));
        QVERIFY(!view.contentView()->openLinks()); // links open only through a click, by us
        QVERIFY(!view.contentView()->openExternalLinks());
    }

    void errorsShowInTheBanner()
    {
        CommunicationView view;
        view.show();
        view.showCommunication(sample());
        view.showError(QStringLiteral("This is not allowed in the current state."));
        QVERIFY(view.banner()->isVisible());
        QCOMPARE(view.banner()->text(), QStringLiteral("This is not allowed in the current state."));
        QVERIFY(view.communication().has_value()); // what was shown stays
        view.clear();
        QVERIFY(!view.communication().has_value());
    }
};

QTEST_MAIN(TestCommunicationView)
#include "tst_communicationview.moc"
