// Runs the built `winnow` program the way a user or a script would.
#include "winnow/version.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAppProgram : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(WINNOW_APP_BINARY)), WINNOW_APP_BINARY);
        QVERIFY(m_home.isValid());
    }

    void version_printsNameAndVersionWithoutADisplay()
    {
        const Result result = run({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, u"winnow %1\n"_s.arg(QLatin1StringView(winnow::kVersion)));
        QCOMPARE(result.err, QString());
    }

    void help_printsUsageOptionsAndFiles()
    {
        const Result result = run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        for (const QString& expected :
             {u"Usage:"_s, u"--help"_s, u"--version"_s, u"--data-dir <folder>"_s,
              u"[file.csv...]"_s, u"machine-learning models"_s}) {
            QVERIFY2(result.out.contains(expected), qPrintable(expected + u"\n"_s + result.out));
        }
        QVERIFY2(!result.out.contains(u"platform"_s), qPrintable(result.out));
    }

    void unknownOption_failsWithExitCodeTwo()
    {
        const Result result = run({u"--frobnicate"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"frobnicate"_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"--help"_s));
    }

    void help_speaksTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Brazilian Portuguese") << u"pt_BR"_s;
        QTest::newRow("Spanish") << u"es"_s;
    }

    void help_speaksTheSystemLanguage()
    {
        QFETCH(QString, language);
        const QString expected = translated(language, "Show this help and quit.");
        const Result result =
            run({u"--help"_s}, {{u"LANGUAGE"_s, language}, {u"LANG"_s, language + u".UTF-8"_s}});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(expected), qPrintable(result.out));
        QVERIFY(!result.out.contains(u"Show this help and quit."_s));
    }

    void savedLanguage_winsOverTheSystemLanguage()
    {
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(u"Winnow"_s)));
        QFile settings(config.filePath(u"Winnow/winnow.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=es\n");
        settings.close();

        const Result result = run(
            {u"--help"_s}, {{u"LANGUAGE"_s, u"pt_BR"_s}, {u"XDG_CONFIG_HOME"_s, config.path()}});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(translated(u"es"_s, "Show this help and quit.")),
                 qPrintable(result.out));
    }

    void unusableDataDirectory_failsWithAMessage()
    {
        QTemporaryDir scratch;
        const QString file = scratch.filePath(u"not-a-folder"_s);
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        const Result result =
            run({u"--data-dir"_s, file}, {{u"QT_QPA_PLATFORM"_s, u"offscreen"_s}});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"not-a-folder"_s), qPrintable(result.err));
    }

private:
    // Runs winnow in English, with no display and a throw-away home, plus
    // `extra` in its environment.
    Result run(const QStringList& arguments, const QList<QPair<QString, QString>>& extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(u"LANG"_s, u"C.UTF-8"_s);
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        for (const auto& [name, value] : extra)
            environment.insert(name, value);

        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WINNOW_APP_BINARY), arguments);
        Result result;
        if (!process.waitForFinished(30'000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // The text the embedded translation for `language` gives a
    // command-line string: what the program should print.
    static QString translated(const QString& language, const char* source)
    {
        QTranslator translator;
        if (!translator.load(u"winnow_"_s + language, u":/i18n"_s))
            return u"<no translation for %1>"_s.arg(language);
        const QString text = translator.translate("winnow::app::CommandLine", source);
        return text.isEmpty() ? u"<%1 is not translated>"_s.arg(QLatin1StringView(source)) : text;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestAppProgram)
#include "test_app_program.moc"
