// Saved views without widgets: what the settings file keeps (and what a damaged one gives), the model's
// names, order, removal and the view open at close; and the reading preferences applied as they change.
#include "CrmConnection.h"
#include "CurrentCommunication.h"
#include "DeskPreferences.h"
#include "ListWatch.h"
#include "SavedViewModel.h"
#include "Settings.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace commdesk;

namespace {

SavedView viewOf(const QString &name, const QString &categoryId)
{
    SavedView view;
    view.name = name;
    view.category = Identifier::byId(categoryId);
    view.title = QStringLiteral("Category ") + categoryId;
    return view;
}

QStringList names(const SavedViewModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.viewAt(row)->name;
    return result;
}

} // namespace

class TestSavedViewModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    }

    void everyPartIsKept()
    {
        SavedView full;
        full.name = QStringLiteral("Rejected SMS, Ελλάδα");
        full.contact = Identifier(QStringLiteral("id_number"), QStringLiteral("AB=12"));
        full.title = QStringLiteral("Contact AB=12");
        full.direction = Direction::Outgoing;
        full.media = Media::Sms;
        full.quickFilter = QStringLiteral("refund, \"late\"");
        full.columns = {QStringLiteral("subject"), QStringLiteral("number")};
        full.sortColumn = QStringLiteral("subject");
        full.sortOrder = Qt::AscendingOrder;
        SavedView plain = viewOf(QStringLiteral("Plain"), QStringLiteral("C1"));
        SavedViewStore(m_settings.get()).write({full, plain});
        m_settings->sync();

        Settings reread(m_settings->fileName());
        const QList<SavedView> views = SavedViewStore(&reread).views();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.at(0).name, full.name);
        QVERIFY(views.at(0).showsSameAs(full));
        QCOMPARE(views.at(0).title, full.title);
        QCOMPARE(views.at(1).name, plain.name);
        QVERIFY(views.at(1).showsSameAs(plain));
        QCOMPARE(views.at(1).direction, std::nullopt);
        QCOMPARE(views.at(1).sortOrder, Qt::DescendingOrder);
    }

    // A hand-edited or damaged file: entries that name no list, or both kinds, or a name twice, are left out.
    void damagedEntriesAreLeftOut()
    {
        QSettings *s = m_settings->storage();
        s->beginWriteArray(QStringLiteral("savedViews"), 5);
        const QList<QStringList> entries = {{QStringLiteral("No list"), {}, {}},
                                            {QStringLiteral("Both"), QStringLiteral("id=C1"), QStringLiteral("id=P1")},
                                            {QStringLiteral("Good"), QStringLiteral("id=C1"), {}},
                                            {QStringLiteral("Good"), QStringLiteral("id=C2"), {}},
                                            {QStringLiteral(" "), QStringLiteral("id=C3"), {}}};
        for (int i = 0; i < entries.size(); ++i) {
            s->setArrayIndex(i);
            s->setValue(QStringLiteral("name"), entries.at(i).at(0));
            s->setValue(QStringLiteral("category"), entries.at(i).at(1));
            s->setValue(QStringLiteral("contact"), entries.at(i).at(2));
            s->setValue(QStringLiteral("direction"), QStringLiteral("SIDEWAYS")); // no such direction: all
        }
        s->endArray();
        SavedViewModel model(m_settings.get());
        QCOMPARE(names(model), QStringList {QStringLiteral("Good")});
        QCOMPARE(model.viewAt(0)->category, std::optional(Identifier::byId(QStringLiteral("C1"))));
        QCOMPARE(model.viewAt(0)->direction, std::nullopt);
    }

    void saveReplacesInPlace()
    {
        SavedViewModel model(m_settings.get());
        QCOMPARE(model.save(viewOf(QStringLiteral("A"), QStringLiteral("C1"))), 0);
        QCOMPARE(model.save(viewOf(QStringLiteral("B"), QStringLiteral("C2"))), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.save(viewOf(QStringLiteral(" A "), QStringLiteral("C9"))), 0); // the name trimmed: A again
        QCOMPARE(names(model), (QStringList {QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(model.viewAt(0)->category->value, QStringLiteral("C9"));
        QCOMPARE(changed.size(), 1);
        SavedView nameless = viewOf(QString(), QStringLiteral("C1"));
        QCOMPARE(model.save(nameless), -1);
        SavedView nowhere;
        nowhere.name = QStringLiteral("Nowhere");
        QCOMPARE(model.save(nowhere), -1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(names(SavedViewModel(m_settings.get())), names(model)); // written at once
    }

    void renameRefusesEmptyAndTakenNames()
    {
        SavedViewModel model(m_settings.get());
        model.save(viewOf(QStringLiteral("A"), QStringLiteral("C1")));
        model.save(viewOf(QStringLiteral("B"), QStringLiteral("C2")));
        model.setLastOpen(QStringLiteral("A"));
        QSignalSpy refused(&model, &SavedViewModel::refused);
        QVERIFY(!model.setData(model.index(0), QStringLiteral("  ")));
        QVERIFY(!model.setData(model.index(0), QStringLiteral("B")));
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.at(1).first().toString().contains(QStringLiteral("“B”")));
        QVERIFY(model.setData(model.index(0), QStringLiteral("Renamed")));
        QCOMPARE(model.lastOpen(), QStringLiteral("Renamed"));
        QCOMPARE(model.data(model.index(0), Qt::EditRole).toString(), QStringLiteral("Renamed"));
        QVERIFY(!model.setData(model.index(0), QStringLiteral("Renamed"))); // the same: nothing to do, nothing said
        QCOMPARE(refused.size(), 2);
    }

    void movesAsADropDoes()
    {
        SavedViewModel model(m_settings.get());
        for (const char *name : {"A", "B", "C", "D"})
            model.save(viewOf(QString::fromLatin1(name), QStringLiteral("C1")));
        // A drop onto itself or just below is no move.
        QVERIFY(!model.moveRows({}, 1, 1, {}, 1));
        QVERIFY(!model.moveRows({}, 1, 1, {}, 2));
        QVERIFY(model.moveRows({}, 0, 1, {}, 4)); // A dropped at the end
        QCOMPARE(names(model).join(QString()), QStringLiteral("BCDA"));
        QVERIFY(model.moveView(3, 0)); // and back to the top
        QCOMPARE(names(model).join(QString()), QStringLiteral("ABCD"));
        QVERIFY(model.moveView(1, 2)); // B one down
        QCOMPARE(names(model).join(QString()), QStringLiteral("ACBD"));
        QVERIFY(!model.moveView(3, 4)); // past the end
        QCOMPARE(names(SavedViewModel(m_settings.get())).join(QString()), QStringLiteral("ACBD"));
        QVERIFY(model.flags({}).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(!model.flags(model.index(0)).testFlag(Qt::ItemIsDropEnabled)); // between views, not onto one
    }

    void removeAndPutBack()
    {
        SavedViewModel model(m_settings.get());
        for (const char *name : {"A", "B", "C"})
            model.save(viewOf(QString::fromLatin1(name), QStringLiteral("C1")));
        model.setLastOpen(QStringLiteral("B"));
        const std::optional<SavedView> removed = model.remove(1);
        QVERIFY(removed);
        QCOMPARE(model.lastOpen(), QString()); // not opened again at the next start
        QCOMPARE(model.insert(1, *removed), 1);
        QCOMPARE(names(model).join(QString()), QStringLiteral("ABC"));
        QCOMPARE(model.insert(0, *removed), -1); // a view of that name is there
        QVERIFY(!model.remove(7));
    }

    void describesTheList()
    {
        SavedView view = viewOf(QStringLiteral("x"), QStringLiteral("C1"));
        view.title = QStringLiteral("Complaints");
        view.media = Media::Sms;
        view.quickFilter = QStringLiteral("late");
        const QString text = SavedViewModel::describe(view);
        QVERIFY2(text.contains(QStringLiteral("Complaints")) && text.contains(QStringLiteral("SMS"))
                     && text.contains(QStringLiteral("late")),
                 qPrintable(text));
    }

    void preferencesApplyAndAreKept()
    {
        {
            CrmConnection connection;
            Workspace workspace(&connection, m_settings.get(), m_dir.path());
            DeskPreferences *preferences = workspace.preferences();
            QCOMPARE(workspace.listWatch()->interval(), std::chrono::seconds(60)); // the defaults, applied
            QCOMPARE(workspace.current()->markViewedAfter(), std::chrono::seconds(0));
            QSignalSpy changed(preferences, &DeskPreferences::changed);

            DeskPreferences::Values values = preferences->values();
            values.listRefreshSeconds = 999999; // more than allowed: the most allowed
            values.markViewedOnReading = true;
            values.markViewedSeconds = 0; // less than allowed: one second
            values.pageSize = 3;
            preferences->setValues(values);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(workspace.listWatch()->interval(), std::chrono::seconds(DeskPreferences::kMaxRefreshSeconds));
            QCOMPARE(workspace.current()->markViewedAfter(), std::chrono::seconds(1));
            QCOMPARE(preferences->values().pageSize, DeskPreferences::kMinPageSize);
            preferences->setValues(preferences->values()); // nothing new: nothing said
            QCOMPARE(changed.size(), 1);

            // Off keeps the delay for the next time it is turned on, across a restart too.
            values = preferences->values();
            values.markViewedSeconds = 20;
            preferences->setValues(values);
            preferences->setMarkViewedOnReading(false);
            QCOMPARE(workspace.current()->markViewedAfter(), std::chrono::seconds(0));
        }
        CrmConnection again;
        Workspace restarted(&again, m_settings.get(), m_dir.path());
        QCOMPARE(restarted.preferences()->values().markViewedSeconds, 20);
        QVERIFY(!restarted.preferences()->values().markViewedOnReading);
        restarted.preferences()->setMarkViewedOnReading(true);
        QCOMPARE(restarted.current()->markViewedAfter(), std::chrono::seconds(20));
    }
};

QTEST_MAIN(TestSavedViewModel)
#include "tst_savedviewmodel.moc"
