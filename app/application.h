#pragma once

#include "app/command_line.h"

#include <QString>

#include <memory>

namespace winnow::ui {
class MainWindow;
}

namespace winnow::app {

class Workspace;

// Names the application for settings, data folders, window titles and the
// desktop: organization "Winnow", application "winnow", display name
// "Winnow", the build's version and the desktop file id. Call first.
void setApplicationIdentity();

// Creates `directory` when missing. Returns false, with the reason in
// `error`, when it cannot be created or written to.
bool prepareDataDirectory(const QString& directory, QString* error);

// The data folder to use: --data-dir when given, else the one chosen in the
// settings (storage/dataDirectory), else the default.
QString chooseDataDirectory(const LaunchOptions& options);

// The main window, ready to show, holding the CSV files of `options` and
// offering the bundled sample data, over the job history of
// options.dataDirectory (a Workspace, the window's child, when the folder
// is given).
std::unique_ptr<ui::MainWindow> createMainWindow(const LaunchOptions& options);
// The window's workspace, or null.
Workspace* workspaceOf(const ui::MainWindow* window);

// The whole program: answers --help and --version (without needing a
// display), then starts the desktop app. Returns the exit status.
int run(int argc, char* argv[]);

} // namespace winnow::app
