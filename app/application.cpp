#include "app/application.h"

#include "resources/resources.h"
#include "translations/language_loader.h"
#include "ui/main_window.h"
#include "winnow/version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

std::unique_ptr<ui::MainWindow> createMainWindow(const LaunchOptions& options)
{
    auto window = std::make_unique<ui::MainWindow>();
    window->setSampleCsvFile(resources::sampleCsvFile());
    if (!options.csvFiles.isEmpty())
        window->openCsvFiles(options.csvFiles);
    return window;
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

    const LaunchOptions options = commandLine.options();
    if (QString error; !prepareDataDirectory(options.dataDirectory, &error)) {
        std::fputs(qPrintable(u"%1: %2\n"_s.arg(QCoreApplication::applicationName(), error)),
                   stderr);
        return 1;
    }

    const std::unique_ptr<ui::MainWindow> window = createMainWindow(options);
    window->show();
    return application.exec();
}

} // namespace winnow::app
