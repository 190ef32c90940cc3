#include "translations/language_loader.h"
#include "ui/about_dialog.h"
#include "ui/main_window.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using winnow::translations::LanguageLoader;

namespace {

QString fileMenuTitle(const winnow::ui::MainWindow& window)
{
    const auto* menu = window.menuBar()->findChild<QMenu*>(u"fileMenu"_s);
    return menu ? menu->title() : QString();
}

// The placeholders a text uses (%1, %2, %n; %L1 and %Ln count as %1 and
// %n), sorted, so a translation can be checked to keep all of its source's.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found << u"%"_s + it.next().captured(1);
    found.sort();
    return found;
}

QString sourceFile(const QString& relative)
{
    return QDir(QStringLiteral(WINNOW_SOURCE_DIR)).filePath(relative);
}

} // namespace

class TestAppTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WinnowTest"_s);
        QCoreApplication::setApplicationName(u"test_app_translations"_s);
        QSettings().clear();
    }

    void embeddedLanguages_matchTheTsFiles()
    {
        QStringList tsLanguages;
        const QStringList files = QDir(sourceFile(u"translations"_s))
                                      .entryList({u"winnow_*.ts"_s}, QDir::Files, QDir::Name);
        for (const QString& file : files)
            tsLanguages << file.mid(7).chopped(3);
        // winnow_en.ts holds English's plural forms only, not a language.
        tsLanguages.removeOne(u"en"_s);
        QCOMPARE(tsLanguages, (QStringList{u"es"_s, u"pt_BR"_s}));
        QCOMPARE(winnow::translations::availableLanguages(), tsLanguages);
    }

    void chooseLanguage_followsThePreferences_data()
    {
        QTest::addColumn<QStringList>("preferred");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("exact, BCP 47") << QStringList{u"pt-BR"_s} << u"pt_BR"_s;
        QTest::newRow("exact, POSIX") << QStringList{u"pt_BR"_s} << u"pt_BR"_s;
        QTest::newRow("other region") << QStringList{u"pt-PT"_s} << u"pt_BR"_s;
        QTest::newRow("language only") << QStringList{u"es"_s} << u"es"_s;
        QTest::newRow("regional Spanish") << QStringList{u"es-MX"_s, u"en-US"_s} << u"es"_s;
        QTest::newRow("English first") << QStringList{u"en-GB"_s, u"es"_s} << QString();
        QTest::newRow("untranslated, then Spanish")
            << QStringList{u"fr-FR"_s, u"es-AR"_s} << u"es"_s;
        QTest::newRow("untranslated only") << QStringList{u"de-DE"_s} << QString();
        QTest::newRow("C locale") << QStringList{u"C"_s} << QString();
        QTest::newRow("nothing") << QStringList{} << QString();
    }

    void chooseLanguage_followsThePreferences()
    {
        QFETCH(QStringList, preferred);
        QFETCH(QString, chosen);
        QCOMPARE(winnow::translations::chooseLanguage(preferred, {u"es"_s, u"pt_BR"_s}), chosen);
    }

    void fileMenu_isTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("Brazilian Portuguese") << u"pt_BR"_s << u"&Arquivo"_s;
        QTest::newRow("Spanish") << u"es"_s << u"&Archivo"_s;
        QTest::newRow("English") << u"en"_s << u"&File"_s;
    }

    void fileMenu_isTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        LanguageLoader loader;
        loader.load(language);
        QCOMPARE(loader.currentLanguage(), language == u"en" ? QString() : language);
        winnow::ui::MainWindow window;
        QCOMPARE(fileMenuTitle(window), title);
    }

    void aboutDialog_isTranslated()
    {
        LanguageLoader loader;
        QCOMPARE(loader.load(u"pt_BR"_s), u"pt_BR"_s);
        winnow::ui::AboutDialog dialog;
        QCOMPARE(dialog.windowTitle(), u"Sobre o Winnow"_s);
    }

    // Qt posts the LanguageChange to each window, hence the QTRY_.
    void switchingLanguage_retranslatesOpenWindows()
    {
        winnow::ui::MainWindow window;
        QCOMPARE(fileMenuTitle(window), u"&File"_s);
        LanguageLoader loader;
        loader.load(u"es"_s);
        QTRY_COMPARE(fileMenuTitle(window), u"&Archivo"_s);
        loader.load(u"pt_BR"_s);
        QTRY_COMPARE(fileMenuTitle(window), u"&Arquivo"_s);
        loader.loadPreferred({u"en-US"_s});
        QTRY_COMPARE(fileMenuTitle(window), u"&File"_s);
    }

    void savedLanguage_isLoaded()
    {
        QSettings().setValue(QLatin1StringView(winnow::translations::kLanguageSettingKey), u"es"_s);
        LanguageLoader loader;
        QCOMPARE(loader.loadSavedLanguage(), u"es"_s);
        QSettings().clear();
    }

    // Every string in the committed .ts files is translated, and keeps the
    // placeholders of its source. (`ninja update_translations` adds new
    // strings as unfinished; this test then asks for their translation.)
    void tsFiles_areCompleteAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pt_BR") << sourceFile(u"translations/winnow_pt_BR.ts"_s);
        QTest::newRow("es") << sourceFile(u"translations/winnow_es.ts"_s);
        QTest::newRow("en plurals") << sourceFile(u"translations/winnow_en.ts"_s);
    }

    // English keeps its source strings, but says "1 job" and "3 jobs"
    // where the source says "%n job(s)", whatever the language chosen.
    void english_hasItsPluralForms()
    {
        LanguageLoader loader;
        QCOMPARE(loader.load(u"en"_s), QString());
        const auto translate = [](int n) {
            return QCoreApplication::translate("winnow::ui::ReportHtmlWriter",
                                               "Comparison of %n job(s)", nullptr, n);
        };
        QCOMPARE(translate(1), u"Comparison of 1 job"_s);
        QCOMPARE(translate(3), u"Comparison of 3 jobs"_s);
        // Not offered as a language of its own.
        QVERIFY(!winnow::translations::availableLanguages().contains(u"en"_s));
    }

    void tsFiles_areCompleteAndKeepPlaceholders()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&ts);
        QString source;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                QVERIFY2(type.isEmpty(), qPrintable(u"%1: \"%2\" is %3"_s.arg(file, source, type)));
                // A plural message has one form per plural class, each a
                // whole sentence with the source's placeholders.
                QStringList forms;
                QString text;
                while (!xml.atEnd()) {
                    const QXmlStreamReader::TokenType token = xml.readNext();
                    if (token == QXmlStreamReader::StartElement && xml.name() == u"numerusform")
                        forms << xml.readElementText();
                    else if (token == QXmlStreamReader::Characters)
                        text += xml.text();
                    else if (token == QXmlStreamReader::EndElement && xml.name() == u"translation")
                        break;
                }
                if (forms.isEmpty())
                    forms << text;
                for (const QString& form : std::as_const(forms)) {
                    QVERIFY2(!form.trimmed().isEmpty(),
                             qPrintable(u"%1: \"%2\" is empty"_s.arg(file, source)));
                    QVERIFY2(
                        placeholders(form) == placeholders(source),
                        qPrintable(u"%1: \"%2\" translated as \"%3\""_s.arg(file, source, form)));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 20);
    }
};

QTEST_MAIN(TestAppTranslations)
#include "test_app_translations.moc"
