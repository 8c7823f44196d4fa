// The category tree: nesting by parent_id, orphans and cycles at the top, order by name, and the
// model contract checked by QAbstractItemModelTester.
#include "Capture.h"
#include "CategoryTreeModel.h"
#include "ScriptedPeer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace commdesk;

namespace {

Category category(const QString &id, const QString &name, const QString &parent = {})
{
    Category c;
    c.id = id;
    c.name = name;
    c.code = name.left(3).toUpper();
    c.parentId = parent;
    return c;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

} // namespace

class TestCategoryTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nestsByParent()
    {
        CategoryTreeModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCategories({category(QStringLiteral("3"), QStringLiteral("Invoices"), QStringLiteral("1")),
                             category(QStringLiteral("1"), QStringLiteral("Billing")),
                             category(QStringLiteral("2"), QStringLiteral("Support")),
                             category(QStringLiteral("4"), QStringLiteral("Disputes"), QStringLiteral("1")),
                             category(QStringLiteral("5"), QStringLiteral("Chargebacks"), QStringLiteral("4"))});
        QCOMPARE(childNames(model), QStringList({QStringLiteral("Billing"), QStringLiteral("Support")}));
        const QModelIndex billing = model.index(0, 0);
        QCOMPARE(childNames(model, billing), QStringList({QStringLiteral("Disputes"), QStringLiteral("Invoices")}));
        const QModelIndex disputes = model.index(0, 0, billing);
        QCOMPARE(childNames(model, disputes), QStringList({QStringLiteral("Chargebacks")}));
        const QModelIndex chargebacks = model.indexOfId(QStringLiteral("5"));
        QCOMPARE(chargebacks.parent(), disputes);
        QCOMPARE(chargebacks.data(CategoryTreeModel::CategoryIdRole).toString(), QStringLiteral("5"));
        QCOMPARE(model.categoryAt(chargebacks)->name, QStringLiteral("Chargebacks"));
    }

    void orphansAndCyclesStandAtTheTop()
    {
        CategoryTreeModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCategories({category(QStringLiteral("1"), QStringLiteral("Alpha"), QStringLiteral("2")),
                             category(QStringLiteral("2"), QStringLiteral("Beta"), QStringLiteral("1")),
                             category(QStringLiteral("3"), QStringLiteral("Gamma"), QStringLiteral("1")),
                             category(QStringLiteral("4"), QStringLiteral("Orphan"), QStringLiteral("404")),
                             category(QStringLiteral("5"), QStringLiteral("Self"), QStringLiteral("5"))});
        QCOMPARE(childNames(model),
                 QStringList({QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Orphan"),
                              QStringLiteral("Self")}));
        QCOMPARE(childNames(model, model.index(0, 0)), QStringList({QStringLiteral("Gamma")}));
    }

    void loadsFromTheServer()
    {
        ScriptedPeer peer;
        peer.respondJson(R"([{"id":"K2","name":"Invoices","code":"INV","parent_id":"K1"},
                             {"id":"K1","name":"Billing","code":"BIL","parent_id":null}])");
        ApiClient client;
        client.setServer(peer.url());
        Session session(&client);
        session.setToken(QStringLiteral("T"));
        ConfigurationApi api(&session);
        CategoryTreeModel model(&api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CategoryTreeModel::loaded);
        model.reload();
        QVERIFY(loaded.wait());
        QCOMPARE(childNames(model), QStringList({QStringLiteral("Billing")}));
        QCOMPARE(childNames(model, model.index(0, 0)), QStringList({QStringLiteral("Invoices")}));
    }

    void reportsALoadFailure()
    {
        ScriptedPeer peer;
        peer.respondStatus("INTERNAL_ERROR", "Database unavailable");
        ApiClient client;
        client.setServer(peer.url());
        Session session(&client);
        session.setToken(QStringLiteral("T"));
        ConfigurationApi api(&session);
        CategoryTreeModel model(&api);
        QSignalSpy failed(&model, &CategoryTreeModel::loadFailed);
        model.reload();
        QVERIFY(failed.wait());
        QVERIFY(failed.first().first().value<ApiError>().userText().contains(QStringLiteral("Database unavailable")));
    }
};

QTEST_GUILESS_MAIN(TestCategoryTreeModel)
#include "tst_categorytreemodel.moc"
