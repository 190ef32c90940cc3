#include "app/application.h"
#include "app/command_line.h"
#include "resources/resources.h"
#include "ui/main_window.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString createFile(const QTemporaryDir& directory, const QString& name)
{
    QFile file(directory.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("x,y\n1,0\n");
    return QFileInfo(file).absoluteFilePath();
}

} // namespace

class TestAppStartup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        winnow::app::setApplicationIdentity();
    }

    void identity_namesTheApplication()
    {
        QCOMPARE(QCoreApplication::organizationName(), u"Winnow"_s);
        QCOMPARE(QCoreApplication::applicationName(), u"winnow"_s);
        QCOMPARE(QGuiApplication::applicationDisplayName(), u"Winnow"_s);
        QCOMPARE(QGuiApplication::desktopFileName(), u"io.github.winnow_automl.Winnow"_s);
    }

    void csvArguments_reachTheMainWindow()
    {
        QTemporaryDir directory;
        const QString churn = createFile(directory, u"churn.csv"_s);
        const QString sales = createFile(directory, u"sales.csv.gz"_s);
        createFile(directory, u"notes.txt"_s);
        QVERIFY(QDir::setCurrent(directory.path()));

        winnow::app::CommandLine commandLine;
        QCOMPARE(
            commandLine.parse({u"winnow"_s, u"churn.csv"_s, u"notes.txt"_s, u"sales.csv.gz"_s}),
            winnow::app::CommandLine::Request::Launch);
        const auto window = winnow::app::createMainWindow(commandLine.options());

        QCOMPARE(window->pendingCsvFiles(), (QStringList{churn, sales}));
    }

    void mainWindow_offersTheBundledSample()
    {
        const auto window = winnow::app::createMainWindow({});
        window->show();
        const auto* sample = window->findChild<QPushButton*>(u"emptyStateSampleButton"_s);
        QVERIFY(sample);
        QVERIFY(sample->isVisible());
        QVERIFY(window->pendingCsvFiles().isEmpty());
    }

    void sampleCsv_isFoundFromTheBuildTree()
    {
        const QString sample = winnow::resources::sampleCsvFile();
        QVERIFY2(!sample.isEmpty(), "the bundled sample was not found");
        QCOMPARE(QFileInfo(sample).fileName(), u"customer_churn.csv"_s);
        QVERIFY(QFileInfo(sample).isFile());
    }

    void samplesDirectory_followsTheEnvironment()
    {
        QTemporaryDir directory;
        const QString sample = createFile(directory, u"customer_churn.csv"_s);
        qputenv("WINNOW_SAMPLES_DIR", directory.path().toLocal8Bit());
        const QString found = winnow::resources::sampleCsvFile();
        qunsetenv("WINNOW_SAMPLES_DIR");
        QCOMPARE(found, sample);
    }

    void dataDirectory_isCreatedWithItsParents()
    {
        QTemporaryDir directory;
        const QString nested = directory.filePath(u"a/b/jobs"_s);
        QString error;
        QVERIFY2(winnow::app::prepareDataDirectory(nested, &error), qPrintable(error));
        QVERIFY(QFileInfo(nested).isDir());
        QVERIFY2(winnow::app::prepareDataDirectory(nested, &error), qPrintable(error));
    }

    void dataDirectory_thatIsAFile_isRefused()
    {
        QTemporaryDir directory;
        const QString file = createFile(directory, u"jobs"_s);
        QString error;
        QVERIFY(!winnow::app::prepareDataDirectory(file, &error));
        QVERIFY2(error.contains(u"jobs"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestAppStartup)
#include "test_app_startup.moc"
