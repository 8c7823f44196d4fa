#pragma once

// The application layer and its window, as main() builds them, in the test's own data folder.
#include "MainWindow.h"
#include "Workspace.h"

#include <QStandardPaths>

#include <memory>

namespace commdesk {

inline QString testDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

inline std::unique_ptr<Workspace> makeWorkspace(CrmConnection *connection, Settings *settings, Clock *clock = nullptr)
{
    return std::make_unique<Workspace>(connection, settings, testDataFolder(), clock);
}

// A main window over a workspace of its own, which goes with the window after the window's widgets.
inline std::unique_ptr<MainWindow> makeMainWindow(CrmConnection *connection, Settings *settings, Clock *clock = nullptr)
{
    auto *workspace = new Workspace(connection, settings, testDataFolder(), clock);
    auto window = std::make_unique<MainWindow>(workspace);
    workspace->setParent(window.get());
    return window;
}

} // namespace commdesk
