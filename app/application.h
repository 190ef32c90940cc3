#pragma once

#include "app/command_line.h"

#include <QString>

#include <memory>

namespace winnow::ui {
class MainWindow;
}

namespace winnow::app {

// Names the application for settings, data folders, window titles and the
// desktop: organization "Winnow", application "winnow", display name
// "Winnow", the build's version and the desktop file id. Call first.
void setApplicationIdentity();

// Creates `directory` when missing. Returns false, with the reason in
// `error`, when it cannot be created or written to.
bool prepareDataDirectory(const QString& directory, QString* error);

// The main window, ready to show, holding the CSV files of `options` and
// offering the bundled sample data.
std::unique_ptr<ui::MainWindow> createMainWindow(const LaunchOptions& options);

// The whole program: answers --help and --version (without needing a
// display), then starts the desktop app. Returns the exit status.
int run(int argc, char* argv[]);

} // namespace winnow::app
