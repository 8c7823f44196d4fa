#pragma once

// What the GUI tests of the communications workspace share: the in-process sandbox, a settings file per
// test function, and main windows signed in to it as the demo user (tst_search, tst_listexport,
// tst_links). Only for tests that link commdesk_sandbox.
#include "BrowseSidebar.h"
#include "CategoryTreeModel.h"
#include "CommunicationListModel.h"
#include "CrmConnection.h"
#include "MainWindow.h"
#include "Sandbox.h"
#include "Settings.h"
#include "WorkspaceTestSupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace commdesk {

class DeskFixture
{
public:
    // The sandbox with `communications` demo communications (SandboxConfig::forTests() otherwise).
    bool start(int communications, QString *error)
    {
        QStandardPaths::setTestModeEnabled(true); // the app's local files go to a test folder
        SandboxConfig config = SandboxConfig::forTests();
        config.communications = communications;
        m_sandbox = std::make_unique<Sandbox>(config);
        return m_dir.isValid() && m_sandbox->start(error);
    }

    // A settings file of the current test function's own, with lists of `pageSize` rows a page.
    void newSettings(int pageSize)
    {
        m_settings = std::make_unique<Settings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_settings->setValue(setting::listPageSize, pageSize);
    }

    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    Settings *settings() const { return m_settings.get(); }
    CrmConnection *connection() const { return m_connection.get(); }

    // A main window over a new connection signed in as the demo user, shown; started (signed in) unless
    // `start` is false.
    std::unique_ptr<MainWindow> window(bool start = true)
    {
        m_connection = std::make_unique<CrmConnection>();
        m_connection->client()->setServer(m_sandbox->serverUrl().toString());
        m_connection->session()->setCredentials(
            {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
        auto window = makeMainWindow(m_connection.get(), m_settings.get());
        window->resize(1200, 800);
        window->show();
        if (start)
            window->start();
        return window;
    }

    // Opens category `row` of the sidebar and waits for its first page; false when it did not come.
    static bool openCategoryAt(MainWindow &window, int row)
    {
        CategoryTreeModel *categories = window.categoryModel();
        if (!QTest::qWaitFor([&] { return categories->rowCount() > row; }, 10000))
            return false;
        window.sidebar()->selectCategory(categories->index(row, 0).data(CategoryTreeModel::CategoryIdRole).toString());
        return QTest::qWaitFor([&] { return window.listModel()->rowCount() > 0 && !window.listModel()->isLoading(); },
                               10000);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CrmConnection> m_connection;
};

} // namespace commdesk
