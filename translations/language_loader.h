#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace winnow::translations {

// The setting that holds the user's language: a code such as "pt_BR", or an
// empty string to follow the system.
inline constexpr char kLanguageSettingKey[] = "ui/language";

// The languages Winnow is translated into ("es", "pt_BR", ...), read from the
// translations embedded under :/i18n.
QStringList availableLanguages();

// Picks the translation for a user whose languages, best first, are
// `preferred` (BCP 47 or POSIX codes: "pt-BR", "pt_BR", "es"). A regional
// variant falls back to another variant of the same language. An empty
// result means English, the language Winnow is written in: also the answer
// when the user ranks English above every language we have.
QString chooseLanguage(const QStringList& preferred, const QStringList& available);

// Installs Winnow's translation, and Qt's own when the system has it, into the
// running application, and swaps them when asked for another language. Every
// widget then receives a LanguageChange event and retranslates itself.
class LanguageLoader {
public:
    LanguageLoader() = default;
    ~LanguageLoader();
    LanguageLoader(const LanguageLoader&) = delete;
    LanguageLoader& operator=(const LanguageLoader&) = delete;

    // Loads the language saved under kLanguageSettingKey, or the system's.
    QString loadSavedLanguage();
    // Loads `language` ("pt_BR"), or the system's languages when it is empty.
    // Returns the language installed; empty for English.
    QString load(const QString& language);
    // Loads the best translation for `preferred`; see chooseLanguage().
    QString loadPreferred(const QStringList& preferred);

    QString currentLanguage() const { return m_language; }

private:
    void uninstall();

    // English's plural forms, under every language: the source strings
    // say "%n job(s)", this makes them "1 job" and "2 jobs".
    QTranslator m_pluralsTranslator;
    QTranslator m_winnowTranslator;
    QTranslator m_qtTranslator;
    bool m_pluralsInstalled = false;
    bool m_winnowInstalled = false;
    bool m_qtInstalled = false;
    QString m_language;
};

} // namespace winnow::translations
