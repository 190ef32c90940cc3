#include "app/command_line.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace winnow::app {

namespace {

// Desktop launchers may hand over file:// URLs; everything else is a path.
QString absolutePathOf(const QString& argument)
{
    const QUrl url(argument);
    const QString path = url.isLocalFile() ? url.toLocalFile() : argument;
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The options QGuiApplication and QApplication read and remove from the
// command line, as "name" or "name=" for those that take a value.
constexpr const char16_t* kQtGuiOptions[] = {
    u"platform=",      u"platformpluginpath=",
    u"platformtheme=", u"plugin=",
    u"qmljsdebugger=", u"qwindowgeometry=",
    u"qwindowicon=",   u"qwindowtitle=",
    u"session=",       u"display=",
    u"geometry=",      u"style=",
    u"stylesheet=",    u"reverse",
    u"widgetcount",
};

void addHiddenQtGuiOptions(QCommandLineParser& parser)
{
    for (const char16_t* option : kQtGuiOptions) {
        QString name = QString::fromUtf16(option);
        const bool takesValue = name.endsWith(u'=');
        if (takesValue)
            name.chop(1);
        QCommandLineOption hidden(name);
        if (takesValue)
            hidden.setValueName(u"value"_s);
        hidden.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(hidden);
    }
}

} // namespace

CommandLine::CommandLine()
    : m_helpOption({u"h"_s, u"help"_s}, tr("Show this help and quit."))
    , m_versionOption({u"v"_s, u"version"_s}, tr("Show Winnow's version and quit."))
    , m_dataDirectoryOption(u"data-dir"_s,
                            tr("Keep jobs and their results in <folder> instead of %1.")
                                .arg(QDir::toNativeSeparators(defaultDataDirectory())),
                            tr("folder"))
{
    m_parser.setApplicationDescription(
        tr("Winnow finds good machine-learning models for tables: give it a CSV file and the "
           "column to predict."));
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_dataDirectoryOption);
    // Qt's options are single-dash words: -platform, not -p -l -a ...
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addHiddenQtGuiOptions(m_parser);
    m_parser.addPositionalArgument(
        u"files"_s, tr("CSV files (.csv or .csv.gz) to start a job from."), tr("[file.csv...]"));
}

CommandLine::Request CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return Request::Error;
    if (m_parser.isSet(m_helpOption))
        return Request::Help;
    if (m_parser.isSet(m_versionOption))
        return Request::Version;
    return Request::Launch;
}

LaunchOptions CommandLine::options() const
{
    LaunchOptions options;
    const QStringList files = m_parser.positionalArguments();
    for (const QString& file : files)
        options.csvFiles << absolutePathOf(file);
    options.dataDirectoryGiven = m_parser.isSet(m_dataDirectoryOption);
    options.dataDirectory = m_parser.isSet(m_dataDirectoryOption)
                                ? absolutePathOf(m_parser.value(m_dataDirectoryOption))
                                : defaultDataDirectory();
    return options;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText() const
{
    return u"%1 %2\n"_s.arg(QCoreApplication::applicationName(),
                            QCoreApplication::applicationVersion());
}

QString CommandLine::errorText() const
{
    return u"%1: %2\n"_s.arg(QCoreApplication::applicationName(), m_parser.errorText()) +
           tr("Try '%1 --help' for more information.").arg(QCoreApplication::applicationName()) +
           u'\n';
}

int CommandLine::answer(Request request) const
{
    switch (request) {
    case Request::Help: std::fputs(qPrintable(helpText()), stdout); return 0;
    case Request::Version: std::fputs(qPrintable(versionText()), stdout); return 0;
    case Request::Error: std::fputs(qPrintable(errorText()), stderr); return 2;
    case Request::Launch: break;
    }
    return 0;
}

QString CommandLine::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace winnow::app
