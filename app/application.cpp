#include "app/application.h"

#include "app/workspace.h"
#include "resources/resources.h"
#include "translations/language_loader.h"
#include "ui/main_window.h"
#include "winnow/version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace winnow::app {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Winnow"_s);
    QCoreApplication::setApplicationName(u"winnow"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(winnow::kVersion));
    QGuiApplication::setApplicationDisplayName(u"Winnow"_s);
    QGuiApplication::setDesktopFileName(QLatin1StringView(resources::kAppId));
}

bool prepareDataDirectory(const QString& directory, QString* error)
{
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir()) {
        *error = QCoreApplication::translate("winnow::app", "%1 is a file, not a folder.")
                     .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("winnow::app", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    if (!QFileInfo(directory).isWritable()) {
        *error = QCoreApplication::translate("winnow::app", "Cannot write to the folder %1.")
                     .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    return true;
}

QString chooseDataDirectory(const LaunchOptions& options)
{
    if (options.dataDirectoryGiven)
        return options.dataDirectory;
    // The settings dialog's choice (ui/settings: storage/dataDirectory).
    const QString chosen = QSettings().value(u"storage/dataDirectory"_s).toString();
    if (!chosen.isEmpty())
        return QFileInfo(chosen).absoluteFilePath();
    return options.dataDirectory;
}

std::unique_ptr<ui::MainWindow> createMainWindow(const LaunchOptions& options)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->setSampleCsvFile(resources::sampleCsvFile());
    // The files of the command line wait for the window to show before the
    // New Job dialog opens on them (see run()).
    if (!options.csvFiles.isEmpty())
        window->openCsvFiles(options.csvFiles);
    if (!options.dataDirectory.isEmpty())
        new Workspace(options.dataDirectory, window.get());
    return window;
}

Workspace* workspaceOf(const ui::MainWindow* window)
{
    return window ? window->findChild<Workspace*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

int run(int argc, char* argv[])
{
    setApplicationIdentity();

    // A console application checks the command line and answers --help and
    // --version, so that they, and mistakes, are reported over ssh and in
    // scripts too, where there is no display for a GUI application to open.
    {
        QCoreApplication console(argc, argv);
        translations::LanguageLoader languages;
        languages.loadSavedLanguage();
        CommandLine commandLine;
        const CommandLine::Request request = commandLine.parse(console.arguments());
        if (request != CommandLine::Request::Launch)
            return commandLine.answer(request);
    }

    QApplication application(argc, argv);
    application.setWindowIcon(resources::applicationIcon());
    translations::LanguageLoader languages;
    languages.loadSavedLanguage();

    CommandLine commandLine;
    const CommandLine::Request request = commandLine.parse(application.arguments());
    if (request != CommandLine::Request::Launch)
        return commandLine.answer(request);

    LaunchOptions options = commandLine.options();
    options.dataDirectory = chooseDataDirectory(options);
    if (QString error; !prepareDataDirectory(options.dataDirectory, &error)) {
        std::fputs(qPrintable(u"%1: %2\n"_s.arg(QCoreApplication::applicationName(), error)),
                   stderr);
        return 1;
    }

    const std::unique_ptr<ui::MainWindow> window = createMainWindow(options);
    Workspace* workspace = workspaceOf(window.get());
    if (workspace)
        workspace->setLanguageLoader(&languages);
    window->show();

    // Without its history, or unable to run jobs, the app cannot do what it
    // is for: that is worth a dialog, over the window, once it shows.
    if (workspace && !workspace->startupProblem().isEmpty()) {
        auto* problem = new QMessageBox(QMessageBox::Critical,
                                        QCoreApplication::translate("winnow::app", "Winnow"),
                                        workspace->startupProblem(), QMessageBox::Ok, window.get());
        problem->setAttribute(Qt::WA_DeleteOnClose);
        problem->setObjectName(u"startupProblemDialog"_s);
        QTimer::singleShot(0, problem, &QDialog::open);
    } else if (workspace && !window->pendingCsvFiles().isEmpty()) {
        QTimer::singleShot(0, workspace, &Workspace::startNewJob);
    }
    return application.exec();
}

} // namespace winnow::app
