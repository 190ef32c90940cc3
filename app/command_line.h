#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace winnow::app {

// What the user asked the desktop app to start with.
struct LaunchOptions {
    // CSV files to start a job from, as absolute paths in the order given.
    QStringList csvFiles;
    // Where Winnow keeps its jobs and their results, as an absolute path.
    QString dataDirectory;
    // Whether --data-dir chose it; otherwise it is the default, which the
    // settings ("storage/dataDirectory") may replace.
    bool dataDirectoryGiven = false;
};

// The `winnow` command line:
//   winnow [--data-dir DIR] [FILE.csv...]   start the app
//   winnow --help | --version               print and quit
// It also accepts, without listing them, the options QApplication takes for
// itself (-platform, -style, ...), so the command line can be checked before
// the GUI starts. Build it after the translations are installed: its texts
// are translated when it is built.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(winnow::app::CommandLine)

public:
    enum class Request { Launch, Help, Version, Error };

    CommandLine();

    // `arguments` starts with the program, as QCoreApplication::arguments().
    Request parse(const QStringList& arguments);

    LaunchOptions options() const;
    QString helpText() const;
    QString versionText() const;
    QString errorText() const;

    // Prints the help or the version to stdout, or the error to stderr, and
    // returns the exit status: 0, or 2 for a bad command line.
    int answer(Request request) const;

    // ~/.local/share/Winnow/winnow on Linux.
    static QString defaultDataDirectory();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_dataDirectoryOption;
};

} // namespace winnow::app
