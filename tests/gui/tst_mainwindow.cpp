// The communications workspace on real widgets against the in-process sandbox: sign in, pick a
// category, rows arrive, scrolling loads more, read one, filter, mark as viewed, complete a draft,
// find a contact, and an error shown where the user acted.
#include "AccountMenu.h"
#include "ApiTestSupport.h"
#include "BrowseSidebar.h"
#include "CategoryTreeModel.h"
#include "Clock.h"
#include "CommunicationListModel.h"
#include "CommunicationTable.h"
#include "CommunicationView.h"
#include "ComposeDialog.h"
#include "ComposeEditor.h"
#include "ConnectivityMonitor.h"
#include "CrmConnection.h"
#include "ListFilterBar.h"
#include "ListWatch.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "QueueMonitorWidget.h"
#include "SafeTextBrowser.h"
#include "Sandbox.h"
#include "Settings.h"
#include "SignInDialog.h"
#include "Wait.h"
#include "WidgetTestSupport.h"
#include "WorkspaceTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CrmConnection> m_connection;

    QString serverUrl() const { return m_sandbox->serverUrl().toString(); }

    std::unique_ptr<MainWindow> signedInWindow(Clock *clock = nullptr)
    {
        m_connection = std::make_unique<CrmConnection>();
        m_connection->client()->setServer(serverUrl());
        m_connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        auto window = makeMainWindow(m_connection.get(), m_settings.get(), clock);
        window->resize(1200, 800);
        window->show();
        window->start();
        return window;
    }

    // Pages have arrived until the list outgrew the view, and no page is on its way: the table asks
    // again only when the user scrolls to its last row.
    static bool listFillsTheView(MainWindow &window)
    {
        return window.listModel()->rowCount() >= 10 && !window.listModel()->isLoading()
            && window.listView()->verticalScrollBar()->maximum() > 0;
    }

    // Selects a row and waits until the detail pane shows it.
    static bool select(MainWindow &window, int proxyRow)
    {
        const QModelIndex index = window.listProxy()->index(proxyRow, 0);
        window.listView()->setCurrentIndex(index);
        const QString number = index.data(CommunicationListModel::NumberRole).toString();
        return QTest::qWaitFor(
            [&] {
                return window.detailView()->communication() && window.detailView()->communication()->number == number;
            },
            10000);
    }

    // A draft made through the API, as a colleague's client would.
    Communication createDraft(const QString &contactNumber, Direction direction, Media media, const QString &subject,
                              const QString &content)
    {
        CommunicationInput input;
        input.direction = direction;
        input.media = media;
        input.subject = subject;
        input.content = content;
        input.lifeCycleState = LifeCycleState::Draft;
        std::optional<Result<Communication>> created;
        m_connection->communications()->create(nullptr, Identifier::byNumber(contactNumber), input,
                                               [&](const Result<Communication> &r) { created = r; });
        if (!QTest::qWaitFor([&] { return created.has_value(); }, 10000) || !created->ok())
            qFatal("the draft could not be created");
        return created->value();
    }

    static int proxyRowWhere(MainWindow &window, const std::function<bool(const CommunicationRow &)> &pred)
    {
        for (int row = 0; row < window.listProxy()->rowCount(); ++row) {
            const QModelIndex source = window.listProxy()->mapToSource(window.listProxy()->index(row, 0));
            if (pred(*window.listModel()->rowAt(source.row())))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the queue history and journal go to a test folder
        QVERIFY(m_dir.isValid());
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 600; // enough that the first category spans many pages of 10
        m_sandbox = std::make_unique<Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_settings->setValue(setting::listPageSize, 10);
    }

    void signInErrorsReadDifferently()
    {
        CrmConnection connection;
        SignInDialog dialog(&connection, m_settings.get());
        dialog.show();
        dialog.usernameField()->setText(QStringLiteral("demo"));
        dialog.passwordField()->setText(QStringLiteral("wrong"));
        dialog.organisationField()->setText(QStringLiteral("DEMO"));

        dialog.serverField()->setText(QStringLiteral("ftp://nowhere"));
        dialog.signIn();
        const QString badUrl = dialog.errorText();
        QVERIFY2(badUrl.contains(QStringLiteral("http")), qPrintable(badUrl));

        quint16 closedPort = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            closedPort = probe.serverPort();
        }
        dialog.serverField()->setText(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        dialog.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QStringLiteral("No CRM.COM server answered")), 15000);

        dialog.serverField()->setText(serverUrl());
        dialog.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.errorText().contains(QStringLiteral("username, password or organisation")),
                                 10000);
        QVERIFY(dialog.isVisible());

        dialog.passwordField()->setText(QStringLiteral("demo"));
        dialog.signIn();
        WAIT_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 10000);
        QVERIFY(connection.session()->hasToken());
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("serverUrl"));
        QVERIFY(!stored.toLower().contains("password")); // no secret in the settings file
        QVERIFY(!stored.contains(connection.session()->token().toLatin1()));
    }

    void browsesReadsAndScrolls()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(window->categoryModel()->rowCount() > 0, 10000);
        // Pages of 10 arrive until the view is full, then the list waits for the user.
        WAIT_VERIFY_WITH_TIMEOUT(listFillsTheView(*window), 10000);
        const int loaded = window->listModel()->rowCount();
        QCOMPARE(loaded % 10, 0);
        QVERIFY(!window->listModel()->isComplete());
        QVERIFY(!window->windowTitle().isEmpty());

        // Scrolling to the end asks for the next page.
        window->listView()->scrollToBottom();
        window->listView()->verticalScrollBar()->setValue(window->listView()->verticalScrollBar()->maximum());
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > loaded, 10000);

        QVERIFY(select(*window, 0));
        const Communication &shown = *window->detailView()->communication();
        QCOMPARE(window->detailView()->fieldText(QStringLiteral("Number")), shown.number);
        QVERIFY(!window->detailView()->fieldText(QStringLiteral("Contact")).isEmpty());
        QCOMPARE(window->action(QStringLiteral("copyNumber"))->isEnabled(), true);

        // Keyboard: Down moves to the next row, which then shows.
        window->listView()->setFocus();
        QTest::keyClick(window->listView(), Qt::Key_Down);
        const QString second = window->listProxy()->index(1, 0).data(CommunicationListModel::NumberRole).toString();
        WAIT_VERIFY_WITH_TIMEOUT(window->detailView()->communication()->number == second, 10000);
    }

    void quickFilterAndServerFilters()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(listFillsTheView(*window), 10000);
        const int loaded = window->listModel()->rowCount();
        const QString number = window->listProxy()->index(3, 0).data(CommunicationListModel::NumberRole).toString();
        QTest::keyClicks(window->filterBar()->quickFilter(), number);
        QCOMPARE(window->listProxy()->rowCount(), 1);
        window->filterBar()->quickFilter()->clear();
        QCOMPARE(window->listProxy()->rowCount(), loaded);

        QComboBox *direction = window->filterBar()->directionBox();
        direction->setCurrentIndex(direction->findData(QStringLiteral("INCOMING")));
        WAIT_VERIFY_WITH_TIMEOUT(!window->listModel()->isLoading() && window->listModel()->rowCount() > 0, 10000);
        for (int row = 0; row < window->listModel()->rowCount(); ++row)
            QCOMPARE(window->listModel()->rowAt(row)->direction(), Direction::Incoming);
    }

    // A second start of the app hands over its --server: the same server only brings the window
    // forward; another one is offered, and taken only when the user asks.
    void anotherStartOffersItsServer()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(m_connection->session()->hasToken(), 10000);
        window->showMinimized();
        window->bringForward(serverUrl());
        QVERIFY(!(window->windowState() & Qt::WindowMinimized));
        QVERIFY(!window->requestBanner()->isVisible());
        QVERIFY(m_connection->session()->hasToken());

        window->bringForward(QStringLiteral("https://crm.example.com"));
        QVERIFY(window->requestBanner()->isVisible());
        QVERIFY2(window->requestBanner()->text().contains(QStringLiteral("https://crm.example.com")),
                 qPrintable(window->requestBanner()->text()));
        QVERIFY(m_connection->session()->hasToken()); // nothing changes until the user says so
        auto *go = window->requestBanner()->findChild<QPushButton *>();
        QVERIFY(go && go->text().contains(QStringLiteral("Sign in")));
        go->click();
        QVERIFY(!window->requestBanner()->isVisible());
        QVERIFY(!m_connection->session()->hasToken());
        SignInDialog *dialog = window->accountMenu()->signInDialog();
        QVERIFY(dialog);
        WAIT_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->serverField()->text(), QStringLiteral("https://crm.example.com"));
        dialog->reject();
    }

    // A click on the tray icon (or on an alert it showed) brings the window forward on the queue.
    void trayClickShowsTheQueue()
    {
        auto window = signedInWindow();
        auto *tabs = window->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), 0);
        window->showMinimized();
        Q_EMIT window->queueMonitor()->attentionRequested();
        QVERIFY(!(window->windowState() & Qt::WindowMinimized));
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Queue"));
    }

    // The server sends newest first and cannot sort: a sort by another column says it covers the
    // rows loaded, offers to load the rest, and rows that come later go into their sorted place.
    void sortingSaysWhatItSorts()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(listFillsTheView(*window), 10000);
        QVERIFY(!window->listModel()->isComplete());
        QVERIFY(!window->filterBar()->loadAllButton()->isVisible()); // newest first: the server's order
        window->listView()->sortByColumn(CommunicationListModel::Subject, Qt::AscendingOrder);
        const int loaded = window->listModel()->rowCount();
        QCOMPARE(window->filterBar()->status(), QStringLiteral("Sorted by subject among the %1 loaded").arg(loaded));
        QVERIFY(window->filterBar()->loadAllButton()->isVisible());

        // Cancel stops after the page on its way.
        window->filterBar()->loadAllButton()->click();
        QVERIFY(window->listModel()->isLoadingAll());
        QVERIFY(window->filterBar()->loadAllProgress()->isVisible());
        QVERIFY(window->filterBar()->cancelLoadAllButton()->isVisible());
        window->filterBar()->cancelLoadAllButton()->click();
        QVERIFY(!window->listModel()->isLoadingAll());
        WAIT_VERIFY_WITH_TIMEOUT(!window->listModel()->isLoading(), 10000);
        QVERIFY(!window->listModel()->isComplete());
        QVERIFY(window->filterBar()->loadAllButton()->isVisible());

        // Load all: every page, in its sorted place.
        window->filterBar()->loadAllButton()->click();
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->isComplete() && !window->listModel()->isLoading(), 30000);
        QVERIFY(!window->listModel()->isLoadingAll());
        QVERIFY(!window->filterBar()->loadAllProgress()->isVisible());
        const int all = window->listModel()->rowCount();
        QVERIFY(all > loaded);
        QCOMPARE(window->filterBar()->status(), QStringLiteral("%1 communications").arg(all));
        QStringList subjects;
        for (int row = 0; row < window->listProxy()->rowCount(); ++row)
            subjects << window->listProxy()->index(row, CommunicationListModel::Subject).data().toString();
        QStringList sorted = subjects;
        std::sort(sorted.begin(), sorted.end()); // as the proxy compares: case-sensitive, not locale-aware
        QCOMPARE(subjects, sorted);
    }

    void marksAsViewed()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 0, 10000);
        int row = -1;
        for (int attempt = 0; attempt < 20 && row < 0; ++attempt) {
            row = proxyRowWhere(*window, [](const CommunicationRow &c) { return c.isUnviewed(); });
            if (row < 0 && window->listModel()->canFetchMore({})) {
                window->listModel()->fetchMore({});
                WAIT_VERIFY_WITH_TIMEOUT(!window->listModel()->isLoading(), 10000);
            }
        }
        QVERIFY2(row >= 0, "no unviewed communication in the demo data");
        QVERIFY(select(*window, row));
        QAction *markViewed = window->action(QStringLiteral("markViewed"));
        QVERIFY(markViewed->isEnabled());
        QVERIFY(!window->action(QStringLiteral("complete"))->isEnabled());
        markViewed->trigger();
        WAIT_VERIFY_WITH_TIMEOUT(window->detailView()->communication()->viewed == true, 10000);
        QVERIFY(window->detailView()->fieldText(QStringLiteral("Viewed")).startsWith(QStringLiteral("Yes")));
        QVERIFY(!markViewed->isEnabled());
        const QModelIndex listed = window->listProxy()->index(row, 0);
        QVERIFY(!listed.data(CommunicationListModel::UnviewedRole).toBool());
    }

    // With the option on, a completed communication open for the set time is marked as viewed (on the
    // window's clock); one left sooner is not.
    void marksAsViewedAfterReading()
    {
        FakeClock clock(QDateTime::currentDateTimeUtc());
        auto window = signedInWindow(&clock);
        QAction *option = window->action(QStringLiteral("markViewedOnReading"));
        QVERIFY(!option->isChecked());
        option->trigger();
        QCOMPARE(m_settings->value(setting::markViewedAfterSeconds), 5);
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 0, 10000);
        QList<int> unviewed;
        for (int attempt = 0; attempt < 30 && unviewed.size() < 2; ++attempt) {
            unviewed.clear();
            for (int row = 0; row < window->listProxy()->rowCount(); ++row) {
                const QModelIndex index = window->listProxy()->index(row, 0);
                if (index.data(CommunicationListModel::UnviewedRole).toBool())
                    unviewed.append(row);
            }
            if (unviewed.size() < 2 && window->listModel()->canFetchMore({})) {
                window->listModel()->fetchMore({});
                WAIT_VERIFY_WITH_TIMEOUT(!window->listModel()->isLoading(), 10000);
            }
        }
        QVERIFY2(unviewed.size() >= 2, "two unviewed communications in the demo data");
        // Left after four seconds: still unviewed.
        QVERIFY(select(*window, unviewed.at(0)));
        const QString left = window->detailView()->communication()->id;
        clock.advance(std::chrono::seconds(4));
        QVERIFY(select(*window, unviewed.at(1)));
        clock.advance(std::chrono::seconds(4));
        QCOMPARE(window->detailView()->communication()->viewed, std::optional<bool>(false));
        clock.advance(std::chrono::seconds(1));
        WAIT_VERIFY_WITH_TIMEOUT(window->detailView()->communication()->viewed == true, 10000);
        QVERIFY(!window->listProxy()->index(unviewed.at(1), 0).data(CommunicationListModel::UnviewedRole).toBool());
        QVERIFY(window->listProxy()->index(unviewed.at(0), 0).data(CommunicationListModel::UnviewedRole).toBool());
        QVERIFY(!left.isEmpty());
    }

    void completesADraftAndShowsErrorsWhereActed()
    {
        // A draft made through the API, in a contact's list.
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 0, 10000);
        const CommunicationRow *any = window->listModel()->rowAt(0);
        QVERIFY(any && !any->contactNumber().isEmpty());
        const QString contactNumber = any->contactNumber().toString();
        const std::optional<Communication> draft =
            createDraft(contactNumber, Direction::Outgoing, Media::Letter, QStringLiteral("Draft from the GUI test"),
                        QStringLiteral("Ελληνικά & <b>bold</b>"));

        window->sidebar()->contactField()->setText(contactNumber);
        QTest::keyClick(window->sidebar()->contactField(), Qt::Key_Return);
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowOfId(draft->id) >= 0, 10000);
        for (int row = 0; row < window->listModel()->rowCount(); ++row)
            QCOMPARE(window->listModel()->rowAt(row)->contactNumber(), contactNumber);
        QVERIFY(m_settings->value(setting::recentContacts).contains(QStringLiteral("number=") + contactNumber));

        const int row = proxyRowWhere(*window, [&](const CommunicationRow &c) { return c.id() == draft->id; });
        QVERIFY(select(*window, row));
        QCOMPARE(window->detailView()->contentView()->toPlainText(), QStringLiteral("Ελληνικά & bold"));
        QAction *complete = window->action(QStringLiteral("complete"));
        QVERIFY(complete->isEnabled());
        QVERIFY(window->action(QStringLiteral("edit"))->isEnabled());

        // Someone else completes it first: the server's refusal shows in the detail pane.
        bool done = false;
        m_connection->communications()->complete(nullptr, Identifier::byId(draft->id),
                                                 [&](const Result<Communication> &) { done = true; });
        WAIT_VERIFY_WITH_TIMEOUT(done, 10000);
        complete->trigger();
        WAIT_VERIFY_WITH_TIMEOUT(window->detailView()->banner()->isVisible(), 10000);
        QVERIFY2(window->detailView()->banner()->text().contains(QStringLiteral("not allowed")),
                 qPrintable(window->detailView()->banner()->text()));
    }

    void completesADraft()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 0, 10000);
        const QString contactNumber = window->listModel()->rowAt(0)->contactNumber().toString();
        const std::optional<Communication> draft =
            createDraft(contactNumber, Direction::Incoming, Media::Phone, QStringLiteral("Call back about the invoice"),
                        QStringLiteral("Customer asked for a call back."));
        window->openContact(Identifier::byNumber(contactNumber));
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowOfId(draft->id) >= 0, 10000);
        QVERIFY(
            select(*window, proxyRowWhere(*window, [&](const CommunicationRow &c) { return c.id() == draft->id; })));
        window->action(QStringLiteral("complete"))->trigger();
        WAIT_VERIFY_WITH_TIMEOUT(window->detailView()->communication()->lifeCycleState == LifeCycleState::Completed,
                                 10000);
        QCOMPARE(window->detailView()->fieldText(QStringLiteral("State")), QStringLiteral("Completed"));
        QVERIFY(!window->action(QStringLiteral("complete"))->isEnabled());
        const int row = window->listModel()->rowOfId(draft->id);
        QCOMPARE(window->listModel()->rowAt(row)->state(), LifeCycleState::Completed);
    }

    void composedCommunicationAppearsInTheList()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 0, 10000);
        const QString contactNumber = window->listModel()->rowAt(0)->contactNumber().toString();
        window->openContact(Identifier::byNumber(contactNumber));
        WAIT_VERIFY_WITH_TIMEOUT(!window->listModel()->isLoading(), 10000);
        const int before = window->listModel()->rowCount();

        QPointer<ComposeDialog> dialog;
        connect(window.get(), &MainWindow::composeOpened, this,
                [&dialog](QWidget *compose) { dialog = qobject_cast<ComposeDialog *>(compose); });
        QTest::keySequence(window.get(), QKeySequence::New); // Ctrl+N, prefilled with the open contact
        WAIT_VERIFY(dialog);
        WAIT_VERIFY_WITH_TIMEOUT(dialog->editor()->context().contact.has_value(), 10000);
        auto combo = [&](const char *name) { return dialog->findChild<QComboBox *>(QLatin1StringView(name)); };
        combo("direction")->setCurrentIndex(combo("direction")->findData(int(Direction::Incoming)));
        combo("media")->setCurrentIndex(combo("media")->findData(int(Media::Phone)));
        dialog->findChild<QLineEdit *>(QStringLiteral("subject"))->setText(QStringLiteral("Asked about roaming"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("content"))
            ->setPlainText(QStringLiteral("Customer called about roaming charges."));
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier); // send
        WAIT_COMPARE_WITH_TIMEOUT(window->listModel()->rowCount(), before + 1, 10000);
        QCOMPARE(window->listModel()->rowAt(0)->subject(), QStringLiteral("Asked about roaming"));
        WAIT_VERIFY(!dialog); // closed after sending
    }

    // A follow-up on an incoming e-mail is addressed to the contact (their e-mail from
    // contact_information), not to the incoming one's `to`, which is the company's own inbox.
    void followUpOnAnIncomingOneGoesToTheContact()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 0, 10000);
        int row = -1;
        for (int tries = 0; tries < 20 && row < 0; ++tries) {
            row = proxyRowWhere(*window, [](const CommunicationRow &r) {
                return r.direction() == Direction::Incoming && r.media() == Media::Email;
            });
            if (row < 0) {
                window->listModel()->fetchMore({});
                WAIT_VERIFY_WITH_TIMEOUT(!window->listModel()->isLoading(), 10000);
            }
        }
        QVERIFY2(row >= 0, "no incoming e-mail in the demo list");
        QVERIFY(select(*window, row));
        const Communication incoming = *window->detailView()->communication();
        QVERIFY(incoming.contact);
        std::optional<Result<Contact>> contact;
        m_connection->configuration()->contact(nullptr, Identifier::byNumber(incoming.contact->number),
                                               [&](const Result<Contact> &c) { contact = c; });
        QVERIFY(QTest::qWaitFor([&] { return contact.has_value(); }, 10000));
        QVERIFY(contact->ok());
        const QString email = contact->value().primaryEmail();
        QVERIFY(!email.isEmpty());
        QVERIFY(email != incoming.to);

        QPointer<ComposeDialog> dialog;
        connect(window.get(), &MainWindow::composeOpened, this,
                [&dialog](QWidget *compose) { dialog = qobject_cast<ComposeDialog *>(compose); });
        window->action(QStringLiteral("followUp"))->trigger();
        WAIT_VERIFY(dialog);
        WAIT_COMPARE_WITH_TIMEOUT(dialog->editor()->form().to, email, 10000);
        QCOMPARE(dialog->editor()->form().referringNumber, incoming.number);
        dialog->close();
    }

    // The open list looks for newer communications on the clock and says how many, without moving;
    // the button loads them.
    void saysHowManyAreNew()
    {
        FakeClock clock(QDateTime::currentDateTimeUtc());
        auto window = signedInWindow(&clock);
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 0, 10000);
        const QString contact = window->listModel()->rowAt(0)->contactNumber().toString();
        window->openContact(Identifier::byNumber(contact));
        WAIT_VERIFY_WITH_TIMEOUT(!window->listModel()->isLoading() && window->listModel()->rowCount() > 0, 10000);
        const int before = window->listModel()->rowCount();
        QPushButton *button = window->newCommunicationsButton();
        clock.advance(std::chrono::seconds(60));
        QTest::qWait(300);
        QVERIFY(!button->isVisible()); // nothing new yet

        createDraft(contact, Direction::Incoming, Media::Phone, QStringLiteral("Called about roaming"),
                    QStringLiteral("New one"));
        createDraft(contact, Direction::Incoming, Media::Phone, QStringLiteral("Called again"), QStringLiteral("Two"));
        // The user types a filter just before the look is due: it waits until they have been quiet a while.
        clock.advance(std::chrono::seconds(58));
        typeMore(window->filterBar()->quickFilter(), QStringLiteral("x"));
        clock.advance(std::chrono::seconds(2));
        QTest::qWait(300);
        QVERIFY(!button->isVisible());
        window->filterBar()->quickFilter()->clear();
        clock.advance(ListWatch::kQuiet);
        WAIT_VERIFY_WITH_TIMEOUT(button->isVisible(), 10000);
        QCOMPARE(button->text(), QStringLiteral("2 new — show them"));
        QCOMPARE(window->listModel()->rowCount(), before); // the list did not move
        button->click();
        WAIT_COMPARE_WITH_TIMEOUT(window->listModel()->rowCount(), before + 2, 10000);
        QCOMPARE(window->listModel()->rowAt(0)->subject(), QStringLiteral("Called again"));
        QVERIFY(!button->isVisible());
    }

    // A right click on a row selects and opens it and offers what can be done to it.
    void rowContextMenu()
    {
        auto window = signedInWindow();
        WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 1, 10000);
        const QModelIndex second = window->listProxy()->index(1, 0);
        const QString number = second.data(CommunicationListModel::NumberRole).toString();
        QMenu *menu = window->rowMenu(second);
        QCOMPARE(window->listView()->currentIndex().row(), 1);
        WAIT_VERIFY_WITH_TIMEOUT(
            window->detailView()->communication() && window->detailView()->communication()->number == number, 10000);
        QStringList names;
        for (QAction *action : menu->actions())
            names.append(action->objectName());
        for (const char *expected : {"rowOpen", "edit", "complete", "markViewed", "followUp", "copyNumber", "copyLink",
                                     "print", "exportPdf", "rowExport"})
            QVERIFY2(names.contains(QLatin1StringView(expected)), expected);
        QAction *copyLink = window->action(QStringLiteral("copyLink"));
        QVERIFY(copyLink->isEnabled());
        copyLink->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("commdesk://communication/") + number);
        menu->close();
    }

    void remembersTheColumnLayout()
    {
        {
            auto window = signedInWindow();
            WAIT_VERIFY_WITH_TIMEOUT(window->listModel()->rowCount() > 0, 10000);
            window->listView()->horizontalHeader()->resizeSection(CommunicationListModel::Number, 177);
            window->listView()->horizontalHeader()->moveSection(CommunicationListModel::Media, 0);
        }
        auto window = signedInWindow();
        QCOMPARE(window->listView()->horizontalHeader()->sectionSize(CommunicationListModel::Number), 177);
        QCOMPARE(window->listView()->horizontalHeader()->visualIndex(CommunicationListModel::Media), 0);
    }

    void columnsCanBeHiddenShownAndAreRemembered()
    {
        QStringList visibleBefore;
        {
            auto window = signedInWindow();
            CommunicationTable *table = window->listView();
            QHeaderView *header = table->horizontalHeader();
            // A first start leaves the subject room: category and viewed start hidden.
            QVERIFY(header->isSectionHidden(CommunicationListModel::Category));
            QVERIFY(header->isSectionHidden(CommunicationListModel::Viewed));
            QVERIFY(!header->isSectionHidden(CommunicationListModel::Subject));

            QMenu *menu = table->columnMenu();
            const QList<QAction *> entries = menu->actions();
            QCOMPARE(entries.at(CommunicationListModel::Category)->text(), QStringLiteral("Category"));
            QVERIFY(!entries.at(CommunicationListModel::Category)->isChecked());
            entries.at(CommunicationListModel::Category)->trigger(); // show
            entries.at(CommunicationListModel::Media)->trigger(); // hide
            QVERIFY(!header->isSectionHidden(CommunicationListModel::Category));
            QVERIFY(header->isSectionHidden(CommunicationListModel::Media));
            delete menu;
        }
        {
            // The next start has the same columns.
            auto window = signedInWindow();
            QHeaderView *header = window->listView()->horizontalHeader();
            QVERIFY(!header->isSectionHidden(CommunicationListModel::Category));
            QVERIFY(header->isSectionHidden(CommunicationListModel::Media));

            // The last visible column cannot be hidden: the table never goes empty.
            for (int column = 0; column < CommunicationListModel::ColumnCount; ++column)
                header->setSectionHidden(column, column != CommunicationListModel::Subject);
            QMenu *menu = window->listView()->columnMenu();
            QVERIFY(!menu->actions().at(CommunicationListModel::Subject)->isEnabled());
            QVERIFY(menu->actions().at(CommunicationListModel::Number)->isEnabled());
            // Reset brings the first-start layout back.
            menu->actions().last()->trigger();
            QVERIFY(!header->isSectionHidden(CommunicationListModel::Media));
            QVERIFY(header->isSectionHidden(CommunicationListModel::Category));
            delete menu;
        }
    }

    void unreachableServerIsShownAsOffline()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            closedPort = probe.serverPort();
        }
        m_connection = std::make_unique<CrmConnection>();
        m_connection->client()->setServer(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        m_connection->client()->setOptions(quickRetries());
        m_connection->session()->setToken(QStringLiteral("T"));
        const auto windowOwner = makeMainWindow(m_connection.get(), m_settings.get());
        MainWindow &window = *windowOwner;
        window.show();
        window.start();
        WAIT_VERIFY_WITH_TIMEOUT(window.listBanner()->isVisible(), 15000);
        QVERIFY2(window.listBanner()->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(window.listBanner()->text()));
        QVERIFY(window.connectivity()->isOffline());
        // "Try now" asks at once rather than after the pause.
        QVERIFY(window.connectivity()->nextProbeIn() > std::chrono::milliseconds(0));
        auto *tryNow = window.listBanner()->findChild<QPushButton *>();
        QVERIFY(tryNow && tryNow->isVisible());
        QCOMPARE(tryNow->text(), QStringLiteral("Try now"));
        tryNow->click();
        QCOMPARE(window.connectivity()->nextProbeIn(), std::chrono::milliseconds(0));
        QVERIFY(window.connectivity()->isOffline());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
