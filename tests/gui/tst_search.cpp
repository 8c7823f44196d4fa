// Search across categories on real widgets against the in-process sandbox (docs/architecture.md "Search"):
// what two categories' lists loaded is found from the toolbar's field in one list of results, marked,
// with each result's category; the keyboard goes from the field into the results and back; a
// communication number never loaded is asked of the server; signing out deletes the account's index.
#include "ApiTestSupport.h"
#include "BrowseSidebar.h"
#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "CommunicationSearch.h"
#include "CommunicationView.h"
#include "CrmConnection.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "SearchField.h"
#include "SearchResultModel.h"
#include "SearchResultsView.h"
#include "Settings.h"
#include "Wait.h"
#include "WorkspaceTestSupport.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace commdesk;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CrmConnection> m_connection;

    std::unique_ptr<MainWindow> signedInWindow()
    {
        m_connection = std::make_unique<CrmConnection>();
        m_connection->client()->setServer(m_sandbox->serverUrl().toString());
        m_connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        auto window = makeMainWindow(m_connection.get(), m_settings.get());
        window->resize(1280, 800);
        window->show();
        window->start();
        return window;
    }

    // Opens category `row` of the tree and waits for its first page; returns the rows loaded.
    static QList<CommunicationRow> openCategory(MainWindow &window, int row)
    {
        CategoryTreeModel *categories = window.categoryModel();
        if (!QTest::qWaitFor([&] { return categories->rowCount() > row; }, 10000))
            return {};
        const QString id = categories->index(row, 0).data(CategoryTreeModel::CategoryIdRole).toString();
        window.sidebar()->selectCategory(id);
        if (!QTest::qWaitFor([&] { return window.listModel()->rowCount() > 0 && !window.listModel()->isLoading(); },
                             10000))
            return {};
        QList<CommunicationRow> rows;
        for (int i = 0; i < window.listModel()->rowCount(); ++i)
            rows.append(*window.listModel()->rowAt(i));
        return rows;
    }

    static bool typeSearch(MainWindow &window, const QString &text)
    {
        QSignalSpy searched(window.workspace()->search(), &CommunicationSearch::searched);
        window.action(QStringLiteral("search"))->trigger();
        window.searchField()->clear();
        QTest::keyClicks(window.searchField(), text);
        return QTest::qWaitFor(
            [&] {
                return !searched.isEmpty() && searched.last().first().toString() == text
                    && !window.workspace()->search()->isSearching();
            },
            10000);
    }

    static QStringList column(const SearchResultModel *results, int column)
    {
        QStringList values;
        for (int row = 0; row < results->rowCount(); ++row)
            values.append(results->index(row, column).data().toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = 600;
        m_sandbox = std::make_unique<Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_settings->setValue(setting::listPageSize, 50);
    }

    void findsAcrossCategoriesAndOpensFromTheKeyboard()
    {
        auto window = signedInWindow();
        const QList<CommunicationRow> first = openCategory(*window, 0);
        const QList<CommunicationRow> second = openCategory(*window, 1);
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        // A contact of each list, searched together by their surnames' first letters would be fragile:
        // one word that both lists' subjects share is searched instead.
        auto wordsOf = [](const QList<CommunicationRow> &rows) {
            QHash<QString, QString> words; // folded word -> category
            for (const CommunicationRow &row : rows) {
                for (const QString &word :
                     row.subject().toString().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
                    if (word.size() >= 5)
                        words.insert(word.toLower(), row.categoryName().toString());
            }
            return words;
        };
        const QHash<QString, QString> a = wordsOf(first);
        const QHash<QString, QString> b = wordsOf(second);
        QString shared;
        for (auto word = a.cbegin(); word != a.cend() && shared.isEmpty(); ++word) {
            if (b.contains(word.key()))
                shared = word.key();
        }
        // No word in common: the first list's contact and the second's subject, searched in turn below.
        const QString firstCategory = first.first().categoryName().toString();
        const QString secondCategory = second.first().categoryName().toString();
        QVERIFY(firstCategory != secondCategory);

        QStringList categoriesFound;
        if (!shared.isEmpty()) {
            QVERIFY(typeSearch(*window, shared.left(shared.size() - 1))); // as typed, before the last letter
            categoriesFound = column(window->workspace()->search()->results(), SearchResultModel::Category);
        } else {
            QVERIFY(typeSearch(*window, first.first().number().toString()));
            categoriesFound += column(window->workspace()->search()->results(), SearchResultModel::Category);
            QVERIFY(typeSearch(*window, second.first().number().toString()));
            categoriesFound += column(window->workspace()->search()->results(), SearchResultModel::Category);
        }
        QVERIFY2(categoriesFound.contains(firstCategory) && categoriesFound.contains(secondCategory),
                 qPrintable(categoriesFound.join(u',')));
        QVERIFY(window->isShowingSearch());
        const SearchResultModel *results = window->workspace()->search()->results();
        QVERIFY(results->rowCount() > 0);
        QVERIFY(results->index(0, SearchResultModel::Subject)
                    .data(SearchResultModel::MarkedRole)
                    .toString()
                    .contains(SearchIndex::kMatchStart)
                || results->index(0, SearchResultModel::Number)
                       .data(SearchResultModel::MarkedRole)
                       .toString()
                       .startsWith(QStringLiteral("CM")));
        QVERIFY(window->searchResults()->status()->text().contains(QStringLiteral("across all categories")));
        if (qEnvironmentVariableIsSet("COMMDESK_SHOTS"))
            window->grab().save(QDir(qEnvironmentVariable("COMMDESK_SHOTS")).filePath(QStringLiteral("search.png")));

        // Down from the field: into the results, the first opens in the detail pane.
        QTest::keyClick(window->searchField(), Qt::Key_Down);
        QVERIFY(window->searchResults()->view()->hasFocus());
        const QString firstId = results->hitAt(0)->id;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window->detailView()->communication() && window->detailView()->communication()->id == firstId;
            },
            10000));
        // Escape: back to the list, the field empty, the list as it was.
        const int rows = window->listModel()->rowCount();
        QTest::keyClick(window->searchResults()->view(), Qt::Key_Escape);
        QVERIFY(!window->isShowingSearch());
        QVERIFY(window->searchField()->text().isEmpty());
        QCOMPARE(window->listModel()->rowCount(), rows);
        // Ctrl+K and Ctrl+F both reach the field.
        QCOMPARE(window->action(QStringLiteral("search"))->shortcuts(),
                 (QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(QKeySequence::Find)}));
    }

    void aNumberNeverLoadedIsAskedOfTheServer()
    {
        auto window = signedInWindow();
        QVERIFY(!openCategory(*window, 0).isEmpty());
        // A communication of another category, which this window has not loaded.
        CommunicationsApi::ListFilter filter;
        filter.category =
            Identifier::byId(window->categoryModel()->index(2, 0).data(CategoryTreeModel::CategoryIdRole).toString());
        filter.paging = {5, 0};
        std::optional<Result<QList<CommunicationRow>>> elsewhere;
        m_connection->communications()->listRows(
            nullptr, filter, [&](const Result<QList<CommunicationRow>> &rows) { elsewhere = rows; });
        QVERIFY(QTest::qWaitFor([&] { return elsewhere.has_value(); }, 10000));
        QVERIFY(elsewhere->ok() && !elsewhere->value().isEmpty());
        const CommunicationRow target = elsewhere->value().last();
        QCOMPARE(window->listModel()->rowOfId(target.id().toString()), -1);

        QVERIFY(typeSearch(*window, target.number().toString().toLower()));
        const SearchResultModel *results = window->workspace()->search()->results();
        QVERIFY(column(results, SearchResultModel::Number).contains(target.number().toString()));
        QCOMPARE(results->hitAt(0)->id, target.id().toString());
        // Found once, it is in the index: its subject finds it too, without the server.
        QVERIFY(typeSearch(*window, target.subject().toString()));
        QVERIFY(column(results, SearchResultModel::Number).contains(target.number().toString()));

        // A number the server does not have: nothing found, said so.
        QVERIFY(typeSearch(*window, QStringLiteral("CM999999")));
        QCOMPARE(results->rowCount(), 0);
        QVERIFY(window->searchResults()->status()->text().startsWith(QStringLiteral("Nothing found")));
    }

    void signingOutDeletesTheIndex()
    {
        auto window = signedInWindow();
        QVERIFY(!openCategory(*window, 0).isEmpty());
        window->workspace()->stores()->drain();
        const QStringList before = QDir(testDataFolder()).entryList({QStringLiteral("search-*.sqlite")});
        QCOMPARE(before.size(), 1);
        window->workspace()->forgetAccount();
        window->workspace()->stores()->drain();
        QVERIFY(QDir(testDataFolder()).entryList({QStringLiteral("search-*.sqlite*")}).isEmpty());
    }
};

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
