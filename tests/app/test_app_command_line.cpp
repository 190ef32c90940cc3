#include "app/application.h"
#include "app/command_line.h"
#include "winnow/version.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using winnow::app::CommandLine;
using Request = winnow::app::CommandLine::Request;

class TestAppCommandLine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        winnow::app::setApplicationIdentity();
        QVERIFY(m_directory.isValid());
        QVERIFY(QDir::setCurrent(m_directory.path()));
    }

    void csvArguments_becomeAbsolutePathsInOrder()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse({u"winnow"_s, u"b.csv"_s, u"data/a.csv.gz"_s,
                                    m_directory.filePath(u"c.csv"_s)}),
                 Request::Launch);
        const QDir here(m_directory.path());
        QCOMPARE(commandLine.options().csvFiles,
                 (QStringList{here.filePath(u"b.csv"_s), here.filePath(u"data/a.csv.gz"_s),
                              here.filePath(u"c.csv"_s)}));
    }

    void fileUrlArgument_becomesALocalPath()
    {
        CommandLine commandLine;
        const QString url = QUrl::fromLocalFile(u"/srv/data/churn.csv"_s).toString();
        QCOMPARE(commandLine.parse({u"winnow"_s, url}), Request::Launch);
        QCOMPARE(commandLine.options().csvFiles, QStringList{u"/srv/data/churn.csv"_s});
    }

    void dataDirectory_defaultsToTheAppDataFolder()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse({u"winnow"_s}), Request::Launch);
        QCOMPARE(commandLine.options().dataDirectory,
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QVERIFY(commandLine.options().csvFiles.isEmpty());
    }

    void dataDirectoryOption_isMadeAbsolute()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse({u"winnow"_s, u"--data-dir"_s, u"jobs"_s, u"a.csv"_s}),
                 Request::Launch);
        QCOMPARE(commandLine.options().dataDirectory, QDir(m_directory.path()).filePath(u"jobs"_s));
        QCOMPARE(commandLine.options().csvFiles.size(), 1);
    }

    void helpAndVersion_areRecognised_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<Request>("request");
        QTest::newRow("-h") << u"-h"_s << Request::Help;
        QTest::newRow("--help") << u"--help"_s << Request::Help;
        QTest::newRow("-v") << u"-v"_s << Request::Version;
        QTest::newRow("--version") << u"--version"_s << Request::Version;
    }

    void helpAndVersion_areRecognised()
    {
        QFETCH(QString, option);
        QFETCH(Request, request);
        CommandLine commandLine;
        QCOMPARE(commandLine.parse({u"winnow"_s, u"a.csv"_s, option}), request);
    }

    void unknownOption_isAnErrorThatPointsToHelp()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse({u"winnow"_s, u"--frobnicate"_s}), Request::Error);
        QVERIFY2(commandLine.errorText().contains(u"frobnicate"_s),
                 qPrintable(commandLine.errorText()));
        QVERIFY(commandLine.errorText().contains(u"winnow --help"_s));
    }

    void missingDataDirectoryValue_isAnError()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse({u"winnow"_s, u"--data-dir"_s}), Request::Error);
    }

    void qtGuiOptions_areAcceptedAndKeptOutOfTheFiles()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse({u"winnow"_s, u"-platform"_s, u"offscreen"_s, u"-style=fusion"_s,
                                    u"-reverse"_s, u"a.csv"_s}),
                 Request::Launch);
        QCOMPARE(commandLine.options().csvFiles,
                 QStringList{QDir(m_directory.path()).filePath(u"a.csv"_s)});
    }

    void helpText_listsOurOptionsOnly()
    {
        CommandLine commandLine;
        const QString help = commandLine.helpText();
        for (const QString& expected :
             {u"--help"_s, u"--version"_s, u"--data-dir"_s, u"file.csv"_s})
            QVERIFY2(help.contains(expected), qPrintable(expected));
        QVERIFY2(!help.contains(u"platform"_s), qPrintable(help));
        QVERIFY(!help.contains(u"stylesheet"_s));
    }

    void versionText_isTheProgramAndItsVersion()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.versionText(),
                 u"winnow %1\n"_s.arg(QLatin1StringView(winnow::kVersion)));
    }

private:
    QTemporaryDir m_directory;
};

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "test_app_command_line.moc"
