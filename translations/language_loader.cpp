#include "translations/language_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace winnow::translations {

namespace {

const QString kTranslationsDirectory = u":/i18n"_s;
const QString kFilePrefix = u"winnow_"_s;

QString normalized(QString code)
{
    return code.replace(u'-', u'_');
}

QString languageOf(const QString& code)
{
    return code.section(u'_', 0, 0).toLower();
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(kTranslationsDirectory).entryList({kFilePrefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(kFilePrefix.size()).chopped(3);
    return languages;
}

QString chooseLanguage(const QStringList& preferred, const QStringList& available)
{
    for (const QString& wanted : preferred) {
        const QString code = normalized(wanted);
        const QString language = languageOf(code);
        if (language == u"en" || language == u"c")
            return {};
        for (const QString& candidate : available) {
            if (candidate.compare(code, Qt::CaseInsensitive) == 0)
                return candidate;
        }
        for (const QString& candidate : available) {
            if (languageOf(candidate) == language)
                return candidate;
        }
    }
    return {};
}

LanguageLoader::~LanguageLoader()
{
    uninstall();
}

QString LanguageLoader::loadSavedLanguage()
{
    const QString saved = QSettings().value(QLatin1StringView(kLanguageSettingKey)).toString();
    return load(saved);
}

QString LanguageLoader::load(const QString& language)
{
    if (language.isEmpty())
        return loadPreferred(QLocale::system().uiLanguages());
    return loadPreferred({language});
}

QString LanguageLoader::loadPreferred(const QStringList& preferred)
{
    uninstall();
    // Installed first, so that any language installed after it answers
    // before it (Qt asks the most recently installed translator first).
    if (m_pluralsTranslator.load(kFilePrefix + u"en"_s, kTranslationsDirectory + u"/plurals"_s))
        m_pluralsInstalled = QCoreApplication::installTranslator(&m_pluralsTranslator);
    m_language = chooseLanguage(preferred, availableLanguages());
    if (m_language.isEmpty())
        return m_language;

    if (m_winnowTranslator.load(kFilePrefix + m_language, kTranslationsDirectory))
        m_winnowInstalled = QCoreApplication::installTranslator(&m_winnowTranslator);

    // Qt's own strings (standard buttons, the About Qt box, --help's options)
    // come with Debian's qt6-translations-l10n; without it they stay English.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtTranslator.load(QLocale(m_language), u"qtbase"_s, u"_"_s, qtDirectory))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    return m_language;
}

void LanguageLoader::uninstall()
{
    if (m_pluralsInstalled)
        QCoreApplication::removeTranslator(&m_pluralsTranslator);
    if (m_winnowInstalled)
        QCoreApplication::removeTranslator(&m_winnowTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_pluralsInstalled = false;
    m_winnowInstalled = false;
    m_qtInstalled = false;
    m_language.clear();
}

} // namespace winnow::translations
