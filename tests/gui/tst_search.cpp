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
#include "DeskFixture.h"
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
#include <QIcon>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
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
    DeskFixture f;

    // Opens category `row` of the tree and waits for its first page; returns the rows loaded.
    static QList<CommunicationRow> openCategory(MainWindow &window, int row)
    {
        QList<CommunicationRow> rows;
        if (!DeskFixture::openCategoryAt(window, row))
            return rows;
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
        QString error;
        QVERIFY2(f.start(600, &error), qPrintable(error));
    }

    void init() { f.newSettings(50); }

    void findsAcrossCategoriesAndOpensFromTheKeyboard()
    {
        auto window = f.window();
        const QList<CommunicationRow> first = openCategory(*window, 0);
        const QList<CommunicationRow> second = openCategory(*window, 1);
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        // A word the subjects of both lists share (the demo data is seeded, so it is always the same one).
        auto wordsOf = [](const QList<CommunicationRow> &rows) {
            QSet<QString> words;
            for (const CommunicationRow &row : rows) {
                for (const QString &word :
                     row.subject().toString().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
                    if (word.size() >= 5)
                        words.insert(word.toLower());
            }
            return words;
        };
        const QSet<QString> shared = wordsOf(first).intersect(wordsOf(second));
        QVERIFY2(!shared.isEmpty(), "the two categories' subjects share no word");
        QStringList sorted = shared.values();
        sorted.sort();
        const QString word = sorted.first();
        const QString firstCategory = first.first().categoryName().toString();
        const QString secondCategory = second.first().categoryName().toString();
        QVERIFY(firstCategory != secondCategory);

        QVERIFY(typeSearch(*window, word.left(word.size() - 1))); // as typed, before the last letter
        const SearchResultModel *results = window->workspace()->search()->results();
        const QStringList categoriesFound = column(results, SearchResultModel::Category);
        QVERIFY2(categoriesFound.contains(firstCategory) && categoriesFound.contains(secondCategory),
                 qPrintable(categoriesFound.join(u',')));
        // Every result shows where the word matched, marked.
        for (int row = 0; row < results->rowCount(); ++row) {
            const QString marked =
                results->index(row, SearchResultModel::Subject).data(SearchResultModel::MarkedRole).toString()
                + results->index(row, SearchResultModel::Contact).data(SearchResultModel::MarkedRole).toString()
                + results->index(row, SearchResultModel::FoundIn).data(SearchResultModel::MarkedRole).toString();
            QVERIFY2(marked.contains(SearchIndex::kMatchStart), qPrintable(marked));
        }
        // The number says what the list's columns would: direction, media, state, and the media's icon.
        const QModelIndex number = results->index(0, SearchResultModel::Number);
        QCOMPARE(number.data(Qt::ToolTipRole).toString().count(QStringLiteral(", ")), 2);
        QVERIFY(!number.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(window->isShowingSearch());
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
        auto window = f.window();
        QVERIFY(!openCategory(*window, 0).isEmpty());
        // A communication of another category, which this window has not loaded.
        CommunicationsApi::ListFilter filter;
        filter.category =
            Identifier::byId(window->categoryModel()->index(2, 0).data(CategoryTreeModel::CategoryIdRole).toString());
        filter.paging = {5, 0};
        std::optional<Result<QList<CommunicationRow>>> elsewhere;
        f.connection()->communications()->listRows(
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
        auto window = f.window();
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
